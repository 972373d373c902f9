package analyze

import (
	"slices"
	"strings"
)

// The claim detectors of claims.go, each a test at one word of a clause,
// and their read-only word tables. Keys are lower-case words as simWords
// writes them.

// The kinds of claim, in the order a clause with several is labelled.
const (
	claimStatistic   = "statistic"
	claimComparative = "comparative"
	claimSuperlative = "superlative"
	claimAbsolute    = "absolute"
)

// superlatives are words that are superlative claims wherever they stand
// (unless a word after them says otherwise, see notSuperlativeNext).
var superlatives = map[string]bool{
	"best": true, "fastest": true, "cheapest": true, "easiest": true, "simplest": true,
	"smartest": true, "largest": true, "biggest": true, "highest": true, "lowest": true,
	"greatest": true, "strongest": true, "safest": true, "quickest": true,
	"smallest": true, "leading": true, "unmatched": true, "unrivalled": true,
	"unrivaled": true, "unbeatable": true, "unparalleled": true, "#1": true,
}

// superlativePairs are two-word superlatives ("world-class" is two words).
var superlativePairs = map[[2]string]bool{
	{"world", "class"}: true, {"top", "rated"}: true, {"number", "one"}: true,
	{"no", "1"}: true, {"award", "winning"}: true, {"first", "ever"}: true,
}

// comparativeWords are comparatives that "than" or a multiplier follows.
var comparativeWords = map[string]bool{
	"more": true, "less": true, "fewer": true, "better": true, "worse": true,
	"faster": true, "cheaper": true, "quicker": true, "easier": true,
	"simpler": true, "smarter": true, "safer": true, "greener": true,
	"higher": true, "lower": true, "bigger": true, "smaller": true,
	"shorter": true, "longer": true, "stronger": true, "as": true,
	"sooner": true, "accurate": true, "efficient": true, "productive": true,
}

// notComparativeThan are words before "than" that make no comparison.
var notComparativeThan = map[string]bool{"rather": true, "other": true, "later": true, "earlier": true}

// multipliers are words that multiply: "twice as fast", "three times faster".
var multipliers = map[string]string{
	"twice": "2x", "double": "2x", "triple": "3x", "half": "0.5x",
	"two": "2", "three": "3", "four": "4", "five": "5", "ten": "10",
}

// comparativeVerbs compare by themselves: "outperforms", "beats".
var comparativeVerbs = map[string]bool{
	"outperform": true, "outperforms": true, "beats": true, "outpaces": true,
	"unlike": true, "outsmarts": true,
}

// changeVerbs are the verbs of a statistic: "cuts costs by 40%".
var changeVerbs = map[string]bool{
	"cut": true, "cuts": true, "cutting": true, "reduce": true, "reduces": true,
	"reduced": true, "reducing": true, "lower": true, "lowers": true, "lowered": true,
	"slash": true, "slashes": true, "slashed": true, "save": true, "saves": true,
	"saved": true, "saving": true, "boost": true, "boosts": true, "boosted": true,
	"increase": true, "increases": true, "increased": true, "improve": true,
	"improves": true, "improved": true, "raise": true, "raises": true, "grow": true,
	"grows": true, "doubles": true, "triples": true, "halves": true, "decrease": true,
	"decreases": true, "shrink": true, "shrinks": true, "trim": true, "trims": true,
	"eliminate": true, "eliminates": true, "speeds": true, "drive": true,
	"drives": true, "deliver": true, "delivers": true, "gain": true, "gains": true,
}

// timeUnits are the units of "in under 30 seconds".
var timeUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true,
	"hour": true, "hours": true, "secs": true, "mins": true, "clicks": true,
}

// absolutes are absolute claims: "guaranteed", "never", "always".
var absolutes = map[string]bool{
	"guaranteed": true, "guarantee": true, "guarantees": true, "never": true,
	"always": true, "forever": true, "100%": true, "foolproof": true,
	"flawless": true, "bulletproof": true, "zero": true,
}

// absolutePairs are two-word absolutes ("risk-free" is two words).
var absolutePairs = map[[2]string]bool{
	{"risk", "free"}: true, {"no", "risk"}: true,
	{"without", "fail"}: true,
}

// hedges map the words before a number to the operator they state.
var hedges = map[string]string{
	"up to": "at-most", "as much as": "at-most", "under": "at-most",
	"less than": "at-most", "below": "at-most", "within": "at-most",
	"at most": "at-most", "as little as": "at-most", "at least": "at-least",
	"over": "at-least", "more than": "at-least", "above": "at-least",
	"from": "at-least", "nearly": "about", "almost": "about", "about": "about",
	"around": "about", "approximately": "about", "roughly": "about",
	"average": "average", "avg": "average", "typically": "average",
}

// claimTriggers are the words at which the is* detectors of claims.go can
// answer yes, other than numbers, "-est" words and two-word claims.
var claimTriggers = func() map[string]bool {
	m := map[string]bool{"than": true, "most": true, "least": true, "first": true,
		"only": true}
	for _, table := range []map[string]bool{superlatives, comparativeVerbs, changeVerbs, absolutes} {
		for w := range table {
			m[w] = true
		}
	}
	for w, x := range multipliers {
		m[w] = strings.HasSuffix(x, "x") // "two" only before "times"
	}
	return m
}()

// claimPairFirst are the first words of superlativePairs and absolutePairs.
var claimPairFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, table := range []map[[2]string]bool{superlativePairs, absolutePairs} {
		for p := range table {
			m[p[0]] = true
		}
	}
	return m
}()

