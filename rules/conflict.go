package rules

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// maxRelated caps the locations a conflict finding lists as the other side.
const maxRelated = 10

// conflictSpec tells reportConflicts which entries it compares and how it
// names their subject.
type conflictSpec struct {
	kind analyze.Kind
	// title names what the values are about, as a sentence does: "the price
	// of the Fleet plan of RoutePlanner".
	title func(subject string, annual bool) string
	// canonical is the story's value in Entry.Value form; "" when none.
	canonical func(subject string, annual bool) string
}

// valueGroup is every entry of one subject that states one value.
type valueGroup struct {
	value    string
	display  string
	ix       *Index
	entries  []int // in ix
	perPlace map[place]int
	teams    []string // the channels that state it, sorted
	// structured is set when only structured data states it.
	structured bool
	// related is the locations of the first entries, shared by the
	// findings that name them (relatedTo).
	related []extract.Location
}

// place is a source, and whether the value was in its structured data.
type place struct {
	source     string
	structured bool
}

// reportConflicts groups the index's entries of spec.kind by subject and
// value, for the subjects the story gives no value: where it gives one,
// every place that departs from it is a mismatch, and the mismatch rules
// report it (one problem, one finding). In each subject stated with more
// than one value, the value stated most often (the first by location on a
// tie) is the reference; each other value is reported once for each
// channel that states it (see reportValue). Entries must be sorted by
// location.
func reportConflicts(p *Pass, spec conflictSpec) {
	type key struct {
		subject string
		annual  bool
	}
	subjects := map[key][]int{}
	var order []key
	for i := range p.Index.Len() {
		if p.Index.Kind(i) != spec.kind {
			continue
		}
		e := p.Index.Entry(i)
		if e.Subject == "" || e.Value == "" {
			continue
		}
		k := key{e.Subject, e.Annual}
		if subjects[k] == nil {
			order = append(order, k)
		}
		subjects[k] = append(subjects[k], i)
	}
	for _, k := range order {
		if spec.canonical(k.subject, k.annual) != "" {
			continue
		}
		groups := groupValues(p.Index, subjects[k])
		for _, g := range groups[1:] {
			reportValue(p, spec.title(k.subject, k.annual), groups[0], g)
		}
	}
}

// groupValues splits one subject's entries by value, the reference first.
// A value that leaves parts unstated joins the value that states them (see
// fuller): with no story value to fill them in, "$21" on one page and "$21
// per vehicle per month" on another are one value.
func groupValues(ix *Index, entries []int) []*valueGroup {
	byValue := map[string]*valueGroup{}
	var groups []*valueGroup
	into := fuller(ix, entries)
	for _, i := range entries {
		e := ix.Entry(i)
		v := e.Value
		if w, ok := into[v]; ok {
			v = w
		}
		g := byValue[v]
		if g == nil {
			g = &valueGroup{ix: ix, value: v, perPlace: map[place]int{}, structured: true}
			byValue[v] = g
			groups = append(groups, g)
		}
		g.entries = append(g.entries, i)
		g.perPlace[place{e.Location.Source, e.Structured}]++
		if t := team(&e); !slices.Contains(g.teams, t) {
			g.teams = append(g.teams, t)
		}
		g.structured = g.structured && e.Structured
		if len(e.Display) > len(g.display) || (len(e.Display) == len(g.display) && e.Display < g.display) {
			g.display = e.Display
		}
	}
	for _, g := range groups {
		slices.Sort(g.teams)
	}
	// groups are in order of first appearance; a stable sort keeps that
	// order as the last tie-break.
	slices.SortStableFunc(groups, func(a, b *valueGroup) int {
		return cmp.Compare(len(b.entries), len(a.entries))
	})
	return groups
}

// reportValue reports a value that disagrees with the reference group once
// for each channel that states it: at the channel's first place that some
// other source contradicts, with the reference's places (up to maxRelated)
// and then the channel's other places stating the value as Related.
func reportValue(p *Pass, title string, ref, g *valueGroup) {
	var teams []string
	byTeam := map[string][]int{}
	for _, i := range g.entries {
		e := g.ix.Entry(i)
		t := team(&e)
		if byTeam[t] == nil {
			teams = append(teams, t)
		}
		byTeam[t] = append(byTeam[t], i)
	}
	for _, t := range teams {
		entries := byTeam[t]
		for n, i := range entries {
			if reportConflict(p, title, ref, g.ix.Entry(i), entries[:n], entries[n+1:]) {
				break
			}
		}
	}
}

