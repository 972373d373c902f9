package analyze

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// The word lists of the stance reader (stance.go). They are read-only.
var (
	// clauseStarters are the words that, after a comma, open a new clause
	// with its own subject: "Unlike other vendors, we …".
	clauseStarters = setOf("we", "you", "they", "it", "our", "but", "so", "which", "who",
		"while", "whereas", "although", "though", "however", "unlike", "if", "unless", "because")
	// clauseOpeners open a clause wherever they stand: the words before them
	// belong to another clause.
	clauseOpeners = setOf("but", "however", "although", "though", "whereas", "while", "unlike",
		"because", "if", "unless", "whether")
	// conditionals open a clause that states a condition, not a fact.
	conditionals = setOf("if", "unless", "whether", "suppose", "imagine", "assuming")
	// auxiliaries and askedOf open a question: "is there", "do you".
	auxiliaries = setOf("is", "are", "do", "does", "can", "could", "will", "would", "should", "may", "did", "has", "have")
	askedOf     = setOf("there", "you", "we", "i", "it", "they", "your", "our", "this", "that")
	// hypotheticals make a clause say what could be, not what is.
	hypotheticals = setOf("would", "could", "might", "hypothetically")
	// otherParties name someone other than the company.
	otherParties = setOf("unlike", "competitor", "competitors", "competition", "others",
		"incumbents", "incumbent", "legacy")
	// otherQualifiers before otherNouns name other companies: "other
	// vendors", "most tools".
	otherQualifiers = setOf("other", "most", "many", "some", "traditional", "typical")
	otherNouns      = setOf("vendors", "vendor", "tools", "providers", "platforms", "companies",
		"solutions", "products", "services", "suppliers")
	// pastMarkers say what used to be so.
	pastMarkers = phrasesOf(words.PastCues...)
	// pendingMarkers say the subject is on its way, not there yet.
	pendingMarkers = phrasesOf("in progress", "underway", "under way", "working toward", "working towards",
		"working on", "pursuing", "planned", "planning", "coming soon", "roadmap", "upcoming",
		"in the process", "on track", "will be", "expected", "expect", "in the works", "not yet", "pending")
	// exampleMarkers introduce an example, not a stance: "(e.g. 1 month free
	// trial and then a monthly subscription)".
	exampleMarkers = phrasesOf("eg", "ie", "for example", "for instance")
	// invitations open a clause that offers the subject: "Start your free
	// trial", "Try Pro free".
	invitations = setOf("start", "try", "get", "begin", "claim", "book", "request", "enjoy", "activate", "sign")
	// neutralWords make a clause neither offer nor deny the subject.
	neutralWords = setOf("optional", "optionally")
	// scopeBreakers end the reach of a negation before the subject: "we
	// don't require a credit card for the free trial" denies the card, not
	// the trial.
	scopeBreakers = setOf("for", "with", "during", "to", "on", "in", "at", "by", "after", "before",
		"from", "into", "via", "than", "when", "required", "needed", "necessary", "and", "or", "but")
	// phrasalPrepositions may follow the verb a negation reaches: "never
	// ask for", "don't sign up to".
	phrasalPrepositions = setOf("for", "to", "into", "on", "with")
	// offerPredicates say a subject is offered (or, negated, that it is
	// not): "setup fees are not charged", "annual commitment required".
	offerPredicates = setOf("available", "offered", "offer", "offers", "included", "include", "includes",
		"charged", "charge", "charges", "required", "require", "requires", "needed", "necessary",
		"provided", "provide", "supported", "applicable", "apply", "applies", "exist",
		"exists", "certified", "compliant", "accredited", "attested", "possible", "allowed", "permitted",
		"mandatory", "obligatory", "part", "option", "deployed", "deploy", "hosted", "installed", "runs",
		"comes", "come", "get", "gets", "enabled", "offering", "pay", "paid",
		"costs", "cost", "billed", "fee")
	// labelDenials and labelOffers open the value after a label: "Setup
	// fee: none", "On-premises: available".
	labelDenials = setOf("no", "none", "free", "waived", "n/a", "never", "not", "without", "nil", "zero", "unavailable")
	labelOffers  = setOf("yes", "available", "included", "required", "offered", "mandatory", "certified", "compliant")
	// offerDenials after a subject deny it: "setup fees are waived".
	offerDenials = setOf("waived", "unavailable", "excluded")
)

// phrasesOf returns each phrase as its words.
func phrasesOf(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// setOf returns the set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
