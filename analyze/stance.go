package analyze

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// stance is what a clause says about a subject it names.
type stance uint8

// The stances a clause can take.
const (
	// noStance: the clause is not the company asserting anything about the
	// subject — a question, a condition, a hypothesis, another party, the
	// past, or a bare label.
	noStance stance = iota
	affirms         // "a one-time onboarding fee of $500"
	denies          // "we don't charge setup fees", "SSO isn't available"
	pending         // "our SOC 2 Type II audit is in progress"
)

// String names the stance as mentions give it.
func (s stance) String() string {
	switch s {
	case affirms:
		return "offered"
	case denies:
		return "not offered"
	case pending:
		return "pending"
	}
	return ""
}

// clauseOf returns the clause [lo, hi) of toks that holds tokens [i, j):
// it ends at strong punctuation, at a word that opens a clause ("but",
// "if", "unlike"), and at a comma followed by a new subject ("…, we").
func clauseOf(toks []tok, i, j int) (lo, hi int) {
	lo = i
	for lo > 0 {
		t := toks[lo-1]
		if t.punct && hardBreak(t.w) || t.w == "," && lo < len(toks) && clauseStarters[toks[lo].w] {
			break
		}
		if !t.punct && clauseOpeners[t.w] {
			lo-- // the opener belongs to the clause it opens
			break
		}
		lo--
	}
	hi = j
	for hi < len(toks) {
		t := toks[hi]
		if t.punct && hardBreak(t.w) || t.w == "," && hi+1 < len(toks) && clauseStarters[toks[hi+1].w] ||
			!t.punct && clauseOpeners[t.w] {
			break
		}
		hi++
	}
	return lo, hi
}

// hardBreak reports whether punctuation p always ends a clause.
func hardBreak(p string) bool { return p != "," && p != "+" && p != "/" }

// readStance says what the clause holding tokens [i, j) of a sentence
// (whose text is sent) says about the subject those tokens name.
func readStance(sent string, toks []tok, i, j int) stance {
	if words.IsQuestion(sent) {
		return noStance
	}
	lo, hi := mainClause(toks, i, j)
	cl := toks[lo:hi]
	si, sj := i-lo, j-lo
	switch {
	case asks(cl), notOurs(cl), hasAny(cl, hypotheticals), hasPhrase(cl, pastMarkers), hasPhrase(cl, exampleMarkers):
		return noStance
	case hasPhrase(cl, pendingMarkers):
		return pending
	case negated(cl, si, sj):
		return denies
	case hasAny(cl, neutralWords):
		return noStance
	case !assertive(cl, si, sj):
		return labelled(toks, hi)
	}
	return affirms
}

// labelled reads the value after a label that names the subject ("Setup
// fee: none", "SOC 2 Type II: in progress", "Onboarding fee: $500"): the
// clause after the colon at toks[hi], if there is one.
func labelled(toks []tok, hi int) stance {
	if hi >= len(toks) || toks[hi].w != ":" {
		return noStance
	}
	lo, end := clauseOf(toks, hi+1, hi+1)
	v := toks[lo:end]
	switch {
	case len(v) == 0 || asks(v):
		return noStance
	case hasPhrase(v, pendingMarkers):
		return pending
	case labelDenials[v[0].w] || v[0].w == "0" || v[0].w == "0.00" || verbNegation(v, 0):
		return denies
	case words.IsDigit(v[0].w[0]) || labelOffers[v[0].w]:
		return affirms
	}
	return noStance
}

// mainClause is clauseOf, but a condition that opens the clause ends at
// its comma: in "If you self-host, SSO is included", the subject "SSO"
// stands in the main clause, which is returned.
func mainClause(toks []tok, i, j int) (lo, hi int) {
	lo, hi = clauseOf(toks, i, j)
	if !conditionals[toks[lo].w] {
		return lo, hi
	}
	for k := lo + 1; k < i; k++ {
		if toks[k].w == "," {
			return k + 1, hi
		}
	}
	return lo, hi
}

// asks reports whether the clause is a question or a condition: it ends in
// "?" or opens with "if", "unless", "whether".
func asks(cl []tok) bool {
	if len(cl) == 0 {
		return false
	}
	return conditionals[cl[0].w] || len(cl) > 1 && cl[0].w == "in" && cl[1].w == "case" ||
		len(cl) > 1 && auxiliaries[cl[0].w] && askedOf[cl[1].w] || cl[len(cl)-1].w == "?"
}