// fuller maps each value of entries that leaves parts unstated to the
// value, among the others, that states more of them and agrees with it on
// every part it states; of several, the one stated most often, then the
// first. Values are the parts of priceValue or quantityValue joined with
// "|": the first two (amount or number, and the top of a range) must be
// equal, the others (currency, period, unit) may be unstated.
func fuller(ix *Index, entries []int) map[string]string {
	var values []string
	count := map[string]int{}
	for _, i := range entries {
		v := ix.Entry(i).Value
		if count[v] == 0 {
			values = append(values, v)
		}
		count[v]++
	}
	into := map[string]string{}
	for _, v := range values {
		best := ""
		for _, w := range values {
			if stated(w) > stated(v) && compatible(v, w) && (best == "" || count[w] > count[best]) {
				best = w
			}
		}
		if best != "" {
			into[v] = best
		}
	}
	return into
}

// stated counts the parts of a value that are stated.
func stated(v string) int {
	n := 0
	for p := range strings.SplitSeq(v, "|") {
		if p != "" {
			n++
		}
	}
	return n
}

// compatible reports whether two values can be the same: equal in their
// first two parts, and in each other part equal or unstated in one.
func compatible(a, b string) bool {
	pa, pb := strings.Split(a, "|"), strings.Split(b, "|")
	if len(pa) != len(pb) || len(pa) < 2 || pa[0] != pb[0] || pa[1] != pb[1] {
		return false
	}
	for i := 2; i < len(pa); i++ {
		if pa[i] != "" && pb[i] != "" && pa[i] != pb[i] {
			return false
		}
	}
	return true
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// reportConflict reports entry e, which disagrees with the reference
// group, and the places before and after it that state the same value; it
// reports nothing, and returns false, when only e's own place states the
// reference.
func reportConflict(p *Pass, title string, ref *valueGroup, e Entry, before, after []int) bool {
	self := place{e.Location.Source, e.Structured}
	others := len(ref.entries) - ref.perPlace[self]
	if others == 0 {
		return false // only the same place says otherwise: not two sources
	}
	related, first := ref.relatedTo(self, others)
	where := first.Location.String()
	if others > 1 {
		where += " and " + strconv.Itoa(others-1) + " more " + plural(others-1, "place", "places")
	}
	found := e.Location.String()
	if n := len(before) + len(after); n > 0 {
		found += " and " + strconv.Itoa(n) + " more " + plural(n, "place", "places")
		for _, r := range slices.Concat(before, after) {
			related = append(related, ref.ix.Entry(r).Location)
		}
	}
	p.Report(Finding{
		Message: "Sources disagree on " + title + ": " +
			ref.side() + ": " + ref.display + " at " + where + "; " +
			side(&e) + ": " + e.Display + " at " + found + ".",
		Location: e.Location,
		Channel:  e.Channel,
		Subject:  e.Subject,
		Expected: ref.display,
		Found:    e.Display,
		Excerpt:  e.Excerpt,
		Related:  related,
	})
	return true
}

// relatedTo returns the locations of the group's first entries (up to
// maxRelated) that are not at self, and the first of those entries.
//
// Most entries that disagree with a group share no place with it, and then
// that list is the same for all of them: it is made once and shared, its
// capacity cut to its length so that no one appends into another finding's
// list. A conflict on a value that a thousand pages repeat would otherwise
// hold ten locations a finding, each its own copy.
func (g *valueGroup) relatedTo(self place, others int) ([]extract.Location, *Entry) {
	n := min(len(g.entries), maxRelated)
	at := func(i int) bool { r := g.ix.Entry(i); return (place{r.Location.Source, r.Structured}) == self }
	if !slices.ContainsFunc(g.entries[:n], at) {
		if g.related == nil {
			g.related = make([]extract.Location, n)
			for k, i := range g.entries[:n] {
				g.related[k] = g.ix.Entry(i).Location
			}
		}
		first := g.ix.Entry(g.entries[0])
		return g.related[:n:n], &first
	}
	related := make([]extract.Location, 0, min(others, maxRelated))
	var first *Entry
	for _, i := range g.entries {
		if at(i) {
			continue
		}
		r := g.ix.Entry(i)
		if first == nil {
			first = &r
		}
		related = append(related, r.Location)
		if len(related) == maxRelated {
			break
		}
	}
	return related, first
}

// side names who said a value: the entry's channel, and whether it was in
// the page's structured data.
func side(e *Entry) string {
	if e.Structured {
		return team(e) + " (structured data)"
	}
	return team(e)
}

// side names who stated the group's value: "marketing and sales".
func (g *valueGroup) side() string {
	s := joinAnd(g.teams)
	if g.structured {
		s += " (structured data)"
	}
	return s
}

// team is the channel of an entry's source.
func team(e *Entry) string {
	if e.Channel == "" {
		return "other"
	}
	return e.Channel
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// joinAnd joins words as a sentence lists them: "a", "a and b", "a, b and c".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
