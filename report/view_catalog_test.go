package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// TestCatalogView checks the catalogue view: the products pages show or
// findings name, those with a problem first, each statement marked as
// agreeing or not, and the count of products no page shows.
func TestCatalogView(t *testing.T) {
	s, err := story.Parse("s.yaml", []byte(`version: 1
products:
  - {id: lamp, name: Desk Lamp, price: "$49", sku: DL-1}
  - {id: bulb, name: Bulb, price: "$3", sale_price: "$2", sale_until: 2026-12-24}
  - {id: shade, name: Lamp Shade, price: "$12"}
  - {id: stand, name: Stand, price: "$20"}
`))
	if err != nil {
		t.Fatal(err)
	}
	at := func(line int) extract.Location { return extract.Location{Source: "site/lamps.html", Line: line} }
	statements := []rules.Entry{
		{Kind: analyze.ListingMention, Subject: "lamp", Channel: "marketing", Display: "$49", Listing: extract.ProductCard, Location: at(3)},
		{Kind: analyze.ListingMention, Subject: "bulb", Channel: "marketing", Display: "$2", Listing: extract.ProductCard, Location: at(5)},
		{Kind: analyze.ListingMention, Subject: "shade", Channel: "marketing", Display: "$15", Listing: extract.ProductCard, Location: at(7)},
		{Kind: analyze.ListingMention, Subject: "url:/p/unknown", Channel: "marketing", Display: "$1", Listing: extract.ProductCard, Location: at(9)},
	}
	findings := []rules.Finding{{Rule: "price-mismatch", Severity: rules.Error, Subject: "shade", Found: "$15",
		Message: "Lamp Shade is $12 in the story file (s.yaml:6); this card says $15.", Location: at(7), Related: []extract.Location{}}}
	v := NewView(s, statements, slices.Values(findings))
	c := v.Catalog
	if c == nil || len(c.Rows) != 3 || c.Unseen != 1 {
		t.Fatalf("catalogue view = %+v, want 3 rows and 1 product unseen", c)
	}
	if c.Rows[0].ID != "shade" || len(c.Rows[0].Problems) != 1 || c.Rows[0].Statements[0].Agrees {
		t.Errorf("first row = %+v, want the shade with its mismatch", c.Rows[0])
	}
	if c.Rows[1].ID != "lamp" || !c.Rows[1].Statements[0].Agrees || c.Rows[1].Row != "s.yaml:3" {
		t.Errorf("second row = %+v", c.Rows[1])
	}
	if c.Rows[2].Sale != "$2 until 2026-12-24" {
		t.Errorf("sale = %q", c.Rows[2].Sale)
	}
	var b bytes.Buffer
	r := New("test", "s.yaml", nil, findings)
	r.View = v
	if err := HTML(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	if !strings.Contains(html, `id="h-catalog"`) || strings.Index(html, "Lamp Shade") > strings.Index(html, "Desk Lamp") {
		t.Error("the HTML report has no catalogue view, or not the product with a problem first")
	}
}

// TestInspectProducts checks that inspect lists the products a page
// presents with the item each matched, and leaves the key out otherwise.
func TestInspectProducts(t *testing.T) {
	d := &analyze.Doc{Source: "p.html", Format: "html", Listings: []analyze.Listing{{Kind: extract.ProductCard,
		Name: "Desk Lamp", Text: "$49.00", Item: 0, ItemID: "lamp", Match: story.ByName}}}
	var b bytes.Buffer
	if err := InspectJSON(&b, NewInspection([]InspectedDoc{Inspect(d), Inspect(&analyze.Doc{Source: "q.html"})})); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); strings.Count(got, `"products"`) != 1 || !strings.Contains(got, `"item": "lamp"`) || !strings.Contains(got, `"match": "name"`) {
		t.Errorf("inspection:\n%s", got)
	}
	b.Reset()
	if err := InspectText(&b, NewInspection([]InspectedDoc{Inspect(d)})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `card  "Desk Lamp"`) || !strings.Contains(b.String(), "item=lamp match=name") {
		t.Errorf("inspection:\n%s", b.String())
	}
}

// TestCatalogViewKeepsCatalogueRules: the findings of the catalogue's own
// rules (a sale shown out of its dates, an availability the catalogue
// contradicts) reach the catalogue view, although they mark nothing in the
// story matrix.
func TestCatalogViewKeepsCatalogueRules(t *testing.T) {
	s, err := story.Parse("s.yaml", []byte(`version: 1
products:
  - {id: bulb, name: Bulb, price: "$3", sale_price: "$2", sale_until: 2026-12-24}
  - {id: lamp, name: Desk Lamp, price: "$49", availability: out_of_stock}
`))
	if err != nil {
		t.Fatal(err)
	}
	at := extract.Location{Source: "site/bulb.html", Line: 3}
	findings := []rules.Finding{
		{Rule: "sale-price-outside-dates", Severity: rules.Error, Subject: "bulb", Found: "$2", Location: at, Related: []extract.Location{}},
		{Rule: "availability-mismatch", Severity: rules.Warning, Subject: "lamp", Found: "In stock", Location: at, Related: []extract.Location{}},
	}
	c := NewView(s, nil, slices.Values(findings)).Catalog
	if c == nil {
		t.Fatal("no catalogue view")
	}
	problems := map[string]int{}
	for _, r := range c.Rows {
		problems[r.ID] = len(r.Problems)
	}
	if problems["bulb"] != 1 || problems["lamp"] != 1 {
		t.Errorf("problems by product = %v, want the sale and the availability finding", problems)
	}
}
