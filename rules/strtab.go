package rules

import (
	"github.com/onestory/onestory/analyze"
	"strings"

	"github.com/onestory/onestory/extract"
)

// strtab holds one copy of every string that findings and index entries
// keep until the report is written.
//
// A rule cuts what it found, the excerpt and the selector out of its
// document's text; kept as they are, those substrings would hold every
// document of the run in memory. strtab copies each such string once and
// hands the same copy to every later finding or entry that holds an equal
// string: the sentence several findings quote, the wrong price a hundred
// pages repeat, the message "“Route planner” should be written
// “RoutePlanner”." on every page that says so. On the benchmark corpus this
// halves what 232,000 findings hold.
type strtab map[string]string

// maxShared is how many strings a checker's strtab shares before it starts
// afresh. The findings that go straight to the report keep their strings
// only while the report's store holds them in memory (a bounded number); a
// table that kept every string of every finding would grow with the
// findings of a corpus whose sentences do not repeat. What the index and
// the held findings keep stays in the index's table (Index.id) whatever
// strtab forgets.
const maxShared = 1 << 16

// full reports whether the table holds more than max strings.
func (t strtab) full(max int) bool { return len(t) > max }

// keep returns the table's copy of s, making one when s is new.
func (t strtab) keep(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := t[s]; ok {
		return c
	}
	c := strings.Clone(s)
	t[c] = c
	return c
}

// finding replaces the strings of f by the table's copies.
func (t strtab) finding(f *Finding) {
	f.Message = t.keep(f.Message)
	f.Subject = t.keep(f.Subject)
	f.Expected = t.keep(f.Expected)
	f.Found = t.keep(f.Found)
	f.Excerpt = t.keep(f.Excerpt)
	f.Fix = t.keep(f.Fix)
	f.value = t.keep(f.value)
	t.location(&f.Location)
	for i := range f.Related {
		t.location(&f.Related[i])
	}
}

// entry replaces the strings of e by the table's copies.
func (t strtab) entry(e *Entry) {
	e.Kind = analyze.Kind(t.keep(string(e.Kind)))
	e.Subject, e.Channel, e.Value = t.keep(e.Subject), t.keep(e.Channel), t.keep(e.Value)
	e.Display, e.Text, e.Excerpt = t.keep(e.Display), t.keep(e.Text), t.keep(e.Excerpt)
	e.Name = t.keep(e.Name) // a listing's product name, cut from its page
	t.location(&e.Location)
}

func (t strtab) location(l *extract.Location) {
	l.Source = t.keep(l.Source)
	l.Selector = t.keep(l.Selector)
}
