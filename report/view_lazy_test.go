package report

import (
	"bytes"
	"testing"
	"time"
)

// TestViewFrom checks that a deferred story matrix is built only when a
// format asks for it (html, the history's scores), once, and that the
// formats that do not show it never build it.
func TestViewFrom(t *testing.T) {
	r := sampleWithView()
	want := r.View
	built := 0
	r.ViewFrom(func() *View { built++; return want })
	for _, name := range []string{"json", "sarif", "text", "junit", "markdown", "csv", "github", "checkstyle"} {
		w, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := w(&bytes.Buffer{}, r, Options{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if built != 0 {
		t.Fatalf("formats without the matrix built it %d times", built)
	}
	var html bytes.Buffer
	if err := HTML(&html, r, Options{}); err != nil {
		t.Fatal(err)
	}
	e := NewHistoryEntry(r, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC))
	if built != 1 {
		t.Errorf("html and history built the matrix %d times, want once", built)
	}
	if r.StoryView() != want || e.Overall != want.Scores.Overall {
		t.Errorf("StoryView() = %p (overall %d), want the built matrix %p (overall %d)", r.StoryView(), e.Overall, want, want.Scores.Overall)
	}
	var none Report
	if none.StoryView() != nil {
		t.Error("a report with no matrix returned one")
	}
}
