package rules

import (
	"cmp"
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
func gather(fs []Finding) []Finding {
	groups := map[gatherKey]int{} // index in out
	var out []Finding
	for _, f := range fs {
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
