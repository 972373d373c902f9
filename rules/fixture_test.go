package rules_test

import (
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/rules/rulestest"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// TestFixture runs the checker over a hand-made analysis of
// testdata/pricing.html and compares its findings with the page's want
// comments.
func TestFixture(t *testing.T) {
	const src = "testdata/pricing.html"
	fleet := value.Price{Kind: value.Fixed, Amount: "18", Currency: "USD", Period: "month", Unit: "vehicle"}
	s := &story.Story{Path: "messaging.yaml", Products: []story.Product{{ID: "routeplanner", Name: "RoutePlanner",
		Plans: []story.Plan{{ID: "fleet", Name: "Fleet", Price: &fleet}}}}}
	lines := map[int]string{5: "Fleet: $21 per vehicle per month.", 6: "Free signup, no card needed.",
		8: "Legacy signup form.", 9: "RouteMaster customers keep their plan."}
	d := &analyze.Doc{Source: src, Channel: "marketing", Format: "html", Text: &extract.Text{
		Directives: []extract.Directive{{Kind: extract.DisableNextLine, Line: 7, Rules: []string{"term"}}}}}
	for _, n := range []int{5, 6, 8, 9} {
		loc := extract.Location{Source: src, Line: n, Column: 4}
		d.Text.Blocks = append(d.Text.Blocks, extract.Block{Text: lines[n], Location: loc})
		d.Sentences = append(d.Sentences, analyze.Sentence{Text: lines[n], Block: len(d.Sentences), Location: loc})
	}
	mention := func(sentence int, m analyze.Mention) analyze.Mention {
		m.Sentence, m.Location = sentence, d.Sentences[sentence].Location
		return m
	}
	d.Mentions = []analyze.Mention{
		mention(0, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet",
			Price: &value.Price{Kind: value.Fixed, Amount: "21", Currency: "USD", Period: "month", Unit: "vehicle"}}),
		mention(1, analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up"}),
		mention(2, analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up"}),
		mention(3, analyze.Mention{Kind: analyze.ProductMention, Text: "RouteMaster", Match: "retired", Canonical: "RoutePlanner"}),
	}
	c, err := rules.NewChecker(s, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	rulestest.Run(t, append(c.Document(d), c.Corpus()...), []string{src})
}
