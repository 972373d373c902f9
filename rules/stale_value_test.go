package rules

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

const staleStory = `version: 1
company: Pulse
products:
  - id: pulse
    name: Pulse
    plans:
      - id: team
        name: Team
        price: "$29 per user per month"
facts:
  - id: trial
    about: [trial]
    value: "14 days"
messages:
  - id: platform
    text: "Pulse is a code AI platform"
claims:
  forbidden: ["best in class"]
changes:
  - id: positioning
    what: platform
    was: ["universal code search", "best in class"]
    now: code AI platform
    changed: 2023-09-01
  - id: trial-length
    what: trial
    was: "30 days"
    changed: 2024-01-15
  - id: team-price
    what: pulse/team
    was: "$19 per user per month"
    changed: 2024-03-01
  - id: product-name
    what: pulse
    was: Beacon
    changed: 2022-01-01
`

func TestStaleValue(t *testing.T) {
	s, err := story.Parse("messaging.yaml", []byte(staleStory))
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"Pulse is universal code search for every team.",            // 0: stale
		"Previously, we positioned Pulse as universal code search.", // 1: tells of the change
		"Try it free for 30 days.",                                  // 2: stale fact
		"Try it free for 21 days.",                                  // 3: fact-mismatch
		"Team is $19 per user per month.",                           // 4: stale price
		"Team is $25 per user per month.",                           // 5: price-mismatch
		"Pulse is best in class.",                                   // 6: forbidden-claim's, not stale-value's
		"Beacon users keep their data; a beacon marks the depot.",   // 7: the old name, as written only
	}
	d := &analyze.Doc{Source: "page.md", Channel: "marketing", Format: "markdown", Text: &extract.Text{}}
	for i, l := range lines {
		loc := extract.Location{Source: "page.md", Line: i + 1, Column: 1}
		d.Text.Blocks = append(d.Text.Blocks, extract.Block{Text: l, Location: loc})
		d.Sentences = append(d.Sentences, analyze.Sentence{Text: l, Block: i, Location: loc})
	}
	q := func(n int, text string, subject string) analyze.Mention {
		v := mustQuantity(t, text)
		return analyze.Mention{Kind: analyze.QuantityMention, Text: text, Sentence: n, Subject: subject,
			Location: d.Sentences[n].Location, Quantity: &v}
	}
	pr := func(n int, text string) analyze.Mention {
		v := mustPrice(t, text)
		return analyze.Mention{Kind: analyze.PriceMention, Text: text, Sentence: n, Subject: "pulse/team",
			Location: d.Sentences[n].Location, Price: &v}
	}
	d.Mentions = []analyze.Mention{q(2, "30 days", "trial"), q(3, "21 days", "trial"),
		pr(4, "$19 per user per month"), pr(5, "$25 per user per month")}
	for _, tt := range []struct {
		today string
		want  []string
	}{
		{"2024-06-01", []string{"1 stale-value Since 2023-09-01 the positioning is “code AI platform”; this page still says “universal code search”.",
			"3 stale-value Since 2024-01-15 the trial length is “14 days”; this page still says “30 days”.",
			"4 fact-mismatch", "5 stale-value Since 2024-03-01 the team price is “$29 per user per month”; this page still says “$19 per user per month”.",
			"6 price-mismatch", "8 stale-value Since 2022-01-01 the product name is “Pulse”; this page still says “Beacon”."}},
		// Before the price and trial changes their old values are not stale
		// (the story's values are reported as before).
		{"2023-12-01", []string{"1 stale-value Since 2023-09-01 the positioning is “code AI platform”; this page still says “universal code search”.",
			"3 fact-mismatch", "4 fact-mismatch", "5 price-mismatch", "6 price-mismatch",
			"8 stale-value Since 2022-01-01 the product name is “Pulse”; this page still says “Beacon”."}},
	} {
		now, _ := time.Parse(time.DateOnly, tt.today)
		c, err := NewChecker(s, now)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		// Mismatches are gathered: they come out of Corpus, after the
		// document's own findings.
		fs := append(c.Document(d), c.Corpus()...)
		slices.SortStableFunc(fs, func(a, b Finding) int { return a.Location.Line - b.Location.Line })
		for _, f := range fs {
			switch f.Rule {
			case "stale-value":
				got = append(got, itoa(f.Location.Line)+" "+f.Rule+" "+f.Message)
			case "fact-mismatch", "price-mismatch":
				got = append(got, itoa(f.Location.Line)+" "+f.Rule)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("today %s:\n got %q\nwant %q", tt.today, got, tt.want)
		}
	}
}

func mustQuantity(t *testing.T, s string) value.Quantity {
	t.Helper()
	q, err := value.ParseQuantity(s)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func mustPrice(t *testing.T, s string) value.Price {
	t.Helper()
	p, err := value.ParsePrice(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestStaleValueNoConflict checks that an old value stated in one source is
// no conflict with the current value stated in another.
func TestStaleValueNoConflict(t *testing.T) {
	s, err := story.Parse("messaging.yaml", []byte(staleStory))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker(s, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range []string{"Team is $19 per user per month.", "Team is $29 per user per month."} {
		src := "page" + itoa(i) + ".md"
		loc := extract.Location{Source: src, Line: 1, Column: 1}
		v := mustPrice(t, text[8:len(text)-1])
		d := &analyze.Doc{Source: src, Channel: []string{"marketing", "sales"}[i], Text: &extract.Text{
			Blocks: []extract.Block{{Text: text, Location: loc}}}, Sentences: []analyze.Sentence{{Text: text, Location: loc}},
			Mentions: []analyze.Mention{{Kind: analyze.PriceMention, Text: text[8 : len(text)-1], Subject: "pulse/team",
				Location: loc, Price: &v}}}
		c.Document(d)
	}
	for _, f := range c.Corpus() {
		if f.Rule == "price-conflict" {
			t.Errorf("old value in a conflict: %s", f.Message)
		}
	}
}

// TestStaleValueExamples checks that an old wording listed as an example —
// under a "No" heading, or in a list of a reference page — is not reported,
// while the same wording in a page's own list is.
func TestStaleValueExamples(t *testing.T) {
	s, err := story.Parse("messaging.yaml", []byte(staleStory+"reference: [\"guide/**\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	now, _ := time.Parse(time.DateOnly, "2024-06-01")
	for _, tt := range []struct {
		source  string
		context []string
		want    int
	}{
		{"site/a.md", []string{"Positioning", "No"}, 0},  // a "No" example
		{"guide/style.md", []string{"Positioning"}, 0},   // a reference page's list
		{"site/a.md", []string{"Positioning", "Yes"}, 1}, // the company's own list
		{"site/a.md", []string{"Why Pulse"}, 1},
	} {
		text := "Use Pulse universal code search to find code."
		loc := extract.Location{Source: tt.source, Line: 3, Column: 3}
		d := &analyze.Doc{Source: tt.source, Channel: "marketing", Format: "markdown", Text: &extract.Text{
			Blocks: []extract.Block{{Kind: extract.ListItem, Text: text, Location: loc, Context: tt.context}}}}
		d.Sentences = []analyze.Sentence{{Text: text, Block: 0, Location: loc}}
		c, err := NewChecker(s, now)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(only(append(c.Document(d), c.Corpus()...), "stale-value")); got != tt.want {
			t.Errorf("%s %q: %d stale-value findings, want %d", tt.source, tt.context, got, tt.want)
		}
	}
}
