package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/onestory/onestory/crawl"
)

func TestSummarySkipped(t *testing.T) {
	r := New("test", "messaging.yaml", []Document{{Source: "a.md", Status: "ok"}}, nil)
	if got := summaryLine(r); strings.Contains(got, "skipped") {
		t.Errorf("summary %q mentions skipped files when there are none", got)
	}
	b, _ := json.Marshal(r.Summary)
	if strings.Contains(string(b), "skipped") {
		t.Errorf("JSON summary %s has skipped when there are none", b)
	}
	r.Summary.Skipped = 2
	if got, want := summaryLine(r), "0 findings in 1 document; 2 files skipped (onestory inspect says why)."; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	b, _ = json.Marshal(r.Summary)
	if !strings.Contains(string(b), `"skipped":2`) {
		t.Errorf("JSON summary %s lacks \"skipped\":2", b)
	}
}

func TestInspectTextListsSkipped(t *testing.T) {
	in := NewInspection(nil)
	in.Skipped = []crawl.Skip{{Source: "site/notes.rst", Reason: `unknown extension ".rst"`}}
	var buf bytes.Buffer
	if err := InspectText(&buf, in); err != nil {
		t.Fatal(err)
	}
	if want := "skipped (1):\n  site/notes.rst: unknown extension \".rst\"\n"; buf.String() != want {
		t.Errorf("InspectText wrote %q, want %q", buf.String(), want)
	}
}
