package rules

import (
	"fmt"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/suggest"
	"github.com/onestory/onestory/story"
)

// Severity is how serious a finding is.
type Severity int

// The severities, weakest first.
const (
	Info Severity = iota
	Warning
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "info"
	}
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name, as MarshalText writes it.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	hint := ""
	if n := suggest.Nearest(s, []string{"error", "warning", "info"}); n != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", n)
	}
	return 0, fmt.Errorf("unknown severity %q%s; want error, warning or info", s, hint)
}

// Scope says what a rule looks at.
type Scope int

// The scopes.
const (
	Document Scope = iota // one analysed document at a time, in parallel
	Corpus                // once, over the index of every document's mentions
)

// Rule checks one aspect of what sources say against the story.
type Rule struct {
	ID       string   // kebab-case, stable forever: "product-name"
	Doc      string   // "title\n\ndetails"
	Severity Severity // default; messaging.yaml may override
	Scope    Scope
	// Reads names the mentions the rule reads, and FindSentences if it
	// reads Doc.Sentences; the checker's Analyzer looks for no others (see
	// Checker.Reads). Zero: the rule reads neither.
	Reads analyze.Finders
	// Gather, for a Document rule, makes one finding of the places in one
	// channel where the rule finds the same wrong value for the same subject:
	// the checker keeps them until Corpus, which reports the first place
	// with the others as Related (see gather.go). One problem, one finding.
	Gather bool
	// Catalog marks a rule that compares pages with the story's product
	// catalogue (story.Catalog) and nothing else: the checker runs it only
	// when the story has one, so a story without one pays nothing for it.
	Catalog bool
	// Marks says what the rule's findings mark in the story matrix, the
	// shared view of each canonical item against each channel (matrix.go).
	Marks Mark
	Check func(*Pass)
}

// Finding is one place where a source departs from the story or from
// another source.
type Finding struct {
	Rule     string             `json:"rule"`
	Severity Severity           `json:"severity"`
	Message  string             `json:"message"`
	Channel  string             `json:"channel"`
	Subject  string             `json:"subject"`
	Expected string             `json:"expected"`
	Found    string             `json:"found"`
	Excerpt  string             `json:"excerpt"`
	Location extract.Location   `json:"location"`
	Related  []extract.Location `json:"related"`
	Fix      string             `json:"fix,omitempty"`
	// value is the normal form of Found that a Gather rule groups places
	// by, so that "$21" and "$21 per vehicle per month" on a Fleet plan are
	// one wrong value; "" groups by Found. It never leaves the checker.
	value string
}

// Pass is the only door between a rule and the checker.
type Pass struct {
	Story *story.Story
	Doc   *analyze.Doc // Document scope
	Index *Index       // Corpus scope
	Now   time.Time    // today, injectable for tests
	// Err is why the document could not be read; set only on the pass that
	// reports an unreadable source (Doc then carries just its name).
	Err   error
	known *storyIndex // the story's names and changes, indexed once per checker
	rule  *Rule
	sev   Severity
	emit  func(Finding)
}

// Report records a finding of the pass's rule. Rule and Severity are filled
// in, Channel defaults to the document's, and a nil Related becomes empty.
func (p *Pass) Report(f Finding) {
	f.Rule = p.rule.ID
	f.Severity = p.sev
	if f.Channel == "" && p.Doc != nil {
		f.Channel = p.Doc.Channel
	}
	if f.Related == nil {
		f.Related = []extract.Location{}
	}
	p.emit(f)
}
