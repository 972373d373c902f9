package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLReportElsewhere: an HTML report written in another folder names
// the company and date in its header and links to the sources relative to
// its own folder; with --history, each run appends a line and the second
// report charts the consistency over time.
func TestHTMLReportElsewhere(t *testing.T) {
	chdirRoot(t)
	out := t.TempDir()
	page, hist := filepath.Join(out, "reports", "report.html"), filepath.Join(out, "history.jsonl")
	if err := os.Mkdir(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{"check", "--today", "2026-11-27", "--fail-on", "never", "--quiet", "--output", page, "--history", hist, "testdata/site"}
	for run := 1; run <= 2; run++ {
		if code, _, errs := onestory(t, "", args...); code != exitOK {
			t.Fatalf("run %d: exit %d: %s", run, code, errs)
		}
		lines, err := os.ReadFile(hist)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(lines), "\n"); n != run {
			t.Fatalf("after run %d the history has %d lines, want %d", run, n, run)
		}
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	wd, _ := os.Getwd()
	rel, _ := filepath.Rel(filepath.Dir(page), filepath.Join(wd, "testdata", "site"))
	for _, want := range []string{
		"Kestrel Fleetworks: does everything tell one story?", `<time id="date">27 November 2026</time>`,
		`href="` + filepath.ToSlash(rel) + `/`, `id="heatmap"`, `id="history"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(html, `href="testdata/site/`) {
		t.Error("a link is relative to the working directory, not to the report's folder")
	}
}
