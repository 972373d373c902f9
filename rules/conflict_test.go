package rules

import (
	"reflect"
	"slices"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// fleetAt is a document stating one price for the Fleet plan on line 1.
func fleetAt(source, channel string, p *value.Price, structured bool) *analyze.Doc {
	m := at(source, 1, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Text: p.Text, Price: p, Structured: structured})
	return doc(source, channel, []string{"Fleet: " + p.Text + "."}, m)
}

var (
	usd18 = price("18", "USD", "month", "vehicle", "$18 per vehicle per month")
	usd21 = price("21", "USD", "month", "vehicle", "$21 per vehicle per month")
)

func TestPriceConflict(t *testing.T) {
	docs := []*analyze.Doc{
		fleetAt("site/index.html", "marketing", price("18", "USD", "", "", "$18"), false),
		fleetAt("site/pricing.html", "marketing", usd18, false),
		fleetAt("collateral/pitch.pptx", "sales", usd21, false),
		fleetAt("collateral/pitch2.pptx", "sales", price("21", "USD", "", "", "$21"), false),
		fleetAt("site/plans.html", "marketing", usd18, false),
		fleetAt("collateral/sheet.pdf", "sales", usd18, false),
	}
	fs := corpus(t, docs, "price-conflict")
	if len(fs) != 1 {
		t.Fatalf("got %d findings %+v, want 1 (one per value and channel)", len(fs), fs)
	}
	want := "Sources disagree on the price of the Fleet plan of RoutePlanner: marketing and sales: " + usd18.String() +
		" at collateral/sheet.pdf:1:1 and 3 more places; sales: " + usd21.String() + " at collateral/pitch.pptx:1:1 and 1 more place."
	f := fs[0]
	if f.Message != want {
		t.Errorf("message\n got %q\nwant %q", f.Message, want)
	}
	related := []extract.Location{
		{Source: "collateral/sheet.pdf", Line: 1, Column: 1},
		{Source: "site/index.html", Line: 1, Column: 1},
		{Source: "site/plans.html", Line: 1, Column: 1},
		{Source: "site/pricing.html", Line: 1, Column: 1},
		{Source: "collateral/pitch2.pptx", Line: 1, Column: 1},
	}
	if f.Location.Source != "collateral/pitch.pptx" || f.Channel != "sales" || !reflect.DeepEqual(f.Related, related) ||
		f.Severity != Error || f.Subject != "routeplanner/fleet" || f.Expected != usd18.String() || f.Found != usd21.String() {
		t.Errorf("finding fields: %+v", f)
	}
}

// TestPriceConflictPerChannel: a value two channels state is one finding
// in each, so each team sees what it has to fix.
func TestPriceConflictPerChannel(t *testing.T) {
	docs := []*analyze.Doc{
		fleetAt("site/a.html", "marketing", usd18, false),
		fleetAt("site/b.html", "marketing", usd18, false),
		fleetAt("site/c.html", "marketing", usd21, false),
		fleetAt("collateral/d.pdf", "sales", usd21, false),
		fleetAt("site/e.html", "marketing", usd18, false),
	}
	fs := corpus(t, docs, "price-conflict")
	if len(fs) != 2 || fs[0].Location.Source != "collateral/d.pdf" || fs[0].Channel != "sales" ||
		fs[1].Location.Source != "site/c.html" || fs[1].Channel != "marketing" {
		t.Fatalf("got %+v, want one conflict at collateral/d.pdf (sales) and one at site/c.html (marketing)", fs)
	}
	// Both name the same two places: one list, which neither can append to.
	if &fs[0].Related[0] != &fs[1].Related[0] || cap(fs[0].Related) != len(fs[0].Related) {
		t.Errorf("related lists not shared: %+v and %+v (cap %d)", fs[0].Related, fs[1].Related, cap(fs[0].Related))
	}
}

