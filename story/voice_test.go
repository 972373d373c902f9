package story

import (
	"slices"
	"testing"
)

// TestCompetitorsAndReference checks that competitors and reference globs
// are read, and that a source matches the reference globs.
func TestCompetitorsAndReference(t *testing.T) {
	s, err := Parse("s.yaml", []byte(`version: 1
competitors:
  - name: Plausible
    aliases: [Plausible Analytics]
  - name: Mixpanel
reference: ["**/style_guide*.md", "docs/glossary.md"]
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Competitor{
		{Name: "Plausible", Aliases: []string{"Plausible Analytics"}, Pos: Pos{3, 5}},
		{Name: "Mixpanel", Pos: Pos{5, 5}},
	}
	if !slices.EqualFunc(s.Competitors, want, func(a, b Competitor) bool {
		return a.Name == b.Name && slices.Equal(a.Aliases, b.Aliases) && a.Pos == b.Pos
	}) {
		t.Errorf("competitors = %+v, want %+v", s.Competitors, want)
	}
	for src, ref := range map[string]bool{
		"content/handbook/style_guide.md": true, "style_guide_v2.md": true,
		"docs/glossary.md": true, "docs/pricing.md": false,
	} {
		if got := s.IsReference(src); got != ref {
			t.Errorf("IsReference(%q) = %v, want %v", src, got, ref)
		}
	}
}

// TestCompetitorErrors checks that competitors and reference are validated
// with file, line and column.
func TestCompetitorErrors(t *testing.T) {
	_, err := Parse("s.yaml", []byte(`version: 1
competitors:
  - aliases: [X]
  - name: Plausible
    aliases: [Plausible, ""]
  - name: Heap
    rival: true
reference: ["docs/[a"]
`))
	want := []string{
		`s.yaml:3:5: competitors[0]: missing required key "name"`,
		`s.yaml:5:15: competitors[1].aliases[0]: competitor name "Plausible" is listed twice`,
		`s.yaml:5:26: competitors[1].aliases[1]: must not be empty`,
		`s.yaml:7:5: competitors[2].rival: unknown key; allowed keys: "name" or "aliases"`,
		`s.yaml:8:13: reference[0]: bad glob "docs/[a": check its brackets and braces`,
	}
	if got := problems(t, err); !slices.Equal(got, want) {
		t.Errorf("errors:\n%q\nwant\n%q", got, want)
	}
}
