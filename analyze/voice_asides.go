package analyze

import (
	"bytes"

	"github.com/onestory/onestory/internal/words"
)

// How the marks of voice.go become each mention's Aside, and forbidden
// phrases of common words that make no claim.

// asides sets the Aside of each mention found in block bi (the run's
// current block): see the Aside constants for which kinds of mention each
// reason covers. A quantity that is not the company speaking is about no
// fact.
func (r *docRun) asides(bi int) {
	if len(r.found) == 0 {
		return
	}
	b := &r.t.Blocks[bi]
	block := blockAside(b, r.reference)
	goal := 0 // 1 when block bi states a goal, -1 when not, 0 until asked
	last, sentAside, low := -1, "", []byte(nil)
	for i := range r.found {
		o := &r.found[i]
		m := &o.m
		aside := block
		si := m.Sentence
		if aside == "" && m.Kind != PriceMention && si >= r.first && si < len(r.sents) {
			s := r.sents[si]
			if si != last {
				last = si
				low = r.lower[s.Offset : s.Offset+len(s.Text)]
				sentAside = r.a.voice.sentenceAside(b, s.Text, low)
			}
			aside = mentionAside(m, s.Text, low, o.start-s.Offset, o.end-s.Offset, sentAside)
		}
		if aside == "" && m.Kind == ClaimMention {
			if goal == 0 {
				goal = -1
				if goalBlock(r.t.Blocks, bi) {
					goal = 1
				}
			}
			if goal == 1 {
				aside = AsideGoal
			}
		}
		if aside == "" && m.Kind == ClaimMention && m.Match == "forbidden" && si >= r.first && si < len(r.sents) {
			s := r.sents[si]
			aside = r.a.claims.scope.forbiddenAside(s.Text, m.Canonical, o.start-s.Offset)
		}
		if aside == "" && r.legal && m.Kind == TermMention {
			aside = AsideLegal
		}
		m.Aside = aside
		if aside != "" && m.Kind == QuantityMention {
			m.Subject = ""
		}
	}
}

// mentionAside returns why mention m at [start, end) of sentence sent
// (lower-cased as low), whose sentence is not the company speaking for
// the reason sentAside ("" when it is), is not the company speaking.
// A sentence that opens with an example label, quotation marks and
// example cues cover every mention; questions, the
// past and competitors cover claims, forbidden phrases, quantities and
// stances on policies and entitlements;
// only the past and announcements of a retirement cover a retired name.
// Prices keep to their roles, which price attribution decides.
func mentionAside(m *Mention, sent string, low []byte, start, end int, sentAside string) string {
	if start < 0 || end > len(sent) || start > end {
		return ""
	}
	if m.Kind == PriceMention {
		return ""
	}
	switch {
	case exampleLabelled(sent):
		return AsideExample
	case quoted(sent, start, end):
		return AsideQuoted
	case cuedExample(low, start):
		return AsideExample
	}
	switch m.Kind {
	case ClaimMention, QuantityMention, PolicyMention, EntitlementMention:
		return sentAside
	case ProductMention:
		if m.Match == "retired" && (sentAside == AsidePast || words.HasCue(low, words.RetirementCues)) {
			return AsidePast
		}
		if valueExample(low, start) {
			return AsideExample
		}
	}
	return ""
}

// valueCues introduce an example right before a form.
var valueCues = []string{"e.g. ", "e.g., ", "eg. ", "for example ", "for example, ", "such as "}

// valueExample reports whether the form at low[start] is an example of a
// name or value the reader is told to give something: "enter a meaningful
// name (e.g. PostHog Self-hosted)", "a display name such as Acme SSO". It
// is what the reader types into another tool, not how the company writes
// its product's name.
func valueExample(low []byte, start int) bool {
	before := bytes.TrimRight(low[max(0, start-64):start], " (\"'“‘")
	before = append(before[:len(before):len(before)], ' ')
	for _, c := range valueCues {
		lead, ok := bytes.CutSuffix(before, []byte(c))
		if !ok {
			continue
		}
		lead = bytes.TrimRight(lead, " (,:")
		for _, w := range [][]byte{[]byte("name"), []byte("label"), []byte("title"), []byte("value")} {
			if bytes.HasSuffix(lead, w) {
				return true
			}
		}
	}
	return false
}

// commonWords are the words a forbidden phrase may be made of and still
// be everyday English: "the only", "the first", "number one".
var commonWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "to": true,
	"for": true, "and": true, "or": true, "is": true, "are": true, "our": true, "we": true,
	"your": true, "with": true, "at": true, "by": true, "as": true, "it": true, "this": true,
	"only": true, "first": true, "best": true, "most": true, "one": true, "number": true,
	"no": true, "all": true, "every": true, "always": true, "never": true, "leading": true,
	"top": true, "free": true, "new": true, "more": true, "better": true, "ever": true,
	"fastest": true, "largest": true, "biggest": true, "greatest": true, "1": true,
	"last": true, "next": true, "easiest": true, "simplest": true, "100%": true,
}

// commonPhrase reports whether every word of phrase is a common word.
func commonPhrase(phrase string) bool {
	ws := simWords(phrase)
	for _, w := range ws {
		if !commonWords[w.low] {
			return false
		}
	}
	return len(ws) > 0
}

// forbiddenAside returns AsideNoClaim when the forbidden phrase, found at
// offset at of sentence sent, is in a clause that makes no claim of the
// company's: for a phrase of common words, a clause that would make no
// claim with a superlative in it (claimScope.outOfScope); for any other
// phrase, a clause about someone else (claimScope.othersClause: "Companies
// need to use HIPAA compliant analytics providers"); "" otherwise.
func (c claimScope) forbiddenAside(sent, phrase string, at int) string {
	if at < 0 || at > len(sent) {
		return ""
	}
	common := commonPhrase(phrase)
	ws := simWords(sent)
	for _, cl := range clauses(sent, ws) {
		if len(cl) > 0 && cl[0].start <= at && at < cl[len(cl)-1].end {
			if common && c.outOfScope(sent, cl, claimSuperlative) || !common && c.othersClause(sent, cl) {
				return AsideNoClaim
			}
			return ""
		}
	}
	return ""
}
