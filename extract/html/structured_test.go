package html

import (
	"context"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

func TestJSONLD(t *testing.T) {
	page := `<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "name": "Pricing"},
  {"@type": "SoftwareApplication", "name": "RoutePlanner",
   "offers": [
     {"@type": "Offer", "name": "Fleet", "price": 18, "priceCurrency": "USD"},
     {"@type": "AggregateOffer", "lowPrice": "0", "highPrice": 180.5, "priceCurrency": "USD", "priceValidUntil": "2026-12-31"}
   ]}
]}
</script>
<script type="application/ld+json">
[{"@type": ["Product"], "name": "DriverLog Pro",
  "offers": {"@type": "Offer", "priceSpecification": {"@type": "UnitPriceSpecification", "price": "9.00", "priceCurrency": "EUR"}}},
 {"@type": "https://schema.org/Offer", "price": "99", "itemOffered": {"@type": "Service", "name": "Onboarding"}}]
</script>
<script type="application/ld+json">{"@type": "Product", "name": "Broken", "offers": {"price": 18,}}</script>
</head><body><p>x</p></body></html>`
	x, err := Extract(context.Background(), "p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []extract.StructuredPrice{
		{Product: "RoutePlanner", Price: "18", Currency: "USD"},
		{Product: "RoutePlanner", Price: "0", HighPrice: "180.5", Currency: "USD", ValidUntil: "2026-12-31"},
		{Product: "DriverLog Pro", Price: "9.00", Currency: "EUR"},
		{Product: "Onboarding", Price: "99"},
	}
	lines := []int{2, 2, 12, 12}
	if len(x.Prices) != len(want) {
		t.Fatalf("prices %+v, want %d", x.Prices, len(want))
	}
	for i, p := range x.Prices {
		loc := p.Location
		p.Location = extract.Location{}
		if p != want[i] {
			t.Errorf("price %d = %+v, want %+v", i, p, want[i])
		}
		if loc.Line != lines[i] || loc.Source != "p.html" || loc.Column != 1 {
			t.Errorf("price %d at %s, want line %d", i, loc, lines[i])
		}
	}
	if len(x.Warnings) != 1 || x.Warnings[0].Location.Line != 17 || !strings.Contains(x.Warnings[0].Message, "JSON-LD is not valid JSON") {
		t.Errorf("warnings %+v", x.Warnings)
	}
}

func TestMicrodata(t *testing.T) {
	x, src := extracttest.Read(t, Extract, "testdata/pricing.html")
	var got *extract.StructuredPrice
	for i := range x.Prices {
		if x.Prices[i].Product == "DriverLog Pro" {
			got = &x.Prices[i]
		}
	}
	if got == nil {
		t.Fatalf("no microdata price in %+v", x.Prices)
	}
	line, col := extracttest.SourceAt(t, src, "$9</span>", 1)
	if got.Price != "9.00" || got.Currency != "USD" || got.Location.Line != line || got.Location.Column != col {
		t.Errorf("microdata price %+v, want 9.00 USD at %d:%d", got, line, col)
	}
	if got.Location.Selector == "" {
		t.Error("microdata price has no selector")
	}
}

func TestMicrodataOfferAlone(t *testing.T) {
	page := "<div itemscope itemtype=\"http://schema.org/Offer\">\n<span itemprop=\"name\">Fleet</span>\n<meta itemprop=\"price\" content=\"18\"><meta itemprop=\"priceCurrency\" content=\"USD\">\n</div>"
	x, err := Extract(context.Background(), "o.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Prices) != 1 || x.Prices[0].Product != "Fleet" || x.Prices[0].Price != "18" || x.Prices[0].Location.Line != 3 {
		t.Errorf("prices %+v", x.Prices)
	}
}
