package report

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
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
		{"owners.CSV", "csv", true},
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

// TestGitHubAnnotationLimit: past 10 annotations of a level, the github
// format ends with a notice saying how many GitHub will not show.
func TestGitHubAnnotationLimit(t *testing.T) {
	for _, tc := range []struct {
		errors, warnings int
		want             string // "" for no notice
	}{
		{10, 10, ""},
		{11, 3, "1 finding not shown"},
		{25, 12, "17 findings not shown"},
	} {
		var fs []rules.Finding
		for i := range tc.errors + tc.warnings {
			sev := rules.Error
			if i >= tc.errors {
				sev = rules.Warning
			}
			fs = append(fs, rules.Finding{Rule: "term", Severity: sev, Message: "m",
				Location: extract.Location{Source: "a.md", Line: i + 1}})
		}
		var b strings.Builder
		if err := GitHub(&b, New("test", "messaging.yaml", nil, fs), Options{}); err != nil {
			t.Fatal(err)
		}
		notice := strings.Contains(b.String(), "::notice title=onestory::GitHub shows at most 10 error")
		if notice != (tc.want != "") || !strings.Contains(b.String(), tc.want) {
			t.Errorf("%d errors, %d warnings: notice %v, want %q:\n%s", tc.errors, tc.warnings, notice, tc.want, b.String())
		}
	}
}
