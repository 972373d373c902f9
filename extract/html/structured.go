package html

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
)

// ldScript is a page's JSON-LD script decoded, and where it stands.
type ldScript struct {
	v  any
	at extract.Location
}

// decodeLD decodes a page's JSON-LD scripts, in document order, once for
// the prices and the products read from them. A script that is not valid
// JSON is left out and becomes a Warning at the script's location; the
// rest of the page is still read.
func decodeLD(scripts *goquery.Selection, locate func(*xhtml.Node) extract.Location) ([]ldScript, []extract.Warning) {
	var out []ldScript
	var warns []extract.Warning
	scripts.Each(func(_ int, s *goquery.Selection) {
		at := locate(s.Get(0))
		dec := json.NewDecoder(strings.NewReader(s.Text()))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			warns = append(warns, extract.Warning{Message: "JSON-LD is not valid JSON: " + err.Error(), Location: at})
			return
		}
		out = append(out, ldScript{v: v, at: at})
	})
	return out, warns
}

// structuredPrices returns the prices a page states in JSON-LD and in
// microdata: ld are its JSON-LD scripts as decodeLD reads them and items
// its microdata items (the elements with itemscope), both in document
// order. Every JSON-LD object with an "offers" (a Product,
// SoftwareApplication, Service...) names the product of its offers; an
// Offer or AggregateOffer met elsewhere takes its product from
// itemOffered. @graph, arrays and nesting are followed.
func structuredPrices(ld []ldScript, items *goquery.Selection, locate func(*xhtml.Node) extract.Location) []extract.StructuredPrice {
	var prices []extract.StructuredPrice
	for _, s := range ld {
		walkLD(s.v, s.at, &prices)
	}
	return append(prices, microdataPrices(items, locate)...)
}

// walkLD collects the prices under the JSON-LD value v.
func walkLD(v any, at extract.Location, out *[]extract.StructuredPrice) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			walkLD(e, at, out)
		}
	case map[string]any:
		if isType(v["@type"], "Offer", "AggregateOffer") {
			product := ""
			if item, ok := v["itemOffered"].(map[string]any); ok {
				product = scalar(item["name"])
			}
			offerLD(v, product, at, out)
			return
		}
		if offers, ok := v["offers"]; ok {
			for _, o := range asList(offers) {
				if m, ok := o.(map[string]any); ok {
					offerLD(m, scalar(v["name"]), at, out)
				}
			}
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if k != "offers" {
				walkLD(v[k], at, out)
			}
		}
	}
}

// offerLD records the price of one offer; an AggregateOffer's own offers
// are read too.
func offerLD(m map[string]any, product string, at extract.Location, out *[]extract.StructuredPrice) {
	p := extract.StructuredPrice{Product: product, Location: at,
		Price: scalar(m["price"]), HighPrice: scalar(m["highPrice"]),
		Currency: scalar(m["priceCurrency"]), ValidUntil: scalar(m["priceValidUntil"])}
	if p.Price == "" {
		p.Price = scalar(m["lowPrice"])
	}
	for _, s := range asList(m["priceSpecification"]) {
		spec, ok := s.(map[string]any)
		if p.Price != "" || !ok {
			break
		}
		p.Price = scalar(spec["price"])
		if p.Currency == "" {
			p.Currency = scalar(spec["priceCurrency"])
		}
	}
	if p.Price != "" || p.HighPrice != "" {
		*out = append(*out, p)
	}
	for _, o := range asList(m["offers"]) {
		if sub, ok := o.(map[string]any); ok {
			offerLD(sub, product, at, out)
		}
	}
}

// isType reports whether a JSON-LD @type (a string or a list, with or
// without the schema.org prefix) is one of names.
func isType(t any, names ...string) bool {
	for _, e := range asList(t) {
		s, _ := e.(string)
		s = s[strings.LastIndexAny(s, "/:")+1:]
		for _, n := range names {
			if s == n {
				return true
			}
		}
	}
	return false
}

// asList returns v as a list: a list as it is, anything else alone.
func asList(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	default:
		return []any{v}
	}
}

// scalar returns a JSON string or number as written; anything else is "".
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return v.String()
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}
