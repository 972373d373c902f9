package analyze

import "strings"

// The frames around a claim word that make it no claim of the company's,
// read by the detectors of stem_claims.go and by ownsClaim: the standard of
// a comparison that is the writer's expectation or the product's own past
// ("better than we thought", "easier than ever"), a negated superlative
// ("they're not the first"), a superlative that is chosen rather than
// claimed ("choose the best model"), a wish ("want to use it forever"), a
// value ("will always be essential to what we are"), a condition ("if we
// haven't responded in 24 hours"), a cap ("increase by no more than 5%")
// and an opinion the writer owns as such ("Of course, we would say…").

// ownStandard reports whether the words after "than" at ws[i] compare with
// an expectation or the product's past rather than with anyone else:
// "than ever", "than before", "than expected", "than we thought", "than I
// had imagined", "than the previous release".
func ownStandard(ws []simWord, i int) bool {
	n := claimNext(ws, i)
	if pastStandards[n] {
		return true
	}
	if j := i + 1; (n == "the" || n == "our" || n == "its") && j+1 < len(ws) && earlierWords[ws[j+1].low] {
		return true // "2x faster than the previous release"
	}
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		w := ws[j].low
		if expectVerbs[w] {
			return true
		}
		if j > i+1 && !standardPronouns[ws[j-1].low] && !standardAuxiliaries[ws[j-1].low] {
			return false
		}
	}
	return false
}

// againstOwn reports whether the comparative at ws[j], after a number
// ("2x faster", "40% faster"), is compared with the product's previous
// release or with an expectation: "2x faster than the previous release",
// "3x more signups than we expected". "2x faster than before" is kept: with
// a number, "before" is before the product, a result.
func againstOwn(ws []simWord, j int) bool {
	return claimNext(ws, j) == "than" && !pastTimes[claimNext(ws, j+1)] && ownStandard(ws, j+1)
}

// pastTimes are the standards of pastStandards that, after a number, are
// the time before the product rather than its previous release.
var pastTimes = map[string]bool{
	"ever": true, "before": true, "previously": true, "usual": true, "last": true, "yesterday": true,
}

// pastStandards after "than" make the comparison one with the product's own
// past or with an expectation: "easier than ever", "than expected".
var pastStandards = map[string]bool{
	"ever": true, "before": true, "previously": true, "expected": true,
	"anticipated": true, "usual": true, "planned": true, "hoped": true,
	"predicted": true, "imagined": true, "last": true, "yesterday": true,
}

// earlierWords, after "than the", compare with the product's own earlier
// version: "than the previous release", "than our last version".
var earlierWords = map[string]bool{
	"previous": true, "prior": true, "last": true, "earlier": true, "original": true,
}

// standardPronouns and standardAuxiliaries stand between "than" and a verb of
// expectation: "than we thought", "than I had expected".
var standardPronouns = map[string]bool{
	"we": true, "i": true, "you": true, "they": true, "anyone": true, "everyone": true,
	"most": true, "people": true, "he": true, "she": true, "it": true,
}

var standardAuxiliaries = map[string]bool{
	"had": true, "have": true, "would": true, "could": true, "did": true, "was": true,
	"were": true, "originally": true, "initially": true, "first": true, "ever": true,
}

// expectVerbs are the verbs of an expectation: "than we thought".
var expectVerbs = map[string]bool{
	"thought": true, "think": true, "expected": true, "expect": true, "imagined": true,
	"imagine": true, "anticipated": true, "hoped": true, "predicted": true,
	"planned": true, "guessed": true, "feared": true, "assumed": true, "estimated": true,
}

// negatedSuperlative reports whether the superlative at ws[i] follows "not the" or
// "never the": "they're not the first to use PostHog".
func negatedSuperlative(ws []simWord, i int) bool {
	if i < 2 || ws[i-1].low != "the" {
		return false
	}
	switch ws[i-2].low {
	case "not", "never", "isn't", "aren't", "wasn't", "weren't", "no":
		return true
	}
	return false
}

// chosen reports whether the superlative at ws[i] is the object of a verb
// of choosing or looking for: "the freedom to choose the best large
// language model", "evaluate our best sources", "find the best fit".
func chosen(ws []simWord, i int) bool {
	j := i - 1
	if j >= 0 && determiners[ws[j].low] {
		j--
	}
	return j >= 0 && j < i-1 && choiceVerbs[ws[j].low]
}

// determiners stand between a verb and the superlative it takes.
var determiners = map[string]bool{
	"the": true, "our": true, "your": true, "their": true, "its": true, "his": true,
	"her": true, "my": true,
}

