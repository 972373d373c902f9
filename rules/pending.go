package rules

import (
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

// Temporary signatures so other packages compile; the rules work replaces this file.

// All returns the built-in rules in a fixed order (sorted by id).
func All() []*Rule { return nil }

// Checker runs the rules of one story over a corpus. Document may be called
// from many goroutines; Corpus is called once, after every Document.
type Checker struct{}

// NewChecker compiles the story's custom rules and severity overrides.
func NewChecker(s *story.Story, now time.Time) (*Checker, error) { return &Checker{}, nil }

// Document runs the document rules over d, applies its inline suppressions,
// records its mentions in the corpus index, and returns its findings.
func (c *Checker) Document(d *analyze.Doc) []Finding { return nil }

// Unreadable records a source that could not be read or parsed and returns
// its unreadable-source finding (none if that rule is off).
func (c *Checker) Unreadable(source, channel, format string, err error) []Finding { return nil }

// Corpus runs the corpus rules over the index of every document seen.
func (c *Checker) Corpus() []Finding { return nil }

// Sort orders findings by source, line, slide, page, column, rule, message.
func Sort(f []Finding) {}
