package story

import (
	"fmt"
	"strings"

	"github.com/onestory/onestory/internal/suggest"
)

// Error is one problem in a story file: where it is and what is wrong.
// Load and Parse return every Error of a file at once, joined with
// errors.Join; use errors.As to get the first, or unwrap the join to get
// them all.
type Error struct {
	File   string // the story file's name, as given to Load or Parse
	Line   int    // 1-based; 0 when the problem is the whole file
	Column int    // 1-based; 0 when unknown
	Path   string // key path, like "products[0].plans[1].price"; "" for the document
	Msg    string // what is wrong, and the choices where there are choices
	Err    error  // the cause, when another package found the problem (a price parser error); may be nil
}

// Unwrap returns the cause of the problem, or nil.
func (e *Error) Unwrap() error { return e.Err }

// Error returns "FILE:LINE:COL: PATH: MSG", leaving out the parts that are
// unknown.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// nearest returns the choice closest to s when it is a likely typo, or "".
func nearest(s string, choices []string) string { return suggest.Nearest(s, choices) }

// choices formats allowed values for a message: "a, b or c", each quoted.
func choices(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	if len(q) <= 1 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// didYouMean returns " (did you mean "x"?)" when a choice is near s, else "".
func didYouMean(s string, list []string) string {
	if n := nearest(s, list); n != "" {
		return fmt.Sprintf(" (did you mean %q?)", n)
	}
	return ""
}
