package rules

import (
	"strings"

	"github.com/onestory/onestory/analyze"
)

var unapprovedClaim = &Rule{
	ID: "unapproved-claim",
	Doc: `A claim that matches no approved claim

A superlative, comparative, statistical or absolute claim (“the fastest
route planner on the market”) that is not one of the story's approved
claims: ““The fastest route planner on the market” is a superlative claim
that matches no approved claim.” Add it to claims.approved with its
evidence, or reword it. A claim is the company's statement about itself, its
products or its customers' results: advice, process prose, reflections,
hedged opinions, goals, statements about the world, quotes, questions, the
past and sentences about a competitor are not checked. A statistic whose
number is one of the story's facts (“we have increased our free volume to 1
million events per month”) is left to fact-mismatch, which compares it.`,
	Severity: Warning,
	Scope:    Document,
	Reads:    analyze.FindClaims | analyze.FindTerms,
	Check:    checkUnapprovedClaim,
}

// checkUnapprovedClaim reports each claim that matches no approved claim,
// except in sentences forbidden-claim already reports.
func checkUnapprovedClaim(p *Pass) {
	forbidden := forbiddenSentences(p.Doc)
	facts := factQuantities(p.Doc)
	for m := range mentionsOf(p.Doc, analyze.ClaimMention) {
		if m.Match != "unmatched" || forbidden[m.Sentence] || m.Aside != "" || p.known.staleSentence(p, m.Sentence) {
			continue // a forbidden phrase or an old wording is reported once, by forbidden-claim or stale-value
		}
		if m.ClaimKind == "statistic" && statesFact(m, facts[m.Sentence]) {
			continue // the number is a fact of the story: fact-mismatch compares it
		}
		kind := "claim"
		if m.ClaimKind != "" {
			kind = m.ClaimKind + " claim"
		}
		p.Report(Finding{
			Message:  quoteShort(m.Text) + " is " + article(kind) + " " + kind + " that matches no approved claim.",
			Location: m.Location,
			Subject:  m.Subject,
			Found:    clip(m.Text),
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}

// article returns "an" before a vowel, "a" otherwise.
func article(word string) string {
	if word != "" && (word[0] == 'a' || word[0] == 'e' || word[0] == 'i' || word[0] == 'o' || word[0] == 'u') {
		return "an"
	}
	return "a"
}

// forbiddenSentences returns the sentences that hold a forbidden phrase
// that forbidden-claim reports.
func forbiddenSentences(d *analyze.Doc) map[int]bool {
	out := map[int]bool{}
	for m := range mentionsOf(d, analyze.ClaimMention) {
		if m.Match == "forbidden" && m.Aside == "" { // one forbidden-claim reports
			out[m.Sentence] = true
		}
	}
	return out
}

// factQuantities returns, by sentence, the texts of the quantities that
// state one of the story's facts (the company speaking).
func factQuantities(d *analyze.Doc) map[int][]string {
	var out map[int][]string // most documents have none: no map
	for m := range mentionsOf(d, analyze.QuantityMention) {
		if m.Subject != "" && m.Aside == "" && m.Sentence >= 0 {
			if out == nil {
				out = map[int][]string{}
			}
			out[m.Sentence] = append(out[m.Sentence], m.Text)
		}
	}
	return out
}

// statesFact reports whether the claim m holds one of the fact quantities
// of its sentence.
func statesFact(m *analyze.Mention, quantities []string) bool {
	for _, q := range quantities {
		if q != "" && strings.Contains(m.Text, q) {
			return true
		}
	}
	return false
}