// notOurs reports whether the clause speaks for another party: "unlike
// other vendors", "competitors charge".
func notOurs(cl []tok) bool {
	for k, t := range cl {
		if otherParties[t.w] {
			return true
		}
		if k+1 < len(cl) && otherQualifiers[t.w] && otherNouns[cl[k+1].w] {
			return true
		}
	}
	return false
}

// hasAny reports whether the clause holds one of words.
func hasAny(cl []tok, words map[string]bool) bool {
	for _, t := range cl {
		if words[t.w] {
			return true
		}
	}
	return false
}

// hasPhrase reports whether the clause holds one of phrases, each a run of
// words.
func hasPhrase(cl []tok, phrases [][]string) bool {
	for _, ws := range phrases {
		for k := 0; k+len(ws) <= len(cl); k++ {
			ok := true
			for m, w := range ws {
				if cl[k+m].w != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// negated reports whether a negation in the clause has the subject,
// tokens [si, sj), in its scope: a determiner ("no", "without") right
// before it, a verb's negation before it with no preposition between
// ("we don't charge setup fees", not "we don't require a card for the
// trial"), or after it on a predicate of being offered ("setup fees are
// not charged", "on-premises isn't available", "are waived").
func negated(cl []tok, si, sj int) bool {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		if determinerNegation(cl, k) {
			return true
		}
		if scopeBreakers[cl[k].w] || cl[k].punct {
			break
		}
	}
	if k := verbNegationBefore(cl, si); k >= 0 {
		return true
	}
	for k := sj; k < len(cl) && k <= sj+4; k++ {
		if cl[k].punct {
			break
		}
		if offerDenials[cl[k].w] {
			return true
		}
		if verbNegation(cl, k) {
			for m := k + 1; m < len(cl) && m <= k+2; m++ {
				if offerPredicates[cl[m].w] {
					return true
				}
			}
		}
	}
	return false
}

// verbNegationBefore returns the index of a verb's negation in the six
// words before cl[si] that reaches it, or -1: no preposition or
// punctuation stands between, except the one a verb takes ("we never ask
// for an annual commitment").
func verbNegationBefore(cl []tok, si int) int {
	for k := si - 1; k >= 0 && k >= si-6; k-- {
		if cl[k].punct && cl[k].w != "," {
			return -1
		}
		if !verbNegation(cl, k) {
			continue
		}
		for m := k + 1; m < si; m++ {
			if scopeBreakers[cl[m].w] && !(m == k+2 && phrasalPrepositions[cl[m].w]) {
				return -1
			}
		}
		return k
	}
	return -1
}

// determinerNegation reports whether token k negates the noun phrase
// after it: "no", "without", "zero", "free of".
func determinerNegation(cl []tok, k int) bool {
	w := cl[k].w
	if w == "of" && k > 0 && cl[k-1].w == "free" {
		return true
	}
	return w == "no" || w == "without" || w == "zero" || w == "nor" || w == "neither"
}

// verbNegation reports whether token k negates a verb: "not", "never",
// "don't", "cannot", "no longer" — but not "not only", "not just".
func verbNegation(cl []tok, k int) bool {
	w := cl[k].w
	switch {
	case w == "longer" && k > 0 && cl[k-1].w == "no":
		return true
	case w == "not" || w == "never" || w == "cannot":
	case strings.HasSuffix(w, "n't"):
	default:
		return false
	}
	return k+1 >= len(cl) || cl[k+1].w != "only" && cl[k+1].w != "just"
}

// assertive reports whether the clause asserts something of the subject
// rather than merely naming it ("This page covers SOC 2"): it holds a
// number, a word of offering or having ("required", "certified",
// "available", "deployed"), or opens with an invitation to take it ("Start
// your free trial").
func assertive(cl []tok, si, sj int) bool {
	for k, t := range cl {
		if k >= si && k < sj || t.punct {
			continue
		}
		if offerPredicates[t.w] || words.IsDigit(t.w[0]) {
			return true
		}
	}
	return len(cl) > 0 && invitations[cl[0].w]
}
