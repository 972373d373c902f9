package analyze

import (
	"strings"

	"github.com/onestory/onestory/story"
)

// Whose claim a clause makes. A claim is the company's statement about
// itself, its products or its customers' results; handbooks and blogs are
// full of claim words in instructions, opinions and statements about the
// world ("An en dash is slightly wider than a hyphen", "You will know what
// channel is best"). ownsClaim of claimScope reads the subject of a
// clause that a detector flagged, so it costs nothing on other sentences.

// ourSubjects are the words that, as the subject of a clause, make it the
// company's or its customers': "we", "our", "customers", "users".
var ourSubjects = map[string]bool{
	"we": true, "we're": true, "we've": true, "we'll": true, "we'd": true, "our": true,
	"us": true, "ours": true, "customer": true, "customers": true, "user": true,
	"users": true,
}

// productNouns, after "the", "our" or "this", name the company's product
// without its name: "The product will always be available".
var productNouns = map[string]bool{
	"product": true, "platform": true, "app": true, "software": true, "service": true,
	"solution": true, "tool": true, "plan": true, "plans": true, "pricing": true,
}

// productVerbs open a marketing fragment whose subject is the product:
// "Cuts fuel costs by 12%", "Plans a 200-stop route in under 30 seconds".
var productVerbs = map[string]bool{
	"cuts": true, "saves": true, "plans": true, "makes": true, "gives": true,
	"helps": true, "lets": true, "delivers": true, "brings": true, "tracks": true,
	"captures": true, "reduces": true, "boosts": true, "finds": true, "shows": true,
	"runs": true, "scales": true, "keeps": true, "turns": true, "handles": true,
	"supports": true, "connects": true, "offers": true, "provides": true,
	"speeds": true, "doubles": true, "triples": true, "halves": true, "improves": true,
	"increases": true, "lowers": true, "slashes": true, "eliminates": true, "works": true,
}

// intentVerbs, after an ourSubjects word, make the clause an intention, a
// belief or a habit of the team, not a claim about what the product does:
// "We believe that", "we always aim to", "We hired world class people".
var intentVerbs = map[string]bool{
	"believe": true, "think": true, "feel": true, "currently": true, "hope": true, "aim": true, "try": true,
	"want": true, "welcome": true, "hired": true, "established": true, "selected": true,
	"follow": true, "focus": true, "strive": true, "love": true, "like": true,
	"prefer": true, "recommend": true, "encourage": true, "expect": true, "plan": true,
	"need": true, "intend": true, "make": true, "wish": true, "learned": true,
	"found": true, "decided": true, "chose": true, "agree": true,
}

// intentNouns, after "our", make the clause the team's intention: "our
// priority is", "our focus is always".
var intentNouns = map[string]bool{
	"priority": true, "priorities": true, "focus": true, "goal": true, "goals": true,
	"objective": true, "intention": true, "approach": true, "mission": true,
	"vision": true, "aim": true, "job": true, "role": true, "advice": true,
	"charter": true, "purpose": true, "responsibility": true, "task": true,
}

// introWords open a phrase before the subject that a comma closes: "Unlike
// other SaaS providers, our source code is open".
var introWords = map[string]bool{
	"as": true, "for": true, "with": true, "by": true, "in": true, "on": true,
	"unlike": true, "after": true, "before": true, "when": true, "since": true,
	"although": true, "though": true, "while": true, "because": true, "from": true,
	"at": true, "thanks": true, "like": true, "compared": true, "once": true,
	"despite": true, "through": true, "without": true, "within": true, "during": true,
	"given": true, "however": true, "moreover": true, "also": true, "today": true,
	"now": true, "here": true, "so": true, "but": true, "and": true, "plus": true,
	"different": true, "besides": true, "finally": true, "overall": true, "instead": true,
}

