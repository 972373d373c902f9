package html

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/onestory/onestory/extract"
	xhtml "golang.org/x/net/html"
)

// pageProducts returns the products of an HTML page: those of its
// structured data (ld and items as structuredPrices reads them), the
// product its <h1> names with the price beside it, and the cards of its
// listings, in that order.
func pageProducts(root *xhtml.Node, t *extract.Text, ld []ldScript, items *goquery.Selection, locate func(*xhtml.Node) extract.Location) []extract.Product {
	var out []extract.Product
	if items != nil {
		out = dataProducts(ld, items, locate)
	}
	return append(out, visibleProducts(root, t)...)
}
