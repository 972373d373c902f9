package analyze

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
)

// valueMentions analyses blocks and renders the price and quantity
// mentions as "Text>Subject", with "/annual" after annual prices.
func valueMentions(t *testing.T, a *Analyzer, blocks []extract.Block) []string {
	t.Helper()
	d := a.Analyze(context.Background(), &extract.Text{Source: "t.md", Blocks: blocks}, "marketing")
	var out []string
	for _, m := range d.Mentions {
		if m.Kind != PriceMention && m.Kind != QuantityMention {
			continue
		}
		s := m.Text + ">" + m.Subject
		if m.Annual {
			s += "/annual"
		}
		out = append(out, s)
	}
	return out
}

func para(text string, context ...string) extract.Block {
	return extract.Block{Kind: extract.Paragraph, Text: text, Context: context}
}

func TestPriceSubjects(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		name   string
		blocks []extract.Block
		want   []string
	}{
		{"plan before price", []extract.Block{para("Fleet costs $18 per vehicle per month.")},
			[]string{"$18 per vehicle per month>routeplanner/fleet"}},
		{"price before plan", []extract.Block{para("Just $18 per vehicle per month for Fleet, and $9 per driver per month for DriverLog Pro.")},
			[]string{"$18 per vehicle per month>routeplanner/fleet", "$9 per driver per month>driverlog/pro"}},
		{"two plans, nearest before", []extract.Block{para("Starter is free, and Fleet is $18 per vehicle per month.")},
			[]string{"free>routeplanner/starter", "$18 per vehicle per month>routeplanner/fleet"}},
		{"lower-case plan with plan", []extract.Block{para("The fleet plan is $18 per vehicle per month.")},
			[]string{"$18 per vehicle per month>routeplanner/fleet"}},
		{"the noun fleet is no plan", []extract.Block{para("Give your fleet routes for $18 per vehicle per month.")},
			[]string{"$18 per vehicle per month>"}},
		{"product with one plan", []extract.Block{para("DriverLog costs $9 per driver per month.")},
			[]string{"$9 per driver per month>driverlog/pro"}},
		{"heading context", []extract.Block{
			{Kind: extract.Heading, Text: "Fleet"},
			para("$18 per vehicle per month, billed monthly.", "Pricing", "Fleet"),
		}, []string{"$18 per vehicle per month, billed monthly>routeplanner/fleet"}},
		{"previous heading block", []extract.Block{
			{Kind: extract.Heading, Text: "DriverLog Pro"},
			para("Only $9 per driver per month."),
		}, []string{"$9 per driver per month>driverlog/pro"}},
		{"table column header", []extract.Block{
			{Kind: extract.Cell, Text: "$18 per vehicle per month", Context: []string{"Plans", "Fleet", "Price"}},
		}, []string{"$18 per vehicle per month>routeplanner/fleet"}},
		{"annual price", []extract.Block{para("Fleet is $18 per vehicle per month, or $180 per vehicle per year.")},
			[]string{"$18 per vehicle per month>routeplanner/fleet", "$180 per vehicle per year>routeplanner/fleet/annual"}},
		{"billed annually", []extract.Block{para("Fleet is $15 per vehicle per month billed annually.")},
			[]string{"$15 per vehicle per month billed annually>routeplanner/fleet/annual"}},
		{"annually after the next price", []extract.Block{para("Fleet is $18 per vehicle per month, or $180/vehicle/year billed annually.")},
			[]string{"$18 per vehicle per month>routeplanner/fleet", "$180/vehicle/year billed annually>routeplanner/fleet/annual"}},
		{"no annual price to compare", []extract.Block{para("DriverLog Pro is $90 per driver per year.")},
			[]string{"$90 per driver per year>driverlog/pro"}},
		{"unknown", []extract.Block{para("Most tools cost $40 per month.")},
			[]string{"$40 per month>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := valueMentions(t, a, tt.blocks); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuantitySubjects(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Start your 14-day free trial today.", []string{"14-day>trial"}},
		{"The trial lasts 2 weeks.", []string{"2 weeks>trial"}},
		{"Free trials last 14 days.", []string{"14 days>trial"}},
		{"We guarantee 99.95% uptime.", []string{"99.95%>uptime"}},
		{"Connect 120+ integrations in minutes.", []string{"120+ integrations>integrations"}},
		{"Trusted by 2,500 fleets across Europe.", []string{"2,500 fleets>customers"}},
		{"Start a 14-day free trial, with a 30-day money-back guarantee.", []string{"14-day>trial", "30-day>"}},
		{"Every plan has a 30-day money-back guarantee and a free trial.", []string{"30-day>"}},
		{"Cuts fuel costs by up to 12%.", []string{"up to 12%>"}},
		{"Our SLA covers 14 days of logs.", []string{"14 days>"}},
	}
	for _, tt := range tests {
		if got := valueMentions(t, a, []extract.Block{para(tt.text)}); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	cell := extract.Block{Kind: extract.Cell, Text: "99.95%", Context: []string{"Service", "Uptime SLA"}}
	if got := valueMentions(t, a, []extract.Block{cell}); !slices.Equal(got, []string{"99.95%>uptime"}) {
		t.Errorf("cell under Uptime SLA: got %q", got)
	}
}

func TestSentenceSubjects(t *testing.T) {
	refs := []planRef{{0, 5, "a"}, {20, 25, "b"}}
	tests := []struct {
		prices []bounds
		want   string
	}{
		{[]bounds{{10, 12}}, "a"},
		{[]bounds{{30, 32}}, "b"},
		{[]bounds{{10, 12}, {30, 32}}, "a b"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(sentenceSubjects(refs, tt.prices), " "); got != tt.want {
			t.Errorf("sentenceSubjects(%v) = %q, want %q", tt.prices, got, tt.want)
		}
	}
	priceFirst := []planRef{{10, 15, "a"}, {30, 35, "b"}}
	got := sentenceSubjects(priceFirst, []bounds{{0, 5}, {20, 25}})
	if fmt.Sprint(got) != "[a b]" {
		t.Errorf("price-first sentence: got %q, want [a b]", got)
	}
}

func TestBilledAnnually(t *testing.T) {
	for text, want := range map[string]bool{
		" billed annually.":                          true,
		", when billed yearly":                       true,
		" with annual billing":                       true,
		", or $180 per year billed annually":         true,
		" per month, billed monthly":                 false,
		"$18 per month. Annual plans get a discount": false,
	} {
		if got := billedAnnually(text); got != want {
			t.Errorf("billedAnnually(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestStructuredPrices(t *testing.T) {
	v := testAnalyzer(t).values
	text := &extract.Text{Prices: []extract.StructuredPrice{
		{Product: "RoutePlanner Fleet", Price: "18.00", Currency: "USD", Location: extract.Location{Line: 40}},
		{Product: "DriverLog", Price: "9", HighPrice: "18", Currency: "EUR"},
		{Product: "Kestrel RoutePlanner", Price: "", Currency: "USD"},
		{Product: "Mystery", Price: "soon", Currency: "USD"},
	}}
	var got []string
	for _, m := range v.structuredPrices(text) {
		if !m.Structured || m.Sentence != -1 || m.Price == nil {
			t.Errorf("structured mention %+v", m)
			continue
		}
		got = append(got, fmt.Sprintf("%s %s %s %d", m.Price.Amount, m.Price.Currency, m.Subject, m.Location.Line))
	}
	want := []string{"18 USD routeplanner/fleet 40", "9 EUR driverlog/pro 0"}
	if !slices.Equal(got, want) {
		t.Errorf("structured prices = %q, want %q", got, want)
	}
}
