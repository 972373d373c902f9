package html

import (
	"strings"

	"github.com/onestory/onestory/extract"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// microdataPrices reads every item (itemscope) that has a price, lowPrice
// or highPrice property. An Offer that is the "offers" property of another
// item takes that item's name as its product; any other item with a price
// uses its own name.
func microdataPrices(items *goquery.Selection, locate func(*xhtml.Node) extract.Location) []extract.StructuredPrice {
	var out []extract.StructuredPrice
	items.Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		props := itemProps(n)
		price, high := props["price"], props["highPrice"]
		if price == nil {
			price = props["lowPrice"]
		}
		if price == nil && high == nil {
			return
		}
		p := extract.StructuredPrice{Product: propValue(props["name"]),
			Price: propValue(price), HighPrice: propValue(high),
			Currency: propValue(props["priceCurrency"]), ValidUntil: propValue(props["priceValidUntil"])}
		if parent := scopeOf(n); parent != nil && hasItemprop(n, "offers") {
			p.Product = propValue(itemProps(parent)["name"])
		}
		at := price
		if at == nil {
			at = high
		}
		p.Location = locate(at)
		if p.Location.Line == 0 {
			p.Location = locate(n)
		}
		out = append(out, p)
	})
	return out
}

// itemProps returns the first element of each property of item n: the
// itemprop elements under n whose nearest item is n.
func itemProps(n *xhtml.Node) map[string]*xhtml.Node {
	props := map[string]*xhtml.Node{}
	var visit func(*xhtml.Node)
	visit = func(m *xhtml.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != xhtml.ElementNode {
				continue
			}
			for _, name := range strings.Fields(attr(c, "itemprop")) {
				if props[name] == nil {
					props[name] = c
				}
			}
			if !hasAttr(c, "itemscope") {
				visit(c)
			}
		}
	}
	visit(n)
	return props
}

// scopeOf returns the nearest item n is a property of, or nil.
func scopeOf(n *xhtml.Node) *xhtml.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == xhtml.ElementNode && hasAttr(p, "itemscope") {
			return p
		}
	}
	return nil
}

// hasItemprop reports whether n is the property name of its item.
func hasItemprop(n *xhtml.Node, name string) bool {
	for _, f := range strings.Fields(attr(n, "itemprop")) {
		if f == name {
			return true
		}
	}
	return false
}

// propValue returns a property's value: the content, value or datetime
// attribute where the element carries one, or else its text.
func propValue(n *xhtml.Node) string {
	if n == nil {
		return ""
	}
	for _, key := range []string{"content", "value", "datetime"} {
		if hasAttr(n, key) && (key != "datetime" || n.DataAtom == atom.Time) {
			return strings.TrimSpace(attr(n, key))
		}
	}
	return cellText(n)
}
