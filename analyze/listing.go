package analyze

import (
	"net/url"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// ListingMention is the kind of the index entries (rules.Entry) that
// record a Listing's price: the mention finders themselves never make one.
const ListingMention Kind = "listing"

// Listing is a product a page presents (extract.Product), matched with
// the story's catalogue and its prices read.
type Listing struct {
	Kind extract.ProductKind
	Name string
	// Item is the index of the matched item in Story.Catalog.Items, -1
	// when none matched; Match says how: story.BySKU, ByGTIN, ByMPN,
	// ByURL or ByName.
	Item   int
	ItemID string // the matched item's id, "" when none
	Match  string
	// Price is the current price and Was the former one, nil when not
	// stated or not readable; Text and WasText are as written.
	Price, Was    *value.Price
	Text, WasText string
	// Availability is story.InStock, OutOfStock, Preorder, Backorder, or
	// "" when the page does not say; AvailabilityText is as written.
	Availability, AvailabilityText string
	URL                            string
	Location                       extract.Location // where the price stands
	// AvailabilityAt is where the availability is said: the visible
	// words, or the price's place for structured data.
	AvailabilityAt extract.Location
}

// listings matches the products of a page with the catalogue c. Each is
// looked up by identifier first (SKU, GTIN, MPN), then by its page's
// address, then by its name, each a map lookup: the cost does not grow
// with the catalogue. The product an <h1> names takes the identifiers of
// the page's one structured product.
func listings(c *story.Catalog, t *extract.Text) []Listing {
	if c == nil {
		return nil
	}
	if len(t.Products) == 0 {
		return rowListings(c, t)
	}
	var data *extract.Product
	for i := range t.Products {
		if t.Products[i].Kind == extract.ProductData {
			if data != nil && !sameProduct(*data, t.Products[i]) {
				data = nil
				break
			}
			data = &t.Products[i]
		}
	}
	base := pageAddress(t.Source)
	out := make([]Listing, 0, len(t.Products))
	for _, p := range t.Products {
		keys := p
		if p.Kind == extract.ProductPage && data != nil {
			keys.SKU, keys.GTIN, keys.MPN, keys.URL = data.SKU, data.GTIN, data.MPN, data.URL
		}
		if p.Kind == extract.ProductPage && keys.URL == "" {
			keys.URL = t.Source
		}
		l := Listing{Kind: p.Kind, Name: p.Name, Item: -1, Text: p.Price, WasText: p.Was,
			AvailabilityText: p.Availability, URL: resolve(base, p.URL), Location: p.Location}
		address := l.URL
		if keys.URL != p.URL {
			address = resolve(base, keys.URL)
		}
		if l.Item, l.Match = match(c, keys, address); l.Item >= 0 {
			l.ItemID = c.Items[l.Item].ID
		}
		l.Price = listedPrice(p.Price, p.Currency, p.Kind)
		l.Was = listedPrice(p.Was, p.Currency, p.Kind)
		l.Availability, _ = story.ParseAvailability(p.Availability)
		if l.AvailabilityAt = p.AvailabilityAt; l.AvailabilityAt.Source == "" {
			l.AvailabilityAt = p.Location
		}
		out = append(out, l)
	}
	return out
}

// sameProduct reports whether two structured products are one product
// (offers of it in several currencies, say).
func sameProduct(a, b extract.Product) bool {
	return a.SKU == b.SKU && a.GTIN == b.GTIN && a.MPN == b.MPN && a.Name == b.Name
}

// match finds the catalogue item of a product: by its identifiers, its
// page's address (p.URL resolved against the page's: address), then its
// name.
func match(c *story.Catalog, p extract.Product, address string) (int, string) {
	for _, k := range [...]struct{ kind, v string }{
		{story.BySKU, p.SKU}, {story.ByGTIN, p.GTIN}, {story.ByMPN, p.MPN},
		{story.ByURL, address}, {story.ByName, p.Name},
	} {
		if k.v == "" {
			continue
		}
		if i, ok := c.Lookup(k.kind, k.v); ok {
			return i, k.kind
		}
	}
	return -1, ""
}

// pageAddress returns a page's source as the URL its links are relative
// to, nil when the source is no http(s) URL: it is parsed once a page, not
// once a link.
func pageAddress(source string) *url.URL {
	if !strings.HasPrefix(source, "http://") && !strings.HasPrefix(source, "https://") {
		return nil
	}
	base, err := url.Parse(source)
	if err != nil {
		return nil
	}
	return base
}

// resolve returns a link as an address: relative to the page's (base,
// from pageAddress) when the page is a URL, as written otherwise.
func resolve(base *url.URL, link string) string {
	if link == "" || base == nil {
		return link
	}
	ref, err := url.Parse(link)
	if err != nil {
		return link
	}
	return base.ResolveReference(ref).String()
}

// listedPrice reads a product's price: structured data's amount with its
// currency, or a price as the page shows it ("$1,299.00", "1.299,00 €",
// "USD 1299"). It returns nil for "" or a price it cannot read.
func listedPrice(text, currency string, kind extract.ProductKind) *value.Price {
	if text == "" {
		return nil
	}
	var p value.Price
	var err error
	if kind == extract.ProductData {
		p, err = parseStructured(extract.StructuredPrice{Price: text, Currency: currency})
	} else {
		p, err = value.ParsePrice(text)
	}
	if err != nil {
		return nil
	}
	return &p
}
