package rules

import (
	"slices"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// cells builds a document of table cells, each given as its text and its
// headers.
func cells(rows ...[]string) *analyze.Doc {
	d := &analyze.Doc{Text: &extract.Text{}}
	for _, r := range rows {
		d.Text.Blocks = append(d.Text.Blocks, extract.Block{Kind: extract.Cell, Text: r[0], Context: r[1:]})
	}
	return d
}

func TestTablePlans(t *testing.T) {
	n := newPlanNames(planStory())
	tests := []struct {
		name string
		doc  *analyze.Doc
		want []string
	}{
		{"header row with a known plan", cells(
			[]string{"Feature"}, []string{"Free"}, []string{"Team"}, []string{"Enterprise"},
			[]string{"SSO", "Feature"}, []string{"No", "Free", "SSO"}, []string{"Yes", "Team", "SSO"}, []string{"Yes", "Enterprise", "SSO"},
			[]string{"Audit Logs", "Feature"}, []string{"No", "Free", "Audit Logs"}),
			[]string{"Team"}},
		{"plan column", cells(
			[]string{"Plan"}, []string{"Price"},
			[]string{"Free", "Plan"}, []string{"$0", "Price", "Free"},
			[]string{"Growth", "Plan"}, []string{"$49", "Price", "Growth"},
			[]string{"Enterprise Plus", "Plan"}, []string{"Custom", "Price", "Enterprise Plus"}),
			[]string{"Growth"}},
		{"header row with one known name", cells(
			[]string{"Feature"}, []string{"Status"}, []string{"Enterprise"}, []string{"Self-managed"},
			[]string{"Cohorts", "Feature"}, []string{"Live", "Status", "Cohorts"}),
			nil},
		{"header row of no plan", cells(
			[]string{"Name"}, []string{"Role"}, []string{"Team"},
			[]string{"Ada", "Name"}, []string{"Engineer", "Role", "Ada"}, []string{"Platform", "Team", "Ada"}),
			nil},
		{"feature rows are not plans", cells(
			[]string{"Free"}, []string{"Enterprise"},
			[]string{"Batch Changes", ""}, []string{"No", "Free", "Batch Changes"}),
			nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range n.tablePlans(tt.doc) {
			got = append(got, h.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