// choiceVerbs take a superlative as what is chosen or sought, not claimed.
var choiceVerbs = map[string]bool{
	"choose": true, "chooses": true, "choosing": true, "chose": true, "pick": true,
	"picks": true, "picking": true, "select": true, "selects": true, "selecting": true,
	"find": true, "finds": true, "finding": true, "identify": true, "identifying": true,
	"evaluate": true, "evaluating": true, "determine": true, "determining": true,
	"seek": true, "seeking": true, "want": true, "wants": true, "deserve": true,
	"deserves": true, "compare": true, "comparing": true, "recommend": true,
	"decide": true, "deciding": true, "discover": true, "search": true,
}

// wished reports whether the absolute at ws[i] is part of a wish or a plan
// told within five words before it: "they love it and want to use it
// forever", "we hope to always".
func wished(ws []simWord, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if wishVerbs[ws[j].low] {
			return true
		}
	}
	return false
}

// wishVerbs tell a wish, a hope or a plan.
var wishVerbs = map[string]bool{
	"want": true, "wants": true, "wanted": true, "wish": true, "wishes": true,
	"hope": true, "hopes": true, "hoping": true, "aim": true, "aims": true,
	"strive": true, "strives": true, "intend": true, "intends": true, "dream": true,
}

// valued reports whether the absolute at ws[i] says that something will
// always matter rather than promising what the product does: "code search
// will always be essential to what we are", "security will always be a
// priority".
func valued(ws []simWord, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if importanceWords[ws[j].low] {
			return true
		}
		if ws[j].low != "be" && ws[j].low != "a" && ws[j].low != "an" && ws[j].low != "our" && ws[j].low != "top" {
			return false
		}
	}
	return false
}

// importanceWords say that something matters: "will always be essential".
var importanceWords = map[string]bool{
	"essential": true, "important": true, "crucial": true, "critical": true,
	"central": true, "key": true, "priority": true, "fundamental": true,
	"vital": true, "valuable": true, "relevant": true,
}

// inCondition reports whether the claim word at ws[i] of a clause of sent
// stands in a condition that no comma closes before it, within six words
// of its "if": "if we haven't responded in 24 hours", "unless it is the
// fastest"; not "a day of downtime if Sourcegraph goes down costs you far
// more than…", where the claim is the main clause's.
func inCondition(sent string, ws []simWord, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if conditionWords[ws[j].low] {
			return true
		}
		if j > 0 && strings.ContainsAny(sent[ws[j-1].end:ws[j].start], ",") {
			return false
		}
	}
	return false
}

// conditionWords open a condition.
var conditionWords = map[string]bool{"if": true, "unless": true, "whether": true, "until": true}

// capped reports whether the number at ws[j] is stated as a cap: "increase
// by no more than 5%", "by at most 3%", "a maximum of 10%".
func capped(ws []simWord, j int) bool {
	prev := func(k int) string {
		if j-k >= 0 {
			return ws[j-k].low
		}
		return ""
	}
	switch {
	case prev(1) == "than" && prev(2) == "more" && (prev(3) == "no" || prev(3) == "not"):
		return true
	case prev(1) == "most" && prev(2) == "at":
		return true
	case prev(1) == "of" && (prev(2) == "maximum" || prev(2) == "max"):
		return true
	case prev(1) == "exceed" || prev(1) == "exceeds":
		return true
	}
	return false
}

// subordinators open a clause of its own inside a clause: the number after
// one is not what a change verb before it changes ("drives home what an
// intense 3 months this has been"). Relatives (that, which, who) are not
// among them: they qualify what is changed ("cuts costs for fleets that
// run 50 vans by 20%").
var subordinators = map[string]bool{
	"what": true, "how": true, "why": true, "if": true, "because": true,
	"while": true, "whether": true, "although": true, "though": true, "unless": true,
}

// opinionFrame reports whether the clause cl frames what it says as the
// writer's own opinion: "Of course, we would say PostHog is the best", "in
// our opinion", "I'd argue".
func opinionFrame(cl []simWord) bool {
	for k := 0; k+1 < len(cl); k++ {
		w, n := plainWord(cl[k].low), cl[k+1].low
		switch {
		case (w == "we" || w == "i") && strings.HasSuffix(cl[k].low, "'d") && opinionVerbs[n]:
			return true
		case (w == "we" || w == "i") && (n == "would" || n == "might" || n == "could") &&
			k+2 < len(cl) && opinionVerbs[cl[k+2].low]:
			return true
		case w == "in" && (n == "our" || n == "my") && k+2 < len(cl) &&
			(cl[k+2].low == "opinion" || cl[k+2].low == "view" || cl[k+2].low == "humble"):
			return true
		case w == "imho" || w == "imo":
			return true
		}
	}
	return false
}

// opinionVerbs, after "we would" or "I'd", frame an opinion: "we would say".
var opinionVerbs = map[string]bool{"say": true, "argue": true, "claim": true, "suggest": true}
