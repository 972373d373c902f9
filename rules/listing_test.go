package rules

import (
	"slices"
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// TestListingFindings checks the catalogue rules on listings as analyze
// hands them over: the sale's days, the former price during a sale, the
// regular price shown during one, availability and a right price.
func TestListingFindings(t *testing.T) {
	s, err := story.Parse("s.yaml", []byte(`version: 1
products:
  - {id: lamp, name: Desk Lamp, price: "$49", sale_price: "$39", sale_from: 2026-12-10, sale_until: 2026-12-24, availability: in_stock}
  - {id: bulb, name: Bulb, price: "$3", availability: out_of_stock}
`))
	if err != nil {
		t.Fatal(err)
	}
	price := func(text string) *value.Price {
		p, err := value.ParsePrice(text)
		if err != nil {
			t.Fatal(err)
		}
		return &p
	}
	l := func(item int, kind extract.ProductKind, cur, was, avail string, line int) analyze.Listing {
		out := analyze.Listing{Kind: kind, Item: item, Text: cur, Availability: avail, AvailabilityText: avail,
			Location: extract.Location{Source: "site/shop.html", Line: line}}
		out.AvailabilityAt = out.Location
		if cur != "" {
			out.Price = price(cur)
		}
		if was != "" {
			out.Was = price(was)
		}
		return out
	}
	d := &analyze.Doc{Source: "site/shop.html", Channel: "marketing", Format: "html", Text: &extract.Text{}, Listings: []analyze.Listing{
		l(0, extract.ProductCard, "$39", "", "", 1),              // the sale price before the sale
		l(0, extract.ProductPage, "$49", "", story.InStock, 2),   // right
		l(1, extract.ProductCard, "$3.00", "", story.InStock, 3), // right price, wrong availability
		l(-1, extract.ProductCard, "$5", "", story.InStock, 4),   // not in the catalogue
	}}
	tests := []struct {
		name string
		now  time.Time
		want []string
	}{
		{"before the sale", time.Date(2026, 12, 9, 0, 0, 0, 0, time.UTC), []string{
			"availability-mismatch Bulb is out of stock in the story file (s.yaml:4); this card says “in_stock”.",
			"sale-price-outside-dates Desk Lamp shows its sale price $39, but its sale in the story file (s.yaml:3) runs from 2026-12-10 to 2026-12-24; its price is $49.",
		}},
		{"during the sale", time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC), []string{
			"availability-mismatch Bulb is out of stock in the story file (s.yaml:4); this card says “in_stock”.",
			"price-mismatch Desk Lamp is on sale at $39 until 2026-12-24 in the story file (s.yaml:3); this page says $49.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewChecker(s, tt.now)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range append(c.Document(d), c.Corpus()...) {
				got = append(got, f.Rule+" "+f.Message)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
	d.Listings = []analyze.Listing{l(0, extract.ProductPage, "$39", "$59", "", 5)}
	c, _ := NewChecker(s, time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC))
	fs := append(c.Document(d), c.Corpus()...)
	if len(fs) != 1 || fs[0].Message != "Desk Lamp is on sale at $39 from its regular price of $49 in the story file (s.yaml:3); this page gives its former price as $59." {
		t.Errorf("a wrong former price during the sale: %+v", fs)
	}
}
