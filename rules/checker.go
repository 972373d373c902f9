package rules

import (
	"errors"
	"fmt"
	"github.com/onestory/onestory/format"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

// active is a rule as one story runs it: with its severity after overrides.
type active struct {
	rule *Rule
	sev  Severity
}

// Checker runs the rules of one story over a corpus. Document may be called
// from many goroutines; Corpus is called once, after every Document.
type Checker struct {
	story  *story.Story
	now    time.Time
	docs   []active // Document scope, built-in then custom, by id
	corpus []active // Corpus scope
	unread *active  // unreadable-source; nil when off
	known  *storyIndex

	mu       sync.Mutex
	index    Index
	suppress map[string]*suppressions // by source
	gathers  map[string]bool          // ids of the Gather rules on
	held     blocks[heldFinding]      // of Gather rules, kept for Corpus
	strs     strtab                   // the strings findings and entries keep
	spare    sync.Pool                // of *scratch, for Document
}

// NewChecker compiles the story's custom rules and applies its severity
// overrides. The error names every custom rule or override it cannot use
// (an unknown rule id among them: see Validate), with its place in the
// story file.
func NewChecker(s *story.Story, now time.Time) (*Checker, error) {
	if s == nil {
		s = &story.Story{}
	}
	c := &Checker{story: s, now: now, suppress: map[string]*suppressions{}, strs: strtab{}, gathers: map[string]bool{}, known: newStoryIndex(s)}
	errs := []error{Validate(s)}
	rs := All()
	for _, cr := range s.Custom {
		if cr.Off {
			continue
		}
		r, err := compileCustom(cr, fmt.Sprintf("%s:%d:%d", s.Path, cr.Pos.Line, cr.Pos.Column))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rs = append(rs, r)
	}
	for _, r := range rs {
		a, on, err := configure(s, r)
		if err != nil {
			errs = append(errs, err)
		}
		if !on || r.Catalog && s.Catalog == nil {
			continue
		}
		if r.Gather && r.Scope == Document {
			c.gathers[r.ID] = true
		}
		switch {
		case r == unreadableSource:
			c.unread = &a
		case r.Scope == Corpus:
			c.corpus = append(c.corpus, a)
		default:
			c.docs = append(c.docs, a)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return c, nil
}

// Rules returns the rules this checker runs, built-in and custom, sorted by
// id, each a copy whose Severity is the one the story sets; rules the story
// turns off, and the catalogue's rules when it has no catalogue, are left
// out.
func (c *Checker) Rules() []*Rule {
	var out []*Rule
	for _, list := range [][]active{c.docs, c.corpus} {
		for _, a := range list {
			r := *a.rule
			r.Severity = a.sev
			out = append(out, &r)
		}
	}
	if c.unread != nil {
		r := *c.unread.rule
		r.Severity = c.unread.sev
		out = append(out, &r)
	}
	slices.SortFunc(out, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// configure applies the story's override for r: its severity, or off.
func configure(s *story.Story, r *Rule) (active, bool, error) {
	a := active{rule: r, sev: r.Severity}
	set, ok := s.Rules[r.ID]
	if !ok {
		return a, true, nil
	}
	if set.Off {
		return a, false, nil
	}
	if set.Severity != "" {
		sev, err := ParseSeverity(set.Severity)
		if err != nil {
			return a, true, &story.Error{File: s.Path, Line: set.Pos.Line, Column: set.Pos.Column, Path: "rules." + r.ID, Msg: err.Error(), Err: err}
		}
		a.sev = sev
	}
	return a, true, nil
}

// run runs one rule over a pass and returns what it reported.
func (a active) run(p Pass, out []Finding) []Finding {
	p.rule, p.sev = a.rule, a.sev
	p.emit = func(f Finding) { out = append(out, f) }
	a.rule.Check(&p)
	return out
}

// Document runs the document rules over d, applies its inline suppressions,
// records its mentions in the corpus index, and returns its findings,
// sorted. The findings of rules that gather places (Rule.Gather: a wrong
// price or fact, wherever it is stated, is one finding) are kept and
// returned by Corpus.
func (c *Checker) Document(d *analyze.Doc) []Finding {
	if d == nil {
		return nil
	}
	s := c.scratch()
	out := s.findings[:0]
	for _, a := range c.docs {
		out = a.run(Pass{Story: c.story, Doc: d, Now: c.now, known: c.known}, out)
	}
	if c.unread != nil {
		out = c.unread.run(Pass{Story: c.story, Doc: d, Now: c.now, known: c.known}, out)
	}
	sup := newSuppressions(d.Text)
	out = unsuppressed(out, func(f Finding) *suppressions { return sup })
	Sort(out)
	entries := c.appendEntries(s.entries[:0], s.seen, d)
	c.mu.Lock()
	for i := range out {
		c.strs.finding(&out[i])
	}
	out = c.hold(out)
	for i := range entries {
		c.strs.entry(&entries[i])
		c.index.add(&entries[i])
	}
	c.index.Docs = append(c.index.Docs, DocInfo{Source: d.Source, Channel: d.Channel, Format: d.Format})
	if sup != nil {
		c.suppress[d.Source] = sup
	}
	if c.strs.full(maxShared) {
		c.strs = strtab{}
	}
	c.mu.Unlock()
	var fs []Finding
	if len(out) > 0 {
		fs = slices.Clone(out)
	}
	c.reuse(s, out, entries)
	return fs
}

// hold moves the findings of Gather rules from fs to c.held, for Corpus
// to report once for all their places, and returns the rest. c.mu is held.
func (c *Checker) hold(fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if c.gathers[f.Rule] {
			c.held.add(c.index.hold(&f))
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// Unreadable records a source that could not be read or parsed and returns
// its unreadable-source finding (none if that rule is off).
func (c *Checker) Unreadable(source, channel string, f format.Format, err error) []Finding {
	if err == nil {
		err = errors.New("unknown error")
	}
	c.mu.Lock()
	c.index.Docs = append(c.index.Docs, DocInfo{Source: source, Channel: channel, Format: f, Err: err.Error()})
	c.mu.Unlock()
	if c.unread == nil {
		return nil
	}
	d := &analyze.Doc{Source: source, Channel: channel, Format: f}
	return c.unread.run(Pass{Story: c.story, Doc: d, Now: c.now, Err: err}, nil)
}

// Corpus runs the corpus rules over the index of every document seen,
// applies the suppressions of the documents the findings are located in,
// and returns the findings, sorted, with one finding for each wrong value
// the Gather rules found in the documents (see gather).
func (c *Checker) Corpus() []Finding {
	c.mu.Lock()
	defer c.mu.Unlock()
	sortIndex(&c.index)
	var out []Finding
	for _, a := range c.corpus {
		out = a.run(Pass{Story: c.story, Index: &c.index, Now: c.now, known: c.known}, out)
	}
	out = unsuppressed(out, func(f Finding) *suppressions { return c.suppress[f.Location.Source] })
	c.index.sortHeld(&c.held)
	out = append(out, gather(c.index.findings(&c.held))...)
	c.held, c.index.related = blocks[heldFinding]{}, nil
	Sort(out)
	return out
}

// unsuppressed drops the findings that the suppressions of their source
// silence.
func unsuppressed(fs []Finding, of func(Finding) *suppressions) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if !of(f).suppressed(f.Rule, f.Location) {
			out = append(out, f)
		}
	}
	return out
}

// Statements returns what the documents seen so far state about the
// story's subjects — attributed prices and quantities, approved claims as
// stated, key messages conveyed — in a fixed order. The shared view of the
// HTML report is built from them.
func (c *Checker) Statements() []Entry {
	c.mu.Lock()
	defer c.mu.Unlock()
	sortIndex(&c.index)
	return c.index.Entries()
}

// Reads returns the mentions the rules this checker runs read, so that the
// Analyzer feeding it (analyze.NewFor) looks for nothing else.
func (c *Checker) Reads() analyze.Finders {
	var f analyze.Finders
	for _, a := range append(append([]active(nil), c.docs...), c.corpus...) {
		f |= a.rule.Reads
	}
	return f
}
