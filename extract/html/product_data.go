package html

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/onestory/onestory/extract"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// gtinKeys are the schema.org properties a GTIN is given in, the first
// found being used.
var gtinKeys = []string{"gtin", "gtin13", "gtin12", "gtin14", "gtin8"}

// dataProducts returns the schema.org Products of a page's JSON-LD
// scripts (as decodeLD reads them) and microdata items, one for each
// offer with a price.
func dataProducts(ld []ldScript, items *goquery.Selection, locate func(*xhtml.Node) extract.Location) []extract.Product {
	var out []extract.Product
	for _, s := range ld {
		walkProductLD(s.v, s.at, &out)
	}
	items.Each(func(_ int, s *goquery.Selection) {
		if n := s.Get(0); isProductType(attr(n, "itemtype")) {
			out = append(out, microdataProducts(n, locate)...)
		}
	})
	return out
}

// isProductType reports whether a schema.org type names a product.
func isProductType(t string) bool {
	for _, f := range strings.Fields(t) {
		f = f[strings.LastIndexAny(f, "/:")+1:]
		if f == "Product" || f == "IndividualProduct" || f == "ProductModel" {
			return true
		}
	}
	return false
}

// walkProductLD collects the Products under the JSON-LD value v.
func walkProductLD(v any, at extract.Location, out *[]extract.Product) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			walkProductLD(e, at, out)
		}
	case map[string]any:
		if isType(v["@type"], "Product", "IndividualProduct", "ProductModel") {
			base := extract.Product{Kind: extract.ProductData, Name: scalar(v["name"]), SKU: scalar(v["sku"]),
				GTIN: firstOf(v, gtinKeys), MPN: scalar(v["mpn"]), URL: scalar(v["url"]), Location: at}
			for _, o := range asList(v["offers"]) {
				if m, ok := o.(map[string]any); ok {
					offerProducts(m, base, out)
				}
			}
			return
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			walkProductLD(v[k], at, out)
		}
	}
}

// offerProducts records the product of one offer, whose own sku, GTIN and
// url stand before the product's; an AggregateOffer gives its lowPrice
// and its offers.
func offerProducts(m map[string]any, p extract.Product, out *[]extract.Product) {
	p.SKU = cmp.Or(scalar(m["sku"]), p.SKU)
	p.GTIN = cmp.Or(firstOf(m, gtinKeys), p.GTIN)
	p.URL = cmp.Or(scalar(m["url"]), p.URL)
	p.Price = cmp.Or(scalar(m["price"]), scalar(m["lowPrice"]))
	p.Currency = scalar(m["priceCurrency"])
	p.Availability = scalar(m["availability"])
	for _, s := range asList(m["priceSpecification"]) {
		if spec, ok := s.(map[string]any); ok && p.Price == "" {
			p.Price, p.Currency = scalar(spec["price"]), cmp.Or(p.Currency, scalar(spec["priceCurrency"]))
		}
	}
	if p.Price != "" {
		*out = append(*out, p)
	}
	for _, o := range asList(m["offers"]) {
		if sub, ok := o.(map[string]any); ok {
			offerProducts(sub, p, out)
		}
	}
}

// firstOf returns the first of keys that m gives a value.
func firstOf(m map[string]any, keys []string) string {
	for _, k := range keys {
		if s := scalar(m[k]); s != "" {
			return s
		}
	}
	return ""
}

// microdataProducts reads a microdata Product item: its name and
// identifiers, and each of its offers with a price.
func microdataProducts(n *xhtml.Node, locate func(*xhtml.Node) extract.Location) []extract.Product {
	props := itemProps(n)
	base := extract.Product{Kind: extract.ProductData, Name: propValue(props["name"]), SKU: propValue(props["sku"]),
		MPN: propValue(props["mpn"]), URL: linkValue(props["url"])}
	for _, k := range gtinKeys {
		if base.GTIN = propValue(props[k]); base.GTIN != "" {
			break
		}
	}
	var out []extract.Product
	for _, o := range offerNodes(n) {
		op := itemProps(o)
		price := cmp.Or(op["price"], op["lowPrice"])
		if price == nil {
			continue
		}
		p := base
		p.SKU = cmp.Or(propValue(op["sku"]), p.SKU)
		if p.Price, p.Currency = propValue(price), propValue(op["priceCurrency"]); p.Price == "" {
			continue
		}
		p.Availability = linkValue(op["availability"])
		if p.Location = locate(price); p.Location.Line == 0 {
			p.Location = locate(o)
		}
		out = append(out, p)
	}
	return out
}

// offerNodes returns the items that are the "offers" of item n.
func offerNodes(n *xhtml.Node) []*xhtml.Node {
	var out []*xhtml.Node
	var visit func(*xhtml.Node)
	visit = func(m *xhtml.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != xhtml.ElementNode {
				continue
			}
			if hasAttr(c, "itemscope") {
				if hasItemprop(c, "offers") {
					out = append(out, c)
				}
				continue
			}
			visit(c)
		}
	}
	visit(n)
	return out
}

// linkValue returns a property's value where a <link> or <a> gives it in
// href, as microdata writes a URL or an availability.
func linkValue(n *xhtml.Node) string {
	if n != nil && (n.DataAtom == atom.Link || n.DataAtom == atom.A) && hasAttr(n, "href") {
		return strings.TrimSpace(attr(n, "href"))
	}
	return propValue(n)
}
