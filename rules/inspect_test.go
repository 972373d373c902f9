package rules

import (
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

func TestNameMentions(t *testing.T) {
	s := planStory()
	s.Messages = []story.Message{{ID: "platform", Text: "Sourcegraph is a code AI platform"}}
	s.Changes = []story.Change{{ID: "positioning", What: "platform", Kind: story.ChangeMessage,
		Was: []string{"universal code search"}, Now: "code AI platform", Changed: time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)}}
	lines := []string{"Move to the Team plan or the Business tier.", "Sourcegraph is universal code search."}
	d := &analyze.Doc{Source: "p.md", Text: &extract.Text{}}
	for i, l := range lines {
		loc := extract.Location{Source: "p.md", Line: i + 1, Column: 1}
		d.Text.Blocks = append(d.Text.Blocks, extract.Block{Text: l, Location: loc})
		d.Sentences = append(d.Sentences, analyze.Sentence{Text: l, Block: i, Location: loc})
	}
	got := NameMentions(s, d, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	want := []struct{ kind, text, match string }{
		{"plan", "Team", "unknown"}, {"plan", "Business", "retired"}, {"change", "universal code search", "old"}}
	if len(got) != len(want) {
		t.Fatalf("got %d mentions %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if string(got[i].Kind) != w.kind || got[i].Text != w.text || got[i].Match != w.match {
			t.Errorf("mention %d = %s %q %s, want %s %q %s", i, got[i].Kind, got[i].Text, got[i].Match, w.kind, w.text, w.match)
		}
	}
	if got[1].Location.Column != 30 {
		t.Errorf("Business at column %d, want 30", got[1].Location.Column)
	}
}