// clauseVerbs end the subject of a clause: auxiliaries, common verbs and
// the adverbs that stand between a subject and its verb.
var clauseVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "can": true, "could": true, "would": true, "should": true,
	"may": true, "might": true, "must": true, "does": true, "do": true, "did": true,
	"don't": true, "doesn't": true, "isn't": true, "aren't": true, "won't": true,
	"can't": true, "means": true, "makes": true, "helps": true, "gets": true,
	"want": true, "wants": true, "need": true, "needs": true, "come": true, "comes": true,
	"get": true, "take": true, "takes": true, "seem": true, "seems": true, "become": true,
	"became": true, "tend": true, "tends": true, "know": true, "say": true, "says": true,
	"said": true, "saw": true, "see": true, "look": true, "looks": true, "feel": true,
	"allow": true, "allows": true, "require": true, "requires": true, "use": true,
	"uses": true, "used": true, "found": true, "think": true, "believe": true,
	"always": true, "never": true, "often": true, "usually": true, "also": true,
	"still": true, "just": true, "only": true, "really": true, "rarely": true,
	"reduce": true, "cut": true, "save": true, "improve": true, "beat": true, "beats": true,
	"matters": true, "matter": true, "enable": true, "enables": true, "let": true,
	"lets": true, "give": true, "gives": true, "provide": true, "provides": true,
	"offer": true, "offers": true, "run": true, "runs": true, "work": true, "works": true,
	"indicates": true, "shows": true, "show": true, "report": true, "reports": true,
	"agrees": true, "agree": true, "go": true, "goes": true, "grow": true, "grows": true,
}

// ownsClaim reports whether the clause cl of sent, which makes a claim of
// kind, is the company's. It is unless its subject is someone else's: a
// subject (the words before its verb) that names neither the company, a
// product, "we", "our", customers, users, a product noun ("the
// platform") nor a word of the story ("Routes are 3x faster" for a route
// planner); "you" giving advice ("You will know what channel is best"),
// or the team's intentions and beliefs ("We believe", "our priority is").
// A statistic or comparison that names the company anywhere ("How Hasura
// improved conversion by 20% with PostHog") and a fragment without a verb
// ("The fastest way to plan deliveries.") are the company's; a fragment
// that opens with a gerund ("Figuring out the best solution") is not.
func (c claimScope) ownsClaim(sent string, cl []simWord, kind string) bool {
	i := subjectStart(sent, cl)
	for i < len(cl) && fillers[cl[i].low] {
		i++
	}
	if i >= len(cl) {
		return false
	}
	first := plainWord(cl[i].low)
	switch {
	case first == "you" && c.namesUs(cl[i:]):
		return true // "You can set up Sourcegraph in 5 minutes"
	case otherPronouns[first]:
		return promise(cl, i+1) // "They saw that…", "You will know…"; "You will always know…"
	case first == "it" && i+2 < len(cl) && (cl[i+1].low == "is" || cl[i+1].low == "it's") && opinionWords[cl[i+2].low],
		cl[i].low == "it's" && i+1 < len(cl) && opinionWords[cl[i+1].low]:
		return false // "It is crucial that…"
	case adviceVerbs[first] && !c.namesUs(cl[i:min(len(cl), i+4)]):
		return false // "Note that…", not "Think of Cody as…"
	case participle(first) && (i+1 >= len(cl) || !agentWords[cl[i+1].low]):
		return false // a changelog's "Fixed bug in…"
	}
	if (kind == claimStatistic || kind == claimComparative) && c.namesUs(cl) {
		return true
	}
	if productVerbs[first] || participle(first) || cl[i].num {
		// "Cuts costs by 40%", "Guaranteed to cut costs", "20% of developers…"
		return true
	}
	if ourSubjects[first] {
		return c.ourSubject(cl, i, i+1) // a pronoun is the whole subject
	}
	j := i
	for j < len(cl) && !clauseVerbs[cl[j].low] && !(j > i && j+1 < len(cl) && participle(cl[j].low)) {
		j++ // a past tense ends the subject too: "developers asked"
	}
	if j == len(cl) || j == i {
		// a fragment, or a clause opening with a verb: a headline or a
		// tagline where it opens the sentence or follows a label, unless
		// a changelog's "Fixed bug" or a gerund
		return !gerund(first) && (opensSentence(sent, cl[0].start) || cl[i].num)
	}
	if kind == claimStatistic && (result(cl, j) || participle(cl[j].low)) {
		// a result: "Fleets reduce their fuel spend by 12%", "can be
		// reduced by 25%", "How Saga captured 50% more data"
		return true
	}
	return c.ourSubject(cl, i, j)
}

