package analyze

import (
	"bytes"
	"strings"

	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// durationUnits are the units a duration may be stated in; a trial of "2 weeks"
// is about the same fact as one of "14 days".
var durationUnits = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// factAbout is a fact with the phrases that name it.
type factAbout struct {
	id      string
	unit    string   // the canonical value's unit
	abouts  [][]byte // the about phrases, lower case
	counted []string // singular forms of the about phrases: "integration", "connector"
	money   bool     // the value is money: stated by amounts, not by quantities (fact_money.go)
	scopes  []string // the scope phrases of a scoped fact, lower case; nil for a general fact
}

// aboutRef is a place where a sentence names a fact.
type aboutRef struct {
	start, end int
	fact       int // index into subjectIndex.facts
}

func newFactAbouts(facts []story.Fact) []factAbout {
	out := make([]factAbout, 0, len(facts))
	for _, f := range facts {
		fa := factAbout{id: f.ID, unit: f.Value.Unit, money: f.Money != nil}
		for _, sc := range f.Scope {
			if sc = strings.ToLower(strings.TrimSpace(sc)); sc != "" {
				fa.scopes = append(fa.scopes, sc)
			}
		}
		for _, a := range f.About {
			a = strings.ToLower(strings.TrimSpace(a))
			if a == "" {
				continue
			}
			fa.abouts = append(fa.abouts, []byte(a))
			fa.counted = append(fa.counted, strings.TrimSuffix(a, "s"))
		}
		out = append(out, fa)
	}
	return out
}

// fits reports whether a quantity's unit suits the fact: the same unit, two
// units of time, a count of what an about phrase names ("150 connectors"
// for integrations), or a bare number for a fact that counts things.
func (f *factAbout) fits(q value.Quantity) bool {
	switch {
	case q.Unit == f.unit:
		return true
	case durationUnits[q.Unit] && durationUnits[f.unit]:
		return true
	case durationUnits[f.unit] || f.unit == "percent":
		return false
	case q.Unit == "":
		return true
	}
	for _, c := range f.counted {
		if q.Unit == c {
			return true
		}
	}
	return false
}

// aboutRefs returns the places where sentence s names a fact, as a whole
// word or phrase, plurals included ("trials").
func (x *subjectIndex) aboutRefs(s string) []aboutRef {
	return x.appendAboutRefs(nil, s, lowerASCII(nil, s))
}

// appendAboutRefs is aboutRefs for s lower-cased by lowerASCII, appending
// to out.
func (x *subjectIndex) appendAboutRefs(out []aboutRef, s string, lower []byte) []aboutRef {
	for fi := range x.facts {
		for _, a := range x.facts[fi].abouts {
			for from := 0; ; {
				i := bytes.Index(lower[from:], a)
				if i < 0 {
					break
				}
				start, end := from+i, from+i+len(a)
				from = end
				if end < len(lower) && lower[end] == 's' && words.Bounded(s, start, end+1) {
					end++
				}
				if words.Bounded(s, start, end) {
					out = append(out, aboutRef{start, end, fi})
				}
			}
		}
	}
	return out
}

// factSubjects returns the fact each quantity of sentence s (lower-cased
// as lower) is about ("" for none), in sc.subjects. A quantity and a phrase naming a fact belong together when the
// unit fits and each is the other's nearest fitting partner, so that in "a
// 14-day free trial and a 30-day money-back guarantee" only the 14 days are
// the trial. A quantity written as a modifier ("30-day") must also be
// followed closely by the phrase it modifies.
func (x *subjectIndex) factSubjects(sc *valueScratch, s string, lower []byte, qs []value.QuantitySpan, context []string) []string {
	out := append(sc.subjects[:0], make([]string, len(qs))...)
	sc.subjects = out
	sc.about = x.appendAboutRefs(sc.about[:0], s, lower)
	sc.about = x.inScope(sc.about, lower, context, false)
	refs := sc.about
	if len(refs) == 0 {
		return out
	}
	for qi, q := range qs {
		ri := x.nearestRef(refs, q)
		if ri < 0 || x.nearestQuantity(refs[ri], qs) != qi {
			continue
		}
		if modifier(q.Quantity.Text) && !modifies(s, q.End, refs[ri]) {
			continue
		}
		if x.scopedElsewhere(s, lower, q, refs[ri]) || x.competitorIn(s, q) {
			continue
		}
		out[qi] = x.facts[refs[ri].fact].id
	}
	return out
}

// nearestRef returns the index of the fitting ref closest to q, or -1.
func (x *subjectIndex) nearestRef(refs []aboutRef, q value.QuantitySpan) int {
	return x.nearest(len(refs), func(i int) (aboutRef, value.QuantitySpan) { return refs[i], q })
}

// nearestQuantity returns the index of the fitting quantity closest to r.
func (x *subjectIndex) nearestQuantity(r aboutRef, qs []value.QuantitySpan) int {
	return x.nearest(len(qs), func(i int) (aboutRef, value.QuantitySpan) { return r, qs[i] })
}

// nearest returns the i < n whose pair — a fact's phrase and a quantity
// that fits the fact — stands closest together, or -1.
func (x *subjectIndex) nearest(n int, pair func(int) (aboutRef, value.QuantitySpan)) int {
	best, bestGap := -1, 1<<30
	for i := range n {
		r, q := pair(i)
		if !x.facts[r.fact].fits(q.Quantity) {
			continue
		}
		if g := gap(q.Start, q.End, r.start, r.end); g < bestGap {
			best, bestGap = i, g
		}
	}
	return best
}

// gap is the number of bytes between two ranges, 0 when they touch.
func gap(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}

// modifier reports whether a quantity is written as a compound modifier:
// "30-day", "14-day".
func modifier(text string) bool {
	i := strings.LastIndexAny(text, "-\u2011")
	return i > 0 && i+1 < len(text) && words.IsLetter(text[i+1])
}

// modifies reports whether the phrase r starts within a couple of words
// after a modifier ending at end, with no punctuation between them.
func modifies(s string, end int, r aboutRef) bool {
	if r.start < end || r.start-end > 16 {
		return false
	}
	return !strings.ContainsAny(s[end:r.start], ",;:.()—–")
}

// cellFact returns the fact a quantity in a table cell is about, from the
// cell's row and column headers, innermost first.
func (x *subjectIndex) cellFact(context []string, q value.Quantity) string {
	for i := len(context) - 1; i >= 0; i-- {
		refs := x.aboutRefs(context[i])
		refs = x.inScope(refs, nil, context, false)
		for _, r := range refs {
			if x.facts[r.fact].fits(q) {
				return x.facts[r.fact].id
			}
		}
	}
	return ""
}
