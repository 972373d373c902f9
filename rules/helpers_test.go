package rules

import (
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// The story of the bundled example, built by hand so that these tests do
// not depend on the story loader or the value parsers.
var (
	fleetPrice  = value.Price{Kind: value.Fixed, Amount: "18", Currency: "USD", Period: "month", Unit: "vehicle", Text: "$18 per vehicle per month"}
	fleetAnnual = value.Price{Kind: value.Fixed, Amount: "180", Currency: "USD", Period: "year", Unit: "vehicle", Text: "$180 per vehicle per year"}
	trial14     = value.Quantity{Value: "14", Unit: "day", Text: "14 days"}
)

func exampleStory() *story.Story {
	return &story.Story{
		Path:    "messaging.yaml",
		Company: "Kestrel Fleetworks",
		Products: []story.Product{{
			ID: "routeplanner", Name: "RoutePlanner", Aliases: []string{"Kestrel RoutePlanner"}, RetiredNames: []string{"RouteMaster"},
			Plans: []story.Plan{
				{ID: "starter", Name: "Starter", Price: &value.Price{Kind: value.Free, Amount: "0", Text: "free"}},
				{ID: "fleet", Name: "Fleet", Price: &fleetPrice, AnnualPrice: &fleetAnnual},
				{ID: "enterprise", Name: "Enterprise", Price: &value.Price{Kind: value.Custom, Text: "custom"}},
			},
		}, {
			ID: "driverlog", Name: "DriverLog",
			Plans: []story.Plan{{ID: "pro", Name: "DriverLog Pro", Price: &value.Price{Kind: value.Fixed, Amount: "9", Currency: "USD", Period: "month", Unit: "driver", Text: "$9 per driver per month"}}},
		}},
		Facts: []story.Fact{
			{ID: "trial", About: []string{"free trial", "trial"}, Value: trial14},
			{ID: "uptime", About: []string{"uptime"}, Value: value.Quantity{Value: "99.95", Unit: "percent", Text: "99.95%"}},
			{ID: "integrations", About: []string{"integrations"}, Value: value.Quantity{Value: "120", Unit: "integration", Op: "at-least", Text: "120+ integrations"}},
			{ID: "customers", About: []string{"customers"}, Value: value.Quantity{Value: "2500", Unit: "customer", Text: "2,500 customers"}},
		},
		Messages: []story.Message{
			{ID: "one-view", Text: "One live view of every vehicle, driver and delivery", RequiredIn: []string{"marketing", "sales"}, Pos: story.Pos{Line: 62, Column: 5}},
			{ID: "eu-data", Text: "Customer data never leaves the EU", RequiredIn: []string{"marketing", "sales"}, Pos: story.Pos{Line: 65, Column: 5}},
		},
		Offers: []story.Offer{
			{ID: "launch", Text: "20% off annual Fleet plans", ValidUntil: day("2026-12-31")},
			{ID: "summer", Text: "Three months free on DriverLog Pro", ValidFrom: day("2026-06-01"), ValidUntil: day("2026-08-31")},
		},
		Rules: map[string]story.RuleSetting{"unapproved-claim": {Severity: "warning"}},
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// today is the day the bundled example is set on.
var today = day("2026-11-27").Add(10 * time.Hour)

// doc builds an analysed document of one sentence per line, starting at
// line 1, with the given mentions.
func doc(source, channel string, lines []string, mentions ...analyze.Mention) *analyze.Doc {
	d := &analyze.Doc{Source: source, Channel: channel, Format: "html", Text: &extract.Text{Source: source, Format: "html"}}
	for i, l := range lines {
		loc := extract.Location{Source: source, Line: i + 1, Column: 1}
		d.Text.Blocks = append(d.Text.Blocks, extract.Block{Kind: extract.Paragraph, Text: l, Location: loc})
		d.Sentences = append(d.Sentences, analyze.Sentence{Text: l, Block: i, Location: loc})
	}
	d.Mentions = mentions
	return d
}

// at is a mention located on a line of source, in the sentence of that line.
func at(source string, line int, m analyze.Mention) analyze.Mention {
	m.Location = extract.Location{Source: source, Line: line, Column: 1}
	m.Sentence = line - 1
	return m
}

func price(amount, currency, period, unit, text string) *value.Price {
	return &value.Price{Kind: value.Fixed, Amount: amount, Currency: currency, Period: period, Unit: unit, Text: text}
}

func checker(t testing.TB, s *story.Story) *Checker {
	t.Helper()
	c, err := NewChecker(s, today)
	if err != nil {
		t.Fatalf("NewChecker: %v", err)
	}
	return c
}

// checkAlone runs c over d and returns every finding about it, the
// gathered ones (Rule.Gather) that Corpus reports included. c must have
// seen no other document since its last Corpus.
func checkAlone(c *Checker, d *analyze.Doc) []Finding {
	return append(c.Document(d), c.Corpus()...)
}

// only returns the findings of one rule.
func only(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// wantOne checks that fs is empty when want is "" and holds exactly one
// finding otherwise, which it returns with ok true.
func wantOne(t *testing.T, fs []Finding, want string) (f Finding, ok bool) {
	t.Helper()
	if want == "" {
		if len(fs) != 0 {
			t.Fatalf("want no finding, got %q", fs[0].Message)
		}
		return Finding{}, false
	}
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1", len(fs))
	}
	return fs[0], true
}
