package check

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/story"
)

// usageStory has a usage-based plan (allowance, tiers, minimum, a price in
// EUR), a money-valued fact and facts scoped to programmes beside general
// ones of the same phrase.
const usageStory = `version: 1
products:
  - id: api
    name: Parcelo API
    plans:
      - id: metered
        name: Metered
        price: "$0.002 per call"
        allowance: "10,000 calls per month"
        minimum: "$50 per month"
        tiers:
          - price: "$0.002 per call"
            up_to: "1,000,000 calls"
          - price: "$0.0015 per call"
        prices: ["€0.0019 per call"]
facts:
  - id: invoicing
    about: [invoicing]
    value: "$5,000 per year"
  - id: discount
    about: [discount]
    value: "10%"
  - id: edu-discount
    about: [discount]
    scope: [education programme]
    value: "40%"
  - id: trial
    about: [trial]
    value: "14 days"
  - id: partner-trial
    about: [trial]
    scope: [partner programme]
    value: "90 days"
`

// TestUsageAndScopedFacts checks each new kind of statement end to end:
// one sentence per case, with the rule and a piece of the message it must
// raise, or none.
func TestUsageAndScopedFacts(t *testing.T) {
	tests := []struct {
		text, rule, msg string // rule "" for no finding
	}{
		{"Parcelo API costs $0.002 per call.", "", ""},
		{"Beyond a million calls, Parcelo API costs $0.0015 per call.", "", ""},
		{"Parcelo API costs $0.004 per call.", "price-mismatch", "$0.004 per call"},
		{"Parcelo API costs $0.002 per call up to 1M calls, then $0.0015 per call.", "", ""},
		{"Parcelo API costs $0.0015 per call up to 1M calls.", "price-mismatch", "(tiers: $0.002 per call up to 1,000,000 calls, $0.0015 per call beyond)"},
		{"Parcelo API costs $0.002 per call up to 5M calls.", "price-mismatch", "says $0.002 per call"},
		{"Parcelo API costs $0.00200 per call.", "", ""},
		{"Parcelo API kostet €0.0019 per call.", "", ""},
		{"In Europe Parcelo API costs €0.0030 per call.", "price-mismatch", "is €0.0019 per call"},
		{"Parcelo API has a minimum charge of $50 per month.", "", ""},
		{"Parcelo API has a minimum charge of $75 per month.", "price-mismatch", "minimum charge of the Metered plan of Parcelo API is $50 per month"},
		{"With Parcelo API the first 10,000 calls a month are free.", "", ""},
		{"With Parcelo API the first 25,000 calls a month are free.", "price-mismatch", "free allowance of the Metered plan of Parcelo API is 10,000 calls"},
		{"Invoicing is available from $5,000 a year.", "", ""},
		{"Invoicing is available from $3,000 a year.", "fact-mismatch", "gives the invoicing as $5,000 per year; this page says from $3,000 per year"},
		{"Invoicing is available from $5,000 a year on Parcelo API.", "", ""},
		{"In our startup programme, invoicing is available from $1,000 a year.", "", ""},
		{"Invoicing costs nothing extra, and Parcelo API costs $0.002 per call.", "", ""},
		{"Annual plans get a 10% discount.", "", ""},
		{"Members of our education programme get a 40% discount.", "", ""},
		{"Members of our education programme get a 50% discount.", "fact-mismatch", "discount (education programme) as 40%"},
		{"Members of our startup programme get a 25% discount.", "", ""},
		{"Every account starts with a 14-day trial.", "", ""},
		{"Companies in the partner programme get a 90-day trial.", "", ""},
		{"Companies in the partner programme get a 60-day trial.", "fact-mismatch", "trial (partner programme) as 90 days"},
	}
	s, err := story.Parse("messaging.yaml", []byte(usageStory))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			path := filepath.Join(dir, "p"+string(rune('a'+i))+".md")
			if err := os.WriteFile(path, []byte(tt.text+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := Run(context.Background(), Config{Story: s, Sources: []string{path}, Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			hit := false
			for _, f := range r.Findings.Collect() {
				if f.Rule != "price-mismatch" && f.Rule != "fact-mismatch" && f.Rule != "price-conflict" && f.Rule != "fact-conflict" {
					continue
				}
				got = append(got, f.Rule+": "+f.Message)
				hit = hit || f.Rule == tt.rule && strings.Contains(f.Message, tt.msg)
			}
			switch {
			case tt.rule == "" && len(got) > 0:
				t.Errorf("want no finding, got %q", got)
			case tt.rule != "" && (!hit || len(got) != 1):
				t.Errorf("want one %s with %q, got %q", tt.rule, tt.msg, got)
			}
		})
	}
}

// TestMoneyFactInMatrix checks that the story matrix has a row for a
// money-valued fact and a scoped fact, with the statements of each
// channel: the agreeing one consistent, the wrong one conflicting.
func TestMoneyFactInMatrix(t *testing.T) {
	s, err := story.Parse("messaging.yaml", []byte(usageStory+`channels:
  marketing: ["**/site/**"]
  sales: ["**/deck/**"]
`))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	site := write("site/a.md", "Invoicing is available from $5,000 a year.\n\nMembers of our education programme get a 40% discount.\n")
	deck := write("deck/b.md", "Invoicing is available once you spend $2,500 a year.\n\nMembers of our education programme get a 50% discount.\n")
	r, err := Run(context.Background(), Config{Story: s, Sources: []string{site, deck}, Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	for _, it := range r.StoryView().Items {
		for _, c := range it.Cells {
			rows[it.Label] = append(rows[it.Label], c.Channel+"="+c.State)
		}
	}
	want := map[string]string{
		"invoicing":                      "[marketing=consistent sales=conflicting]",
		"discount (education programme)": "[marketing=consistent sales=conflicting]",
	}
	for label, w := range want {
		if got := fmt.Sprint(rows[label]); got != w {
			t.Errorf("row %q = %s, want %s", label, got, w)
		}
	}
}
