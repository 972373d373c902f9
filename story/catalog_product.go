package story

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/onestory/onestory/value"
)

// listingKeys are the keys of a product that sells as one item: its own
// price, identifiers, page, sale and availability.
var listingKeys = []string{"price", "sku", "gtin", "mpn", "url", "sale_price", "sale_from", "sale_until", "availability"}

// Listing is what the story file says of a product sold as one item; it
// is the zero Listing for a product sold by its plans.
type Listing struct {
	Price        *value.Price
	SKU          string
	GTIN         string
	MPN          string
	URL          string
	Sale         *Sale
	Availability string // InStock, OutOfStock, Preorder, Backorder or ""
}

// listing decodes a product's listing keys (m holds the product's fields).
func (d *decoder) listing(m map[string]*yaml.Node, p string) Listing {
	l := Listing{
		Price: d.price(m["price"], join(p, "price")),
		SKU:   d.str(m["sku"], join(p, "sku")),
		GTIN:  d.gtin(m["gtin"], join(p, "gtin")),
		MPN:   d.str(m["mpn"], join(p, "mpn")),
		URL:   d.str(m["url"], join(p, "url")),
	}
	if sp := d.price(m["sale_price"], join(p, "sale_price")); sp != nil {
		l.Sale = &Sale{Price: *sp, From: d.date(m["sale_from"], join(p, "sale_from")), Until: d.date(m["sale_until"], join(p, "sale_until"))}
		if !l.Sale.From.IsZero() && !l.Sale.Until.IsZero() && l.Sale.Until.Before(l.Sale.From) {
			d.failf(m["sale_until"], join(p, "sale_until"), "the sale ends before it starts (sale_from is %s)", l.Sale.From.Format("2006-01-02"))
		}
	} else {
		for _, k := range []string{"sale_from", "sale_until"} {
			if n, ok := m[k]; ok {
				d.failf(n, join(p, k), "a sale date without a sale_price; add the sale_price or remove %s", k)
			}
		}
	}
	if n, ok := m["availability"]; ok {
		s := d.str(n, join(p, "availability"))
		a, known := ParseAvailability(s)
		if !known && s != "" {
			d.failf(n, join(p, "availability"), "unknown availability %q; want %s", s, choices(availabilityNames))
		}
		l.Availability = a
	}
	return l
}

// gtin reads an optional GTIN: 8 to 14 digits, spaces and dashes allowed.
func (d *decoder) gtin(n *yaml.Node, path string) string {
	s := d.str(n, path)
	if s == "" {
		return ""
	}
	g, ok := cleanGTIN(s)
	if !ok {
		d.failf(n, path, "cannot read %q as a GTIN (8 to 14 digits, like \"00012345600012\")", s)
	}
	return g
}

// cleanGTIN returns the digits of a GTIN, or false when s is not 8 to 14
// digits with optional spaces and dashes.
func cleanGTIN(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-':
		default:
			return "", false
		}
	}
	g := b.String()
	return g, len(g) >= 8 && len(g) <= 14
}

// sells reports whether the listing makes the product a catalogue item.
func (l Listing) sells() bool {
	return l.Price != nil || l.SKU != "" || l.GTIN != "" || l.MPN != "" || l.URL != ""
}

// item returns the catalogue item of a story product sold as one item.
func (pr Product) item(file string) Item {
	l := pr.Listing
	return Item{ID: pr.ID, Title: pr.Name, SKU: l.SKU, GTIN: l.GTIN, MPN: l.MPN, URL: l.URL,
		Price: l.Price, Sale: l.Sale, Availability: l.Availability,
		Origin: Origin{File: file, Line: pr.Pos.Line, Column: pr.Pos.Column}}
}
