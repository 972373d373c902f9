package rules

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/extract"
)

// State is what a checker keeps of the documents it has seen for its
// corpus rules: the index of their mentions, the findings of the rules that
// gather places (Rule.Gather), held until Corpus, and each source's inline
// suppressions. A shard of a run exports it (Checker.State) and a merge
// feeds the states of every shard to one checker (Checker.Absorb), whose
// Corpus then reports what one run over every document would.
type State struct {
	Docs     []DocInfo
	Entries  []Entry
	Held     []Held
	Suppress []Suppression
}

// Held is a finding of a gathering rule with the normal form of its value
// that gathering groups places by.
type Held struct {
	Finding
	Value string `json:"value,omitempty"`
}

// Suppression is one source's inline suppression comments and the lines
// of the source that hold text (disable-next-line silences the next one).
type Suppression struct {
	Source     string              `json:"source"`
	Directives []extract.Directive `json:"directives"`
	Lines      []int               `json:"lines"`
}

// State returns a copy of what the checker holds for its corpus rules, in
// a fixed order whatever order the documents were checked in.
func (c *Checker) State() State {
	c.mu.Lock()
	defer c.mu.Unlock()
	sortIndex(&c.index)
	st := State{Docs: slices.Clone(c.index.Docs), Entries: c.index.Entries()}
	c.index.sortHeld(&c.held)
	for f := range c.index.findings(&c.held) {
		st.Held = append(st.Held, Held{Finding: f, Value: f.value})
	}
	for src, s := range c.suppress {
		st.Suppress = append(st.Suppress, Suppression{Source: src, Directives: s.directives, Lines: s.lines})
	}
	slices.SortFunc(st.Suppress, func(a, b Suppression) int { return strings.Compare(a.Source, b.Source) })
	return st
}

// Absorb adds a state another checker of the same story exported to what
// this checker holds, as if it had seen those documents itself. The
// index's table keeps one copy of a string every part repeats; a state's
// strings are its own (decoded, or another index's), cut from no
// document's text, so they need no strtab copy first.
func (c *Checker) Absorb(st State) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.index.Docs = append(c.index.Docs, st.Docs...)
	for _, e := range st.Entries {
		c.index.add(&e)
	}
	for _, h := range st.Held {
		f := h.Finding
		f.value = h.Value
		c.held.add(c.index.hold(&f))
	}
	for _, s := range st.Suppress {
		c.suppress[s.Source] = &suppressions{directives: s.Directives, lines: s.Lines}
	}
}

// Strings keeps one copy of each string of the findings and entries given
// to it, as the checker does for its own (see strtab): a reader of many
// findings, such as a part being read back, holds each repeated source,
// message and excerpt once.
type Strings struct{ t strtab }

// NewStrings returns an empty table.
func NewStrings() *Strings { return &Strings{t: strtab{}} }

// Finding replaces the strings of f by the table's copies.
func (s *Strings) Finding(f *Finding) {
	s.t.finding(f)
	f.Rule, f.Channel = s.t.keep(f.Rule), s.t.keep(f.Channel)
}

// Entry replaces the strings of e by the table's copies.
func (s *Strings) Entry(e *Entry) {
	s.t.entry(e)
}

// Held replaces the strings of h by the table's copies.
func (s *Strings) Held(h *Held) {
	s.Finding(&h.Finding)
	h.Value = s.t.keep(h.Value)
}