// TestNoConflictWithAStoryValue: where the story gives the value, each place
// that departs from it is a mismatch, and only that: one problem, one
// finding, with the other places stating the same wrong value as related.
func TestNoConflictWithAStoryValue(t *testing.T) {
	trial := func(source, channel string, q value.Quantity) *analyze.Doc {
		return doc(source, channel, []string{q.Text}, at(source, 1, analyze.Mention{Kind: analyze.QuantityMention, Subject: "trial", Quantity: &q}))
	}
	days30 := value.Quantity{Value: "30", Unit: "day", Text: "30 days"}
	docs := []*analyze.Doc{
		fleetAt("site/a.html", "marketing", usd18, false),
		fleetAt("site/b.html", "marketing", usd21, false),
		fleetAt("site/c.html", "marketing", usd21, false),
		fleetAt("collateral/d.pdf", "sales", usd21, false),
		fleetAt("collateral/e.pdf", "sales", price("25", "USD", "month", "vehicle", "$25 per vehicle per month"), false),
		trial("site/a.html", "marketing", value.Quantity{Value: "14", Unit: "day", Text: "14 days"}),
		trial("site/f.html", "marketing", days30),
		trial("collateral/g.pdf", "sales", days30),
	}
	c := checker(t, exampleStory())
	for _, d := range docs {
		if fs := c.Document(d); len(fs) != 0 {
			t.Errorf("%s: Document reported %+v, want the mismatches kept for Corpus", d.Source, fs)
		}
	}
	fs := slices.DeleteFunc(c.Corpus(), func(f Finding) bool { return f.Rule == "missing-message" })
	for _, rule := range []string{"price-conflict", "fact-conflict"} {
		if got := only(fs, rule); len(got) != 0 {
			t.Errorf("got %+v, want no %s", got, rule)
		}
	}
	type want struct {
		rule, at string
		related  []string
	}
	var got []want
	for _, f := range fs {
		w := want{f.Rule, f.Location.Source, nil}
		for _, r := range f.Related {
			w.related = append(w.related, r.Source)
		}
		got = append(got, w)
	}
	wants := []want{
		{"price-mismatch", "collateral/d.pdf", nil},
		{"price-mismatch", "collateral/e.pdf", nil},
		{"fact-mismatch", "collateral/g.pdf", nil},
		{"price-mismatch", "site/b.html", []string{"site/c.html"}},
		{"fact-mismatch", "site/f.html", nil},
	}
	if !reflect.DeepEqual(got, wants) {
		t.Errorf("got\n%+v\nwant\n%+v", got, wants)
	}
	b := only(fs, "price-mismatch")[2]
	if msg := "The Fleet plan of RoutePlanner is $18 per vehicle per month in messaging.yaml; this page says " + usd21.String() +
		". Also at site/c.html:1:1."; b.Message != msg {
		t.Errorf("message\n got %q\nwant %q", b.Message, msg)
	}
}

// silentStory is the example story without the Fleet plan's prices: sources
// can disagree on them with each other, not with the story.
func silentStory() *story.Story {
	s := exampleStory()
	s.Products[0].Plans[1].Price, s.Products[0].Plans[1].AnnualPrice = nil, nil
	return s
}

// corpus checks docs against silentStory and returns the findings of rule.
func corpus(t *testing.T, docs []*analyze.Doc, rule string) []Finding {
	t.Helper()
	return corpusOf(t, silentStory(), docs, rule)
}

// corpusOf checks docs against s and returns the findings of rule.
func corpusOf(t *testing.T, s *story.Story, docs []*analyze.Doc, rule string) []Finding {
	t.Helper()
	c := checker(t, s)
	for _, d := range docs {
		c.Document(d)
	}
	return only(c.Corpus(), rule)
}

func TestPriceConflictDeterministic(t *testing.T) {
	docs := []*analyze.Doc{
		fleetAt("site/a.html", "marketing", usd18, false),
		fleetAt("collateral/b.pdf", "sales", usd21, false),
		fleetAt("collateral/c.pdf", "sales", price("25", "USD", "month", "vehicle", "$25 per vehicle per month"), false),
	}
	first := corpus(t, docs, "price-conflict")
	reversed := []*analyze.Doc{docs[2], docs[1], docs[0]}
	if again := corpus(t, reversed, "price-conflict"); !reflect.DeepEqual(first, again) {
		t.Errorf("findings depend on the order documents were checked in:\n%+v\n%+v", first, again)
	}
	// A tie goes to the first value by location: $21 at collateral/b.pdf
	// is the reference, the others are reported.
	if len(first) != 2 || first[0].Location.Source != "collateral/c.pdf" || first[1].Location.Source != "site/a.html" {
		t.Errorf("got %+v, want findings at collateral/c.pdf and site/a.html", first)
	}
}

func TestPriceConflictNone(t *testing.T) {
	tests := []struct {
		name string
		docs []*analyze.Doc
	}{
		{"unstated parts", []*analyze.Doc{
			fleetAt("site/a.html", "marketing", price("18", "", "", "", "18"), false),
			fleetAt("collateral/b.pdf", "sales", usd18, false),
		}},
		{"monthly and annual", []*analyze.Doc{
			fleetAt("site/a.html", "marketing", usd18, false),
			doc("collateral/b.pdf", "sales", []string{"$180 per vehicle per year."}, at("collateral/b.pdf", 1, analyze.Mention{
				Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Annual: true, Price: price("180", "USD", "year", "vehicle", "$180 per vehicle per year")})),
		}},
		{"same page, two visible prices", []*analyze.Doc{
			doc("site/a.html", "marketing", []string{"$18.", "$21."},
				at("site/a.html", 1, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Price: usd18}),
				at("site/a.html", 2, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Price: usd21})),
		}},
		{"all agree on a wrong price", []*analyze.Doc{
			fleetAt("site/a.html", "marketing", usd21, false),
			fleetAt("collateral/b.pdf", "sales", usd21, false),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fs := corpus(t, tt.docs, "price-conflict"); len(fs) != 0 {
				t.Errorf("want no conflict, got %+v", fs)
			}
		})
	}
}

