package extract

import (
	"bytes"
	"context"
	"fmt"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
)

// bom is the UTF-8 byte order mark, which is no text.
var bom = []byte("\ufeff")

// errBinary is returned for data that holds NUL bytes: no text format
// does.
func errBinary(format string) error { return fmt.Errorf("not %s: binary content", format) }

// HTML extracts an HTML page: its title, meta description and the visible
// prose of the body as blocks with line, column and CSS selector; prices
// stated in JSON-LD or microdata; and onestory-disable comments. Scripts,
// styles, code, navigation, the site header and footer, cookie banners and
// hidden elements are left out. Broken markup is read as browsers read
// it; only binary data is an error.
func HTML(ctx context.Context, source string, data []byte) (*Text, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errBinary("HTML")
	}
	data = bytes.TrimPrefix(data, bom)
	x := indexHTML(data)
	root, err := xhtml.Parse(bytes.NewReader(data))
	if err != nil { // nested deeper than the parser allows
		root, err = xhtml.Parse(bytes.NewReader(flatten(data)))
	}
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := &Text{Directives: commentDirectives(x.comments)}
	w := newWalker(x, source, t)
	w.walk(root)
	w.flush(w.top())
	locate := func(n *xhtml.Node) Location {
		if l, ok := w.where[n]; ok {
			return l
		}
		return Location{Source: source}
	}
	t.Prices, t.Warnings = structuredPrices(goquery.NewDocumentFromNode(root), locate)
	return t, nil
}
