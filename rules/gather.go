package rules

import (
	"cmp"
	"iter"
	"strconv"

	"github.com/onestory/onestory/extract"
)

// gatherKey is what makes two findings of a gathering rule one problem: the
// same rule, channel and subject, the same value expected and the same
// value found (its normal form, Finding.value, where the rule gives one).
type gatherKey struct {
	rule, channel, subject, expected, found string
}

// gather makes one finding of each group of findings that state the same
// wrong value (gatherKey): the first in report order, with the locations of
// the others, in that order, as Related, and a message that says how many
// more places state it. Findings must be sorted (Sort); the result is in
// the order of each group's first finding.
func gather(fs iter.Seq[Finding]) []Finding {
	groups := map[gatherKey]int{} // index in out
	var out []Finding
	for f := range fs {
		k := gatherKey{f.Rule, f.Channel, f.Subject, f.Expected, cmp.Or(f.value, f.Found)}
		f.value = ""
		i, ok := groups[k]
		if !ok {
			groups[k] = len(out)
			f.Related = nil
			out = append(out, f)
			continue
		}
		out[i].Related = append(out[i].Related, f.Location)
	}
	for i := range out {
		f := &out[i]
		if len(f.Related) == 0 {
			f.Related = []extract.Location{}
			continue
		}
		f.Message += " " + alsoAt(f.Related)
	}
	return out
}

// alsoAt says where else a value is stated: "Also at site/a.html:3 and 2
// more places."
func alsoAt(related []extract.Location) string {
	s := "Also at " + related[0].String()
	if n := len(related) - 1; n > 0 {
		s += " and " + strconv.Itoa(n) + " more " + plural(n, "place", "places")
	}
	return s + "."
}

// StatedAt returns the places where a finding's Found value is stated: its
// location and, for a rule that gathers places (Rule.Gather), its related
// locations; the related locations of other findings are the other side of
// a conflict, not places of the same value.
func StatedAt(f Finding) []extract.Location {
	if r := Lookup(f.Rule); r == nil || !r.Gather {
		return []extract.Location{f.Location}
	}
	return append([]extract.Location{f.Location}, f.Related...)
}

// heldFinding is a finding of a gathering rule as the checker holds it
// until Corpus: its strings as ids in the index's table (Index.id), 80
// bytes where a Finding is 256, for every place a wrong value is stated.
type heldFinding struct {
	rule, message, channel, subject, expected, found, excerpt, fix, value uint32
	sev                                                                   Severity
	at                                                                    spot
	related                                                               uint32 // in Index.related; 0: nil
}

// hold returns the record of f, adding its strings to the index's table.
// The caller gives strings that hold no document's text (strtab).
func (ix *Index) hold(f *Finding) heldFinding {
	return heldFinding{
		rule: ix.id(f.Rule), message: ix.id(f.Message), channel: ix.id(f.Channel), subject: ix.id(f.Subject),
		expected: ix.id(f.Expected), found: ix.id(f.Found), excerpt: ix.id(f.Excerpt), fix: ix.id(f.Fix),
		value: ix.id(f.value), sev: f.Severity, at: ix.spot(f.Location), related: ix.relate(f.Related),
	}
}

// relate returns the number of a held finding's related locations in the
// index's lists of them; 0 for none (nil), as most have.
func (ix *Index) relate(locs []extract.Location) uint32 {
	if locs == nil {
		return 0
	}
	if ix.related == nil {
		ix.related = [][]extract.Location{nil}
	}
	ix.related = append(ix.related, locs)
	return uint32(len(ix.related) - 1)
}

// finding returns the finding h records.
func (ix *Index) finding(h *heldFinding) Finding {
	s := ix.strs
	var related []extract.Location
	if h.related != 0 {
		related = ix.related[h.related]
	}
	return Finding{
		Rule: s[h.rule], Severity: h.sev, Message: s[h.message], Channel: s[h.channel], Subject: s[h.subject],
		Expected: s[h.expected], Found: s[h.found], Excerpt: s[h.excerpt], Location: ix.location(h.at),
		Related: related, Fix: s[h.fix], value: s[h.value],
	}
}

// sortHeld puts held findings in the order Sort puts findings in.
func (ix *Index) sortHeld(hs *blocks[heldFinding]) {
	hs.sortStable(func(a, b *heldFinding) int { return compareFindings(ix.finding(a), ix.finding(b)) })
}

// findings returns the held findings as Findings, one at a time, in order.
func (ix *Index) findings(hs *blocks[heldFinding]) iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for h := range hs.all {
			if !yield(ix.finding(h)) {
				return
			}
		}
	}
}