// opinionWords after "it is" frame an opinion or advice: "It is crucial
// that", "It's best to".
var opinionWords = map[string]bool{
	"crucial": true, "critical": true, "important": true, "essential": true,
	"worth": true, "best": true, "recommended": true, "key": true, "vital": true,
	"necessary": true, "helpful": true, "useful": true, "better": true,
}

// result reports whether a change verb stands at cl[j] or within the three
// words after it: "reduce", "can be reduced".
func result(cl []simWord, j int) bool {
	for k := j; k < len(cl) && k <= j+3; k++ {
		if changeVerbs[cl[k].low] {
			return true
		}
	}
	return false
}

// opensSentence reports whether offset i of sent opens the sentence or
// follows a label's colon: where a headline or a tagline stands.
func opensSentence(sent string, i int) bool {
	return atSentenceStart(sent, i) || strings.HasSuffix(strings.TrimRight(sent[:i], " "), ":")
}

// fillers are words before a subject that say nothing about it.
var fillers = map[string]bool{
	"however": true, "moreover": true, "also": true, "but": true, "and": true,
	"so": true, "plus": true, "now": true, "today": true, "finally": true,
	"overall": true, "then": true, "thus": true, "therefore": true, "yet": true,
	"please": true, "just": true,
}

// otherPronouns are subjects that are not the company: the reader, a
// third party, the writer.
var otherPronouns = map[string]bool{
	"you": true, "they": true, "i": true, "he": true,
	"she": true, "one": true, "someone": true, "everyone": true, "nobody": true,
	"nothing": true, "everything": true, "anyone": true,
}

// adviceVerbs open an instruction to the reader: "Note that", "See our
// page", "always understand the context".
var adviceVerbs = map[string]bool{
	"note": true, "see": true, "remember": true, "read": true, "check": true,
	"ensure": true, "consider": true, "look": true, "follow": true, "avoid": true,
	"understand": true, "figure": true, "think": true, "write": true, "always": true,
	"never": true, "don't": true, "do": true, "make": true, "keep": true,
}

// agentWords after a past participle make it a marketing fragment:
// "Guaranteed to", "Trusted by", "Built for".
var agentWords = map[string]bool{"to": true, "by": true, "for": true, "with": true, "in": true}

// plainWord returns w with a curly apostrophe made straight and what
// follows an apostrophe cut: "you're" → "you", "we’ve" → "we".
func plainWord(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// ourSubject reports whether the subject cl[i:j], before the verb cl[j],
// is the company's (see ownsClaim).
func (c claimScope) ourSubject(cl []simWord, i, j int) bool {
	for k := i; k < j; k++ {
		w := plainWord(cl[k].low)
		switch {
		case k > i && w == "of" && quantifiers[cl[k-1].low]:
			continue // "Most of our customers"
		case k > i && subjectEnds[w]:
			return false // the head of the subject is before its preposition
		case w == "this" || w == "that" || w == "it":
			if k+1 == j {
				return true // "It always runs…", not "This emphasis on…"
			}
		case ourSubjects[w] && possessive(cl[k].low):
			continue // "the customer's developers": the head comes next
		case ourSubjects[w] || c.ours[w]:
			return !intention(cl, k)
		case productNouns[w] && k > i && determiner(cl[k-1].low):
			return true
		case c.vocab[strings.TrimSuffix(w, "s")]:
			return true
		}
	}
	return false
}

// subjectEnds are the prepositions and relatives after which the words of
// a subject no longer name what it is: "the size of its data team".
var subjectEnds = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "with": true, "to": true,
	"at": true, "by": true, "from": true, "who": true, "which": true, "that": true,
	"when": true, "where": true, "about": true, "like": true,
}

