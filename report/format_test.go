package report

import (
	"strings"
	"testing"
)

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct {
		path, want string
		ok         bool
	}{
		{"report.html", "html", true},
		{"out/REPORT.HTM", "html", true},
		{"r.json", "json", true},
		{"onestory.sarif", "sarif", true},
		{"junit.xml", "junit", true},
		{"summary.md", "markdown", true},
		{"notes.markdown", "markdown", true},
		{"report.txt", "", false},
		{"report", "", false},
		{"a.html/report", "", false},
	} {
		got, ok := FormatOf(tc.path)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FormatOf(%q) = %q, %v; want %q, %v", tc.path, got, ok, tc.want, tc.ok)
		}
	}
	for ext, f := range extensions {
		if _, err := Lookup(f); err != nil {
			t.Errorf("extension %s names %v", ext, err)
		}
	}
}

// TestInterruptedReport: an interrupted run says so in text, Markdown,
// HTML and JSON; a finished run says nothing of it.
func TestInterruptedReport(t *testing.T) {
	for _, interrupted := range []bool{false, true} {
		r := New("test", "messaging.yaml", nil, nil)
		r.Summary.Interrupted = interrupted
		for format, want := range map[string]string{
			"text": "Interrupted: the run was stopped", "markdown": "Interrupted: the run was stopped",
			"html": `class="interrupted"`, "json": `"interrupted": true`,
		} {
			w, _ := Lookup(format)
			var b strings.Builder
			if err := w(&b, r, Options{}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(b.String(), want); got != interrupted {
				t.Errorf("%s, interrupted %v: contains %q = %v", format, interrupted, want, got)
			}
		}
	}
}