func TestPriceConflictStructured(t *testing.T) {
	d := doc("site/pricing.html", "marketing", []string{"Fleet: $18 per vehicle per month."},
		at("site/pricing.html", 1, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Price: usd18}),
		analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Price: usd21, Structured: true, Sentence: -1,
			Location: extract.Location{Source: "site/pricing.html", Line: 49, Column: 3}})
	d.Mentions[0].Location.Line = 41
	fs := corpus(t, []*analyze.Doc{d}, "price-conflict")
	if len(fs) != 1 {
		t.Fatalf("got %+v, want one conflict between visible and structured price", fs)
	}
	f := fs[0]
	want := "Sources disagree on the price of the Fleet plan of RoutePlanner: marketing: " + usd18.String() +
		" at site/pricing.html:41:1; marketing (structured data): " + usd21.String() + " at site/pricing.html:49:3."
	if f.Message != want || f.Location.Line != 49 || len(f.Related) != 1 || f.Related[0].Line != 41 {
		t.Errorf("got %+v\nwant message %q", f, want)
	}
}

func TestJoinAnd(t *testing.T) {
	for want, words := range map[string][]string{"": nil, "sales": {"sales"}, "marketing and sales": {"marketing", "sales"},
		"marketing, other and sales": {"marketing", "other", "sales"}} {
		if got := joinAnd(words); got != want {
			t.Errorf("joinAnd(%q) = %q, want %q", words, got, want)
		}
	}
}

// TestIndexCountsADocumentOnce: a page that repeats a value is one place
// stating it, so three repetitions of $21 on one deck do not outvote two
// pages stating $18, and the deck gets one conflict finding.
func TestIndexCountsADocumentOnce(t *testing.T) {
	m := func(line int) analyze.Mention {
		return at("deck.md", line, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Text: usd21.Text, Price: usd21})
	}
	deck := doc("deck.md", "sales", []string{"Fleet: $21.", "Again $21.", "Still $21."}, m(1), m(2), m(3))
	docs := []*analyze.Doc{deck, fleetAt("a.html", "marketing", usd18, false), fleetAt("b.html", "marketing", usd18, false)}
	fs := corpus(t, docs, "price-conflict")
	if len(fs) != 1 || fs[0].Location.Source != "deck.md" || fs[0].Location.Line != 1 {
		t.Fatalf("findings %+v, want one conflict at deck.md:1", fs)
	}
}

// TestGatherByValue: places that state one wrong value in different words
// ("$21", "$21 per vehicle per month" on the Fleet plan) are one finding.
func TestGatherByValue(t *testing.T) {
	docs := []*analyze.Doc{
		fleetAt("site/a.html", "marketing", price("21", "USD", "", "", "$21"), false),
		fleetAt("site/b.html", "marketing", usd21, false),
		fleetAt("site/c.html", "marketing", price("21", "USD", "year", "", "$21 a year"), false),
	}
	fs := corpusOf(t, exampleStory(), docs, "price-mismatch")
	if len(fs) != 2 || fs[0].Location.Source != "site/a.html" || len(fs[0].Related) != 1 || fs[0].Related[0].Source != "site/b.html" ||
		fs[1].Location.Source != "site/c.html" || fs[0].value != "" {
		t.Errorf("got %+v, want site/a.html with site/b.html related, and site/c.html on its own", fs)
	}
}

// TestGatherAfterSuppression: a place silenced by its page's comment is
// left out of the gathered finding, which moves to the next place.
func TestGatherAfterSuppression(t *testing.T) {
	a := fleetAt("site/a.html", "marketing", usd21, false)
	a.Text.Directives = []extract.Directive{{Kind: extract.Disable, Line: 0, Rules: []string{"price-mismatch"}}}
	docs := []*analyze.Doc{a, fleetAt("site/b.html", "marketing", usd21, false), fleetAt("site/c.html", "marketing", usd21, false)}
	fs := corpusOf(t, exampleStory(), docs, "price-mismatch")
	if len(fs) != 1 || fs[0].Location.Source != "site/b.html" || len(fs[0].Related) != 1 || fs[0].Related[0].Source != "site/c.html" {
		t.Errorf("got %+v, want one finding at site/b.html with site/c.html related", fs)
	}
}
