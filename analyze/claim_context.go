package analyze

import "strings"

// The word-level context that tells a claim word from the same word in
// everyday use: "most" in "the most important things", "leading" as a
// verb, "best" in a hypothesis ("being the best"), "always" and "never"
// telling a habit or a story ("we're always looking", "it never got").
// isSuperlative and isAbsolute of claim_detectors.go consult these.

// notMostNext are words after "most" that make it no claim: "the most
// important things", "the most recent version", "get the most out of".
var notMostNext = map[string]bool{
	"important": true, "recent": true, "common": true, "commonly": true,
	"often": true, "likely": true, "out": true, "relevant": true, "used": true,
	"helpful": true, "pressing": true, "acute": true, "fundamental": true,
}

// leadingBefore are the words after which "leading" is a superlative:
// "industry-leading", "the leading". Elsewhere it is a verb: "leading
// technical discovery".
var leadingBefore = map[string]bool{
	"industry": true, "market": true, "world": true, "the": true, "a": true,
	"category": true, "sector": true,
}

// notSuperlativePrev are words before a superlative that make it no claim:
// "at best", "try your best", "the second-largest", and a possessive that
// ranks within someone else's group: "the customer's most influential
// developers", "their biggest problem".
var notSuperlativePrev = map[string]bool{
	"at": true, "your": true, "my": true, "his": true, "her": true,
	"second": true, "third": true, "very": true, "their": true,
	"customer's": true, "customers'": true, "client's": true, "prospect's": true,
	"buyer's": true, "user's": true, // words' apostrophes are straight (simWord.low)
}

// hypothetical reports whether the superlative at ws[i] is named, not
// claimed: "being the best", "which variant leads to the best results".
func hypothetical(ws []simWord, i int) bool {
	if i >= 2 && ws[i-1].low == "the" && ws[i-2].low == "being" {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if ws[j].low == "which" && j > 0 && questionVerbs[ws[j-1].low] {
			return true
		}
	}
	return false
}

// questionVerbs are the words before "which" that open an indirect
// question: "test which copy", "know which variant".
var questionVerbs = map[string]bool{
	"test": true, "know": true, "decide": true, "choose": true, "see": true,
	"determine": true, "out": true, "on": true, "learn": true, "show": true,
}

// notAlwaysPrev are words before "always" or "never" that make it a
// habit, a hedge or a permission, not a promise: "as always", "not always",
// "almost never", "you can always".
var notAlwaysPrev = map[string]bool{
	"as": true, "not": true, "almost": true, "nearly": true, "may": true,
	"might": true, "can": true, "i": true, "i've": true, "i'd": true, "i'm": true,
	"should": true, "must": true,
}

// beforeParticiple are words after which "never" and a past participle is
// a present statement: "is never sold", "will never be".
var beforeParticiple = map[string]bool{
	"is": true, "are": true, "be": true, "been": true, "will": true,
	"get": true, "gets": true,
}

// habitual reports whether the "always" or "never" at ws[i] tells a habit,
// a story or a definition rather than promises something: "we're always
// looking", "it never got", "As always", "I've always been", "is never an
// easy thing".
func habitual(ws []simWord, i int) bool {
	p, n := claimPrev(ws, i), claimNext(ws, i)
	if notAlwaysPrev[p] || len(n) > 5 && strings.HasSuffix(n, "ing") || n == "a" || n == "an" || n == "the" {
		return true
	}
	past := len(n) > 3 && strings.HasSuffix(n, "ed") || pastForms[n]
	return past && !beforeParticiple[p]
}

// pastForms are irregular past tenses of "it never got", "we always thought".
var pastForms = map[string]bool{
	"got": true, "was": true, "were": true, "had": true, "did": true,
	"thought": true, "been": true, "used": true, "went": true, "made": true,
}
