package html

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
)

// Extract reads an HTML page: its title, meta description and the visible
// prose of the body as blocks with line, column and CSS selector; prices
// stated in JSON-LD or microdata; and onestory-disable comments. Scripts,
// styles, code, navigation, the site header and footer, cookie banners and
// hidden elements are left out. Broken markup is read as browsers read
// it; only binary data is an error.
func Extract(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	return read(ctx, source, data, false)
}

// ExtractProducts is Extract that also reads the products the page
// presents (Text.Products: its structured data's, the one its <h1> names,
// its listing cards). Looking for cards costs about a fifth of reading a
// page, so only a story with a product catalogue asks for them.
func ExtractProducts(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	return read(ctx, source, data, true)
}

// read is Extract, reading the page's products when products is set.
func read(ctx context.Context, source string, data []byte, products bool) (*extract.Text, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, prose.ErrBinary("HTML")
	}
	data = bytes.TrimPrefix(data, prose.BOM)
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
	buf := htmlPool.Get().(*htmlBuffers)
	defer buf.release()
	buf.x.index(data)
	t := &extract.Text{Directives: commentDirectives(buf.x.comments)}
	w := &buf.w
	w.reset(&buf.x, source, t)
	w.walk(root)
	w.flush(w.top())
	t.Blocks = w.blocks()
	if len(w.where) == 0 { // no JSON-LD script, no microdata item
		if products {
			t.Products = pageProducts(root, t, nil, nil, nil)
		}
		return t, nil
	}
	locate := func(n *xhtml.Node) extract.Location {
		if l, ok := w.where[n]; ok {
			return l
		}
		return extract.Location{Source: source}
	}
	doc := goquery.NewDocumentFromNode(root)
	items := doc.FindNodes(w.itemScopes...)
	var ld []ldScript
	ld, t.Warnings = decodeLD(doc.FindNodes(w.ldScripts...), locate)
	t.Prices = structuredPrices(ld, items, locate)
	if products {
		t.Products = pageProducts(root, t, ld, items, locate)
	}
	return t, nil
}

// htmlBuffers are what one HTML extraction works in: the token index and
// the walker with their slices and maps. They go back to htmlPool when
// the extraction is done, so that extracting page after page allocates
// little more than what each Text keeps.
type htmlBuffers struct {
	x htmlIndex
	w walker
}

// htmlPool holds htmlBuffers between extractions. It is a cache of
// emptied buffers: nothing in it changes what an extraction returns.
var htmlPool = sync.Pool{New: func() any { return new(htmlBuffers) }}

// maxPooled is the largest page, in bytes of text, whose buffers go back
// to the pool; an outsized page's are left to the collector.
const maxPooled = 4 << 20

// maxKeptMap is the most elements the walker's maps may have held for
// them to be cleared and kept rather than made anew.
const maxKeptMap = 4096

// release drops what b refers to of the page it read and puts it back in
// htmlPool.
func (b *htmlBuffers) release() {
	if cap(b.x.stream) > maxPooled {
		return
	}
	b.x.reset(nil)
	b.w.reset(nil, "", nil)
	htmlPool.Put(b)
}

// reset readies w to write the blocks of the page indexed by x to out,
// keeping its buffers; reset(nil, "", nil) drops what it refers to.
func (w *walker) reset(x *htmlIndex, source string, out *extract.Text) {
	clear(w.frames[:cap(w.frames)])
	clear(w.heads[:cap(w.heads)])
	clear(w.items[:cap(w.items)])
	clear(w.ldScripts[:cap(w.ldScripts)])
	clear(w.itemScopes[:cap(w.itemScopes)])
	if len(w.siblings) > maxKeptMap || w.cells == nil { // clearing costs what the map once held
		w.cells, w.where = map[*xhtml.Node][]string{}, map[*xhtml.Node]extract.Location{}
		w.siblings = siblingIndex{}
	}
	clear(w.cells)
	clear(w.where)
	clear(w.siblings)
	w.x, w.source, w.out, w.cur = x, source, out, 0
	w.frames = append(w.frames[:0], frame{kind: extract.Paragraph})
	w.buf.Reset()
	w.one = ""
	w.ctx, w.heads, w.items, w.dt = nil, w.heads[:0], w.items[:0], ""
	w.ldScripts, w.itemScopes = w.ldScripts[:0], w.itemScopes[:0]
	w.depth, w.lists, w.metaN, w.script = 0, 0, 0, 0
	if out != nil {
		out.Blocks = w.scratch[:0]
	}
}

// blocks returns the blocks written, in a slice of their own, and keeps
// the one they were written to, emptied, for the next page.
func (w *walker) blocks() []extract.Block {
	out := make([]extract.Block, len(w.out.Blocks))
	copy(out, w.out.Blocks)
	clear(w.out.Blocks)
	w.scratch = w.out.Blocks[:0]
	return out
}
