package story

import (
	"errors"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/onestory/onestory/value"
)

// price parses a price the way the story does, for expectations.
func price(t *testing.T, s string) *value.Price {
	t.Helper()
	p, err := value.ParsePrice(s)
	if err != nil {
		t.Fatalf("ParsePrice(%q): %v", s, err)
	}
	return &p
}

// quantity parses a quantity, for expectations.
func quantity(t *testing.T, s string) value.Quantity {
	t.Helper()
	q, err := value.ParseQuantity(s)
	if err != nil {
		t.Fatalf("ParseQuantity(%q): %v", s, err)
	}
	return q
}

// day returns midnight UTC of a date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseFull(t *testing.T) {
	s, err := Load("testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Story{
		Path:    "testdata/full.yaml",
		Version: 1,
		Company: "Kestrel Fleetworks",
		Channels: []Channel{
			{Name: "marketing", Globs: []string{"site/**", "https://kestrel.example/**"}, Pos: Pos{5, 3}},
			{Name: "Sales", Globs: []string{"collateral/**", "**/*.pptx"}, Pos: Pos{6, 3}},
			{Name: "partners", Globs: []string{"partners/{eu,us}/*.pdf"}, Pos: Pos{7, 3}},
		},
		Sources: []string{"site", "collateral", "https://kestrel.example/sitemap.xml"},
		Products: []Product{
			{ID: "routeplanner", Name: "RoutePlanner", Aliases: []string{"Kestrel RoutePlanner", "RP"},
				RetiredNames: []string{"RouteMaster"}, Pos: Pos{10, 5}, Plans: []Plan{
					{ID: "starter", Name: "Starter", Price: &value.Price{Kind: value.Free, Amount: "0", Text: "Free"}, Pos: Pos{15, 9}},
					{ID: "fleet", Name: "Fleet", Price: price(t, "$18 per vehicle per month"),
						AnnualPrice: price(t, "$180 per vehicle per year"), Pos: Pos{18, 9}},
					{ID: "enterprise", Name: "Enterprise", Price: &value.Price{Kind: value.Custom, Text: "custom"}, Pos: Pos{22, 9}},
				}},
			{ID: "driverlog", Name: "DriverLog", Plans: []Plan{}, Pos: Pos{25, 5}},
		},
		Facts: []Fact{
			{ID: "trial", About: []string{"free trial", "trial"}, Value: quantity(t, "14 days"), Pos: Pos{28, 5}},
			{ID: "integrations", About: []string{"integrations"}, Value: quantity(t, "120+ integrations"), Pos: Pos{31, 5}},
		},
		Claims: Claims{
			Approved: []Claim{
				{ID: "fuel", Text: "Cuts fuel costs by up to 12%", Evidence: "https://kestrel.example/fuel-study-2026", Pos: Pos{36, 7}},
				{ID: "speed", Text: "Plans a 200-stop route in under 30 seconds", Pos: Pos{39, 7}},
			},
			Forbidden: []string{"guaranteed savings", "zero downtime"},
		},
		Messages: []Message{
			{ID: "one-view", Text: "One live view of every vehicle, driver and delivery", RequiredIn: []string{"marketing", "Sales"}, Pos: Pos{43, 5}},
			{ID: "eu-data", Text: "Customer data never leaves the EU", Pos: Pos{46, 5}},
		},
		Terminology: []Term{{Use: "sign up", Avoid: []string{"signup", "sign-up"}, Pos: Pos{49, 5}}},
		Offers: []Offer{
			{ID: "launch", Text: "20% off annual Fleet plans", ValidUntil: day(2026, 12, 31), Pos: Pos{52, 5}},
			{ID: "summer", Text: "Three months free on DriverLog Pro", ValidFrom: day(2026, 6, 1), ValidUntil: day(2026, 8, 31), Pos: Pos{55, 5}},
		},
		Rules: map[string]RuleSetting{
			"unapproved-claim": {Severity: "warning", Pos: Pos{60, 3}},
			"term":             {Off: true, Pos: Pos{61, 3}},
			"custom/no-cheap":  {Severity: "error", Pos: Pos{62, 3}},
			"custom/eu-data":   {Off: true, Pos: Pos{74, 3}},
		},
		Custom: []CustomRule{
			{Name: "no-cheap", Kind: "existence", Message: `Say "affordable", not "cheap"`, Severity: "error",
				Tokens: []string{"cheap", "cheapest"}, Patterns: []string{`\bdirt[- ]cheap\b`}, Pos: Pos{62, 3}},
			{Name: "brand-case", Kind: "substitution", Pos: Pos{68, 3}, Swap: []Swap{
				{Avoid: "Routeplanner", Use: "RoutePlanner"},
				{Avoid: "route planner", Use: "RoutePlanner"},
				{Avoid: "Driverlog", Use: "DriverLog"},
			}},
			{Name: "eu-data", Kind: "required", Off: true, Patterns: []string{`(?i)data (stays|never leaves) (in )?the EU`},
				Sources: []string{"site/legal/**"}, Pos: Pos{74, 3}},
			{Name: "quiet", Kind: "existence", Tokens: []string{"synergy"}, Pos: Pos{79, 3}},
		},
		Ignore: []string{"site/legal/**", "**/drafts/**"},
	}
	for i, c := range s.Custom {
		if len(c.Regexps) != len(c.Patterns) {
			t.Fatalf("custom rule %s: %d regexps for %d patterns", c.ID(), len(c.Regexps), len(c.Patterns))
		}
		for j, re := range c.Regexps {
			if re.String() != c.Patterns[j] {
				t.Errorf("custom rule %s: regexp %d is %q, want %q", c.ID(), j, re, c.Patterns[j])
			}
		}
		s.Custom[i].Regexps = nil
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("Load(full.yaml) =\n%#v\nwant\n%#v", s, want)
	}
}

func TestLoadBundledStory(t *testing.T) {
	s, err := Load("../messaging.yaml")
	if err != nil {
		t.Fatalf("the bundled story does not load:\n%v", err)
	}
	if got := s.ChannelNames(); !reflect.DeepEqual(got, []string{"marketing", "sales"}) {
		t.Errorf("ChannelNames() = %q", got)
	}
	fleet := s.Products[0].Plans[1]
	if fleet.ID != "fleet" || !fleet.Price.Equal(*price(t, "$18 per vehicle per month")) {
		t.Errorf("RoutePlanner's second plan = %s %v, want fleet at $18 per vehicle per month", fleet.ID, fleet.Price)
	}
	if got := s.Products[0].Plans[2].Price.Kind; got != value.Custom {
		t.Errorf("Enterprise price kind = %v, want Custom", got)
	}
	if got := s.Rules["unapproved-claim"]; got.Severity != "warning" {
		t.Errorf(`Rules["unapproved-claim"] = %+v`, got)
	}
	if got := s.Offers[1].ValidUntil; !got.Equal(day(2026, 8, 31)) {
		t.Errorf("summer offer ends %v", got)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("testdata/no-such-story.yaml")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want an os.ErrNotExist", err)
	}
}
