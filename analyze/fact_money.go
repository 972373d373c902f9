package analyze

import (
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/value"
)

// Money-valued and scoped facts. A fact whose value is money ("invoicing
// from $5,000 a year", "$1,440 per user per year") is stated by amounts of
// money, not by quantities: an amount its phrase governs is the fact's,
// whatever its role, and never a plan's price. A scoped fact ("education
// programme: 40% off") holds only where its scope is named, in the
// sentence or in the headings above it; there its numbers are its own,
// and a general fact named by the same phrase gets none of them.

// inScope filters the refs of a sentence (lower-cased as lower; nil when
// only context counts): the ref of a scoped fact stays when one of its
// scope phrases is named in the sentence or the context, and then the
// general facts' refs that overlap it go. money keeps the money facts'
// refs (for amounts) and drops the others, or the reverse (quantities).
func (x *subjectIndex) inScope(refs []aboutRef, lower []byte, context []string, money bool) []aboutRef {
	scoped := false
	for _, r := range refs {
		scoped = scoped || x.facts[r.fact].scopes != nil
	}
	out := refs[:0]
	for _, r := range refs {
		f := &x.facts[r.fact]
		if f.money != money || f.scopes != nil && !x.scopeNamed(f, lower, context) {
			continue
		}
		out = append(out, r)
	}
	if !scoped {
		return out
	}
	kept := out[:0]
	for _, r := range out {
		if x.facts[r.fact].scopes == nil && x.overlapsScoped(r, out) {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// overlapsScoped reports whether a general fact's ref r overlaps the ref of
// a scoped fact in refs: the scope takes the phrase.
func (x *subjectIndex) overlapsScoped(r aboutRef, refs []aboutRef) bool {
	for _, o := range refs {
		if x.facts[o.fact].scopes != nil && o.start < r.end && r.start < o.end {
			return true
		}
	}
	return false
}

// scopeNamed reports whether the sentence (lower case) or a heading of the
// context names one of f's scope phrases as whole words.
func (x *subjectIndex) scopeNamed(f *factAbout, lower []byte, context []string) bool {
	if lower != nil && hasWord(string(lower), f.scopes) {
		return true
	}
	for _, c := range context {
		if hasWordFold(c, f.scopes) {
			return true
		}
	}
	return false
}

// moneyFact returns the id of the money-valued fact that price ps[i] of
// sentence s (lower-cased as lower) states, "" for none: the fact's phrase
// stands in the price's clause and the price is the nearest amount to it.
// "free" and "custom" state no money.
func (x *subjectIndex) moneyFact(sc *valueScratch, s string, lower []byte, ps []value.PriceSpan, i int, context []string) string {
	if !x.hasMoney() || ps[i].Price.Kind == value.Free || ps[i].Price.Kind == value.Custom {
		return ""
	}
	sc.about = x.appendAboutRefs(sc.about[:0], s, lower)
	refs := x.inScope(sc.about, lower, context, true)
	if len(refs) == 0 {
		return ""
	}
	p := ps[i]
	l := string(lower)
	cs, ce := words.ClauseAround(l, p.Start, p.End)
	best, bestGap := -1, 1<<30
	for ri, r := range refs {
		if r.end <= cs || r.start >= ce {
			continue
		}
		if g := gap(p.Start, p.End, r.start, r.end); g < bestGap {
			best, bestGap = ri, g
		}
	}
	if best < 0 {
		return ""
	}
	r := refs[best]
	for j, o := range ps { // the nearest amount to the phrase takes it
		if j != i && o.Price.Kind != value.Free && o.Price.Kind != value.Custom && !joined(lower, o, p) &&
			gap(o.Start, o.End, r.start, r.end) < bestGap {
			return ""
		}
	}
	if x.competitorInPrice(s, p) || oldValue(l[max(cs, p.Start-24):p.Start]) {
		return ""
	}
	f := &x.facts[r.fact]
	if f.scopes == nil && (hasWord(l[cs:ce], segmentCues) || x.segmentHeading(context, f.id)) {
		return "" // a programme's or a deal's money is its own, not the general fact's
	}
	return f.id
}

// hasMoney reports whether a fact of the story is money-valued.
func (x *subjectIndex) hasMoney() bool {
	for i := range x.facts {
		if x.facts[i].money {
			return true
		}
	}
	return false
}

// competitorInPrice is competitorIn for a price.
func (x *subjectIndex) competitorInPrice(s string, p value.PriceSpan) bool {
	return x.competitorIn(s, value.QuantitySpan{Start: p.Start, End: p.End})
}

// joined reports whether two amounts are the ends of one range or two
// alternatives ("$500 to $5k", "$600 / year OR $50 / month").
func joined(lower []byte, a, b value.PriceSpan) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	return a.End <= b.Start && rangeJoint(lower[a.End:b.Start])
}
