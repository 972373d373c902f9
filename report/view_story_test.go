package report

import (
	"slices"
	"testing"
	"time"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// TestViewNameItems checks the rows drawn from plan-name and stale-value
// findings: a channel that names an unknown plan or states an old value
// departs from the story; one that does neither says nothing about them.
func TestViewNameItems(t *testing.T) {
	s := &story.Story{
		Channels: []story.Channel{{Name: "marketing"}, {Name: "sales"}},
		Products: []story.Product{{ID: "pulse", Name: "Pulse", Plans: []story.Plan{{ID: "free", Name: "Free"}, {ID: "team", Name: "Team"}}}},
		Changes: []story.Change{{ID: "positioning", Was: []string{"universal code search"}, Now: "code AI platform",
			Changed: time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)}},
	}
	loc := extract.Location{Source: "deck.md", Line: 3}
	findings := []rules.Finding{
		{Rule: "plan-name", Channel: "sales", Subject: "pulse", Found: "Business", Location: loc},
		{Rule: "stale-value", Channel: "marketing", Subject: "positioning", Found: "universal code search", Location: loc},
	}
	v := NewView(s, nil, slices.Values(findings))
	want := map[string][2]string{ // label → marketing, sales
		"Pulse plans":                      {NotStated, Conflicting},
		"change: positioning (2023-09-01)": {Conflicting, NotStated},
	}
	got := map[string]bool{}
	for _, it := range v.Items {
		w, ok := want[it.Label]
		if !ok {
			continue
		}
		got[it.Label] = true
		if it.Cells[0].State != w[0] || it.Cells[1].State != w[1] {
			t.Errorf("%s: states %s, %s; want %s, %s", it.Label, it.Cells[0].State, it.Cells[1].State, w[0], w[1])
		}
	}
	if len(got) != len(want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	if it := v.Items[len(v.Items)-1]; it.Story == "" {
		t.Errorf("row %s has no story value", it.Label)
	}
}
