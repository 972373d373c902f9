package check

import (
	"context"
	"testing"
	"time"

	"github.com/onestory/onestory/story"
)

// TestMessageParaphrase checks missing-message both ways on one page of
// the bundled example: a key message it says in other words over two
// sentences is conveyed, and one it does not say stays missing.
func TestMessageParaphrase(t *testing.T) {
	t.Chdir("..")
	s, err := story.Load("messaging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Run(context.Background(), Config{Story: s, Sources: []string{"testdata/content/blog/real-paraphrase.md"},
		Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	missing := map[string]bool{}
	for f := range r.Findings.All() {
		if f.Rule == "missing-message" && f.Channel == "marketing" {
			missing[f.Subject] = true
		}
	}
	if missing["eu-data"] {
		t.Error("eu-data is missing from marketing, want it conveyed by the page's two-sentence paraphrase")
	}
	if !missing["one-afternoon"] {
		t.Error("one-afternoon is not missing from marketing, want it missing: the page does not say it")
	}
}