// claimPairWords hold one word of each two-word claim of superlativePairs
// and absolutePairs, the rarer one, except "no 1", which mayHaveClaim
// tests by itself: a sentence without them has none of these claims.
var claimPairWords = map[string]bool{
	"class": true, "rated": true, "number": true, "award": true, "ever": true,
	"risk": true, "fail": true,
}

// claimNext returns the word after ws[i], "" at the end.
func claimNext(ws []simWord, i int) string {
	if i+1 < len(ws) {
		return ws[i+1].low
	}
	return ""
}

// claimPrev returns the word before ws[i], "" at the start.
func claimPrev(ws []simWord, i int) string {
	if i > 0 {
		return ws[i-1].low
	}
	return ""
}

// isStatistic: "cuts costs by 40%", "40% faster", "in under 30 seconds".
func isStatistic(ws []simWord, i int) bool {
	w := ws[i]
	switch {
	case changeVerbs[w.low]:
		for j := i + 1; j < len(ws) && j <= i+8 && !subordinators[ws[j].low]; j++ {
			if ws[j].num {
				return claimNext(ws, j+1) != "ago" && !capped(ws, j) // "Saved 20 minutes ago", "by no more than 5%"
			}
		}
	case w.num && (strings.HasSuffix(w.low, "%") || claimNext(ws, i) == "percent"):
		j := i + 1
		if claimNext(ws, i) == "percent" {
			j++
		}
		return j < len(ws) && comparativeWords[ws[j].low] && ws[j].low != "as" && !againstOwn(ws, j)
	case w.num && timeUnits[claimNext(ws, i)]:
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if ws[j].low == "in" {
				return true
			}
		}
	}
	return false
}

// isComparative: "3x faster", "twice as fast", "better than", "outperforms".
func isComparative(ws []simWord, i int) bool {
	w := ws[i]
	switch {
	case comparativeVerbs[w.low]:
		return true
	case w.low == "than":
		p, n := claimPrev(ws, i), claimNext(ws, i)
		comp := comparativeWords[p] || len(p) >= 5 && strings.HasSuffix(p, "er") && !notComparativeThan[p]
		return comp && p != "as" && n != "" && !ws[i+1].num && !notComparativeThan[p] && !ownStandard(ws, i)
	case w.num && (strings.HasSuffix(w.low, "x") || strings.HasSuffix(w.low, "×")),
		strings.HasSuffix(multipliers[w.low], "x"),
		(w.num || multipliers[w.low] != "") && claimNext(ws, i) == "times":
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if comparativeWords[ws[j].low] {
				return claimNext(ws, j) != "likely" && !againstOwn(ws, j) // "3.1x times less likely to convert"
			}
		}
	}
	return false
}

// isSuperlative: "best", "fastest", "#1", "the most reliable", "the only
// platform that", "the world's first".
func isSuperlative(ws []simWord, i int) bool {
	w, p, n := ws[i].low, claimPrev(ws, i), claimNext(ws, i)
	if i > 0 && (ws[i-1].num || notSuperlativePrev[p]) || hypothetical(ws, i) || negatedSuperlative(ws, i) || chosen(ws, i) {
		return false // "2x smallest nodes", "being the best", "not the first", "choose the best"
	}
	switch {
	case superlativePairs[[2]string{w, n}]:
		return true
	case w == "leading":
		return leadingBefore[p] && !notSuperlativeNext[n]
	case superlatives[w]:
		return !notSuperlativeNext[n] && (w != "best" || n != "way")
	case w == "most" || w == "least":
		return n != "" && n != "of" && !ws[i+1].num && !notMostNext[n] &&
			(p == "the" || claimAdjectival(n))
	case w == "first":
		return !firstNotClaim[n] && (strings.HasSuffix(p, "'s") || p == "the" && n != "" && !ws[i+1].num &&
			claimFollowedBy(ws, i+1, 5, "to", "that", "with", "and"))
	case w == "only":
		return p == "the" && n != "" && !ws[i+1].num && !onlyNotClaim[n] && (i < 2 || ws[i-2].low != "not")
	case len(w) >= 6 && strings.HasSuffix(w, "est") && !ws[i].num:
		return !notSuperlativeEst[w] && !notSuperlativeNext[n]
	}
	return false
}

// isAbsolute: "guaranteed", "never", "always", "100%", "zero downtime",
// "risk-free".
func isAbsolute(ws []simWord, i int) bool {
	w, p, n := ws[i].low, claimPrev(ws, i), claimNext(ws, i)
	switch {
	case w == "always" || w == "never" || w == "forever":
		return !habitual(ws, i) && !wished(ws, i) && !valued(ws, i)
	case w == "guarantee" || w == "guarantees" || w == "guaranteed":
		return p != "no" && p != "not" && p != "without"
	case absolutePairs[[2]string{w, n}]:
		return true
	case w == "100" && n == "percent":
		return true
	case w == "100%":
		return n != "of" // "100% of our focus"
	case w == "zero":
		return n != "" && !ws[i+1].num
	}
	return absolutes[w]
}

// claimAdjectival reports whether w looks like an adjective: "reliable",
// "powerful", "advanced", "accurate".
func claimAdjectival(w string) bool {
	for _, suf := range []string{"able", "ible", "ful", "ive", "ant", "ent", "ed", "ic", "al", "ous", "ar", "ate", "less", "ing", "ure"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// claimFollowedBy reports whether one of the words occurs in ws[from:from+n].
func claimFollowedBy(ws []simWord, from, n int, words ...string) bool {
	for j := from; j < len(ws) && j < from+n; j++ {
		if slices.Contains(words, ws[j].low) {
			return true
		}
	}
	return false
}
