package html

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/onestory/onestory/extract"
	xhtml "golang.org/x/net/html"
)

// pageProducts returns the products of an HTML page: those of its
// structured data (scripts and items as structuredPrices reads them), the
// product its <h1> names with the price beside it, and the cards of its
// listings, in that order.
func pageProducts(root *xhtml.Node, t *extract.Text, scripts, items *goquery.Selection, locate func(*xhtml.Node) extract.Location) []extract.Product {
	var out []extract.Product
	if scripts != nil {
		out = dataProducts(scripts, items, locate)
	}
	return append(out, visibleProducts(root, t)...)
}