// quantifiers before "of" leave the head of a subject after it: "most of
// our customers".
var quantifiers = map[string]bool{
	"most": true, "many": true, "some": true, "all": true, "few": true, "majority": true,
	"half": true, "each": true, "one": true, "none": true, "several": true, "thousands": true,
	"hundreds": true, "millions": true,
}

// possessive reports whether w ends with "'s" or "’s".
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// determiner reports whether w is "the", "our" or "this".
func determiner(w string) bool { return w == "the" || w == "our" || w == "this" }

// promise reports whether the verb at cl[j] is "will" followed by
// "always" or "never": a promise to the reader, not advice.
func promise(cl []simWord, j int) bool {
	return j < len(cl) && cl[j].low == "will" && j+1 < len(cl) && (cl[j+1].low == "always" || cl[j+1].low == "never")
}

// participle reports whether w looks like a past participle: "guaranteed".
func participle(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }

// gerund reports whether w looks like a gerund: "figuring", "assuming".
func gerund(w string) bool { return len(w) > 5 && strings.HasSuffix(w, "ing") }

// subjectStart returns the index of the first word of cl's subject: after
// an introductory phrase that a comma closes ("Unlike X, …", "Assuming
// …, …"), or 0.
func subjectStart(sent string, cl []simWord) int {
	i := 0
	for i < len(cl) && (introWords[cl[i].low] || i == 0 && strings.HasSuffix(cl[i].low, "ing") && len(cl[i].low) > 5) {
		k := i
		for k+1 < len(cl) && !strings.Contains(sent[cl[k].end:cl[k+1].start], ",") {
			k++
		}
		if k+1 >= len(cl) || k-i > 12 {
			return i // no comma closes it: the words are the clause
		}
		i = k + 1
	}
	return i
}

// intention reports whether the subject word cl[j] is followed by a verb
// of intent within two words ("we always aim", "We believe") or, as "our",
// by a noun of intent ("our priority").
func intention(cl []simWord, j int) bool {
	for k := j + 1; k < len(cl) && k <= j+3; k++ {
		if intentVerbs[cl[k].low] || cl[j].low == "our" && k == j+1 && intentNouns[cl[k].low] {
			return true
		}
	}
	return false
}

// storyVocab returns the words of the story's product and plan names,
// fact phrases, approved claims and key messages of four letters or more,
// lower-cased, a plural "s" trimmed: a subject among them is the
// company's domain ("Routes are 3x faster" for a route planner).
func storyVocab(s *story.Story) map[string]bool {
	out := map[string]bool{}
	add := func(text string) {
		for _, w := range simWords(text) {
			if len(w.low) >= 4 && !w.num && !vocabStop[w.low] && !productNouns[strings.TrimSuffix(w.low, "s")] {
				out[strings.TrimSuffix(w.low, "s")] = true
			}
		}
	}
	for _, p := range s.Products {
		add(p.Name)
		for _, pl := range p.Plans {
			add(pl.Name)
		}
	}
	for _, f := range s.Facts {
		add(strings.Join(f.About, " "))
	}
	for _, a := range s.Claims.Approved {
		add(a.Text)
	}
	for _, m := range s.Messages {
		add(m.Text)
	}
	return out
}

// vocabStop are words of four letters or more too common to mark a
// subject as the company's.
var vocabStop = map[string]bool{
	"that": true, "this": true, "with": true, "from": true, "your": true, "their": true,
	"into": true, "than": true, "them": true, "they": true, "what": true, "when": true,
	"where": true, "which": true, "while": true, "every": true, "other": true,
	"more": true, "most": true, "less": true, "only": true, "such": true, "some": true,
	"many": true, "much": true, "very": true, "over": true, "under": true, "about": true,
	"without": true, "across": true, "one": true, "team": true, "teams": true,
	"company": true, "companies": true, "people": true, "thing": true, "things": true,
	"time": true, "times": true, "world": true, "never": true, "always": true,
}
