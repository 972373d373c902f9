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
	entries  []*Entry
	matches  bool // the story's value
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
// value. In each subject stated with more than one value, the value stated
// most often (the story's on a tie, then the first by location) is the
// reference; every entry with another value is reported once, with the
// reference's locations in other sources (or the other side of the same
// page's structured data) as Related. Entries must be sorted by location.
func reportConflicts(p *Pass, spec conflictSpec) {
	type key struct {
		subject string
		annual  bool
	}
	subjects := map[key][]*Entry{}
	var order []key
	for i := range p.Index.Entries {
		e := &p.Index.Entries[i]
		if e.Kind != spec.kind || e.Subject == "" || e.Value == "" {
			continue
		}
		k := key{e.Subject, e.Annual}
		if subjects[k] == nil {
			order = append(order, k)
		}
		subjects[k] = append(subjects[k], e)
	}
	for _, k := range order {
		groups := groupValues(subjects[k], spec.canonical(k.subject, k.annual))
		for _, g := range groups[1:] {
			for _, e := range g.entries {
				reportConflict(p, spec.title(k.subject, k.annual), groups[0], e)
			}
		}
	}
}

// groupValues splits one subject's entries by value, the reference first.
func groupValues(entries []*Entry, canonical string) []*valueGroup {
	byValue := map[string]*valueGroup{}
	var groups []*valueGroup
	for _, e := range entries {
		g := byValue[e.Value]
		if g == nil {
			g = &valueGroup{value: e.Value, matches: e.Value == canonical, perPlace: map[place]int{}, structured: true}
			byValue[e.Value] = g
			groups = append(groups, g)
		}
		g.entries = append(g.entries, e)
		g.perPlace[place{e.Location.Source, e.Structured}]++
		if t := team(e); !slices.Contains(g.teams, t) {
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
		return cmp.Or(cmp.Compare(len(b.entries), len(a.entries)), compareBool(b.matches, a.matches))
	})
	return groups
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

// reportConflict reports entry e, which disagrees with the reference group.
func reportConflict(p *Pass, title string, ref *valueGroup, e *Entry) {
	self := place{e.Location.Source, e.Structured}
	others := len(ref.entries) - ref.perPlace[self]
	if others == 0 {
		return // only the same place says otherwise: not two sources
	}
	related, first := ref.relatedTo(self, others)
	where := first.Location.String()
	if others > 1 {
		where += " and " + strconv.Itoa(others-1) + " more " + plural(others-1, "place", "places")
	}
	p.Report(Finding{
		Message: "Sources disagree on " + title + ": " +
			ref.side() + ": " + ref.display + " at " + where + "; " +
			side(e) + ": " + e.Display + " at " + e.Location.String() + ".",
		Location: e.Location,
		Channel:  e.Channel,
		Subject:  e.Subject,
		Expected: ref.display,
		Found:    e.Display,
		Excerpt:  e.Excerpt,
		Related:  related,
	})
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
	if !slices.ContainsFunc(g.entries[:n], func(r *Entry) bool { return (place{r.Location.Source, r.Structured}) == self }) {
		if g.related == nil {
			g.related = make([]extract.Location, n)
			for i, r := range g.entries[:n] {
				g.related[i] = r.Location
			}
		}
		return g.related[:n:n], g.entries[0]
	}
	related := make([]extract.Location, 0, min(others, maxRelated))
	var first *Entry
	for _, r := range g.entries {
		if (place{r.Location.Source, r.Structured}) == self {
			continue
		}
		if first == nil {
			first = r
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
