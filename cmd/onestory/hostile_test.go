package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract/isolate"
	"github.com/onestory/onestory/internal/hostile"
)

// TestMain lets this test binary serve as the document reader that check
// starts, as main does.
func TestMain(m *testing.M) {
	isolate.Main()
	os.Exit(m.Run())
}

// TestHostileDocuments checks every hostile document of issue 15 beside
// good ones, through the command line with a document budget: the run
// ends, the good files' findings are there, each hostile one is an
// unreadable-source finding naming the limit it hit, and the report is
// written.
func TestHostileDocuments(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	if err := hostile.Write(dir); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{ // the finding's message says
		"huge-xref-index.pdf":        "beyond the 8388607 objects PDF allows",
		"extends-loop.pdf":           "object stream 3 extends itself through a loop",
		"extends-loop-long-dict.pdf": "object stream 3 extends itself through a loop",
		"inflate-bomb.pdf":           "a content stream inflates to more than 64 MB",
		"form-fanout.pdf":            "a page draws forms more than 5000 times",
		"deep-quote.md":              "nests block quotes or lists more than 100 levels deep",
		"deep-list.md":               "nests block quotes or lists more than 100 levels deep",
		"link-openers.md":            "reading it took longer than 10s, the time limit for one document",
		"encrypted.docx":             "encrypted/password-protected document",
	}
	if len(want) != len(hostile.Cases()) {
		t.Fatalf("%d cases, %d expectations", len(hostile.Cases()), len(want))
	}
	out := filepath.Join(t.TempDir(), "report.json")
	code, _, stderr := onestory(t, "", "check", dir, "testdata/collateral/kestrel-onepager.pdf", "testdata/content",
		"--today", "2026-11-27", "--doc-timeout", "10s", "--doc-memory", "256", "--workers", "2",
		"--format", "json", "--output", out)
	if code != exitFindings {
		t.Fatalf("exit code %d, want %d; stderr:\n%s", code, exitFindings, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Findings []struct {
			Rule, Message string
			Location      struct{ Source string }
		}
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	good := map[string]int{}
	for _, f := range r.Findings {
		name := filepath.Base(f.Location.Source)
		if w, ok := want[name]; ok && filepath.Dir(f.Location.Source) == dir {
			if f.Rule != "unreadable-source" || !strings.Contains(f.Message, w) {
				t.Errorf("%s: %s %q, want unreadable-source saying %q", name, f.Rule, f.Message, w)
			}
			delete(want, name)
			continue
		}
		good[f.Location.Source]++
	}
	for name, w := range want {
		t.Errorf("%s: no unreadable-source finding saying %q", name, w)
	}
	for _, src := range []string{"testdata/collateral/kestrel-onepager.pdf", "testdata/content/blog/launch.md"} {
		if good[src] == 0 {
			t.Errorf("no findings for the good file %s", src)
		}
	}
}

// TestBudgetFlags checks that the budget's flags, and their environment
// variables, refuse a negative limit before anything is read.
func TestBudgetFlags(t *testing.T) {
	chdirRoot(t)
	code, _, stderr := onestory(t, "", "check", "--doc-timeout", "-1s", "testdata/collateral")
	if code != exitUsage || !strings.Contains(stderr, "cannot be negative") {
		t.Errorf("--doc-timeout -1s: exit %d, %s", code, stderr)
	}
	t.Setenv("ONESTORY_DOC_MEMORY", "-5")
	code, _, stderr = onestory(t, "", "inspect", "testdata/collateral/kestrel-onepager.pdf")
	if code != exitUsage || !strings.Contains(stderr, "cannot be negative") {
		t.Errorf("ONESTORY_DOC_MEMORY=-5: exit %d, %s", code, stderr)
	}
}
