package analyze

import (
	"context"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

const moneyStory = `version: 1
products:
  - id: api
    name: Parcelo API
    plans:
      - id: metered
        name: Metered
        price: "$0.002 per call"
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
  - id: voucher
    about: [voucher]
    scope: [startup programme]
    value: "$12,000"
`

func moneyAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	s, err := story.Parse("messaging.yaml", []byte(moneyStory))
	if err != nil {
		tb.Fatal(err)
	}
	a, err := New(s)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// TestMoneyAndScopedSubjects checks which fact or plan each value of a
// sentence is attributed to.
func TestMoneyAndScopedSubjects(t *testing.T) {
	tests := []struct {
		text, heading, value, subject string
	}{
		{"Invoicing is available from $5,000 a year.", "", "$5,000", "invoicing"},
		{"Invoicing is available from $5,000 a year on Parcelo API.", "", "$5,000", "invoicing"},
		{"Parcelo API costs $0.002 per call, and invoicing is free.", "", "$0.002", "api/metered"},
		{"In our startup programme, invoicing starts at $1,000 a year.", "", "$1,000", ""},
		{"Invoicing starts at $1,000 a year.", "Startup programme", "$1,000", ""},
		{"Annual plans get a 10% discount.", "", "10%", "discount"},
		{"Members of our education programme get a 40% discount.", "", "40%", "edu-discount"},
		{"Members get a 40% discount.", "The education programme", "40%", "edu-discount"},
		{"Members of our startup programme get a 25% discount.", "", "25%", ""},
		{"Startups in the startup programme get a $12K voucher.", "", "$12K", "voucher"},
		{"Customers get a $12K voucher.", "", "$12K", ""},
	}
	a := moneyAnalyzer(t)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			b := extract.Block{Kind: extract.Paragraph, Text: tt.text}
			if tt.heading != "" {
				b.Context = []string{tt.heading}
			}
			d := a.Analyze(context.Background(), &extract.Text{Blocks: []extract.Block{b}}, "x.md")
			found := false
			for _, m := range d.Mentions {
				if (m.Kind == PriceMention || m.Kind == QuantityMention) && strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(m.Text, "from "), "starts at "), tt.value) {
					found = true
					if m.Subject != tt.subject {
						t.Errorf("%q: subject %q, want %q", m.Text, m.Subject, tt.subject)
					}
				}
			}
			if !found {
				t.Errorf("no mention %q in %+v", tt.value, d.Mentions)
			}
		})
	}
}

func FuzzMoneyFacts(f *testing.F) {
	f.Add("Invoicing from $500 to $5k a year, or $50 / month OR $600 / year.", "Education programme")
	f.Add("Startup programme: a $12K voucher (instead of $12K), 40% discount.", "")
	a := moneyAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, heading string) {
		b := extract.Block{Kind: extract.Paragraph, Text: text, Context: []string{heading}}
		d := a.Analyze(context.Background(), &extract.Text{Blocks: []extract.Block{b}}, "x.md")
		for _, m := range d.Mentions {
			if m.Sentence >= len(d.Sentences) || m.Sentence < -1 {
				t.Fatalf("mention %q in sentence %d of %d", m.Text, m.Sentence, len(d.Sentences))
			}
		}
	})
}
