package analyze

import (
	"context"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/reader"
	"github.com/onestory/onestory/story"
)

// TestListings checks how page products meet the catalogue: an
// identifier before an address before a name, the <h1> product taking
// the identifiers of the page's structured data, and prices read in
// their written forms.
func TestListings(t *testing.T) {
	s, err := story.Parse("s.yaml", []byte(`version: 1
products:
  - {id: alpha, name: Alpha, price: "$10", sku: A-1, url: "https://shop.example/p/alpha"}
  - {id: beta, name: Beta, price: "$20", gtin: "4006381333931"}
  - {id: gamma, name: Gamma Tent, price: "€1,299"}
`))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><script type="application/ld+json">{"@type": "Product", "name": "Alpha", "gtin": "04006381333931",
"offers": {"price": "20.00", "priceCurrency": "USD", "availability": "InStock"}}</script></head><body><main>
<div class="p"><h1>Alpha</h1><p>$20.00</p><p>Sold out</p></div>
<div><div class="c"><a href="/p/alpha/"><h3>Something else</h3></a><p>$10</p></div>
<div class="c"><h3>gamma  tent</h3><p>1.299,00 €</p></div>
<div class="c"><h3>Delta</h3><p>USD 5</p></div></div></main></body></html>`
	tx, err := reader.ExtractProducts(context.Background(), "html", "https://shop.example/p/beta", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze(context.Background(), tx, "marketing")
	type got struct {
		kind         extract.ProductKind
		id, by       string
		price, avail string
	}
	want := []got{
		{extract.ProductData, "beta", story.ByGTIN, "$20", story.InStock}, // the GTIN, not the name Alpha
		{extract.ProductCard, "alpha", story.ByURL, "$10", ""},
		{extract.ProductCard, "gamma", story.ByName, "€1,299", ""},
		{extract.ProductCard, "", "", "$5", ""},
		{extract.ProductPage, "beta", story.ByGTIN, "$20", story.OutOfStock},
	}
	if len(d.Listings) != len(want) {
		t.Fatalf("%d listings, want %d: %+v", len(d.Listings), len(want), d.Listings)
	}
	for i, l := range d.Listings {
		g := got{kind: l.Kind, by: l.Match, avail: l.Availability}
		if l.Item >= 0 {
			g.id = s.Catalog.Items[l.Item].ID
		}
		if l.Price != nil {
			g.price = l.Price.String()
		}
		if g != want[i] {
			t.Errorf("listing %d = %+v, want %+v", i, g, want[i])
		}
	}
}
