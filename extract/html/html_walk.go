package html

import (
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walker makes blocks of one parsed HTML page in a single pass over the
// tree, matching each text node to its place in the token stream.
type walker struct {
	x      *htmlIndex
	source string
	out    *extract.Text
	cur    int     // stream offset past the last matched text node
	frames []frame // open blocks, innermost last
	// buf collects the open block's text: a block flushes what it has
	// before a child block opens, so only the innermost one is ever
	// written to.
	buf prose.Builder
	// one is the text node the open block's text comes from, when it
	// comes from one only: the block's text may be part of it.
	one   string
	ctx   []string // the heading path as Context; nil when heads changed
	heads []heading
	depth int      // elements open
	lists int      // ul, ol and menu open
	items []string // for each open list, the item it is nested in
	dt    string   // the last <dt> of the open <dl>
	cells map[*xhtml.Node][]string
	// where holds the elements structured data may point at: every
	// JSON-LD script and every element with itemscope or itemprop.
	where map[*xhtml.Node]extract.Location
	// ldScripts and itemScopes are the JSON-LD scripts and the elements
	// with itemscope, in document order: every element is noted.
	ldScripts, itemScopes []*xhtml.Node
	// metaN and script count the <meta> and <script> elements met so far:
	// the k-th stands where the k-th such start tag of the source does.
	metaN, script int
	// scratch is where out.Blocks is written, and sel where selectors
	// are; both are kept from page to page.
	scratch  []extract.Block
	sel      []byte
	siblings siblingIndex
}

// frame is a block being collected: the element's text that is not inside
// a child block.
type frame struct {
	el    *xhtml.Node
	kind  extract.BlockKind
	level int
	extra []string // Context after the headings: cell headers, parent item
	text  string   // the first text flushed from the frame
	sel   string   // the selector of el, once a block of the frame is made
}

// heading is one entry of the heading path.
type heading struct {
	text  string
	level int // 1–6; cardName for a card's name that is no <h*>
	depth int // element depth of the heading
	after int // number of blocks right after it
}

// cardName is the level of a pricing card's name written without <h*>.
const cardName = 7

// top returns the innermost open block; it stays valid until the next
// block opens.
func (w *walker) top() *frame { return &w.frames[len(w.frames)-1] }

// walk reads n and everything under it.
func (w *walker) walk(n *xhtml.Node) {
	switch n.Type {
	case xhtml.TextNode:
		w.text(n)
	case xhtml.ElementNode:
		w.element(n)
	case xhtml.DocumentNode:
		w.children(n)
	}
}

// children reads the children of n in order.
func (w *walker) children(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// text adds a text node to the open block, with the source position of
// each rune where the node is found in the stream.
func (w *walker) text(n *xhtml.Node) {
	if isBlank(n.Data) { // most text nodes: the space between tags
		w.buf.Space()
		if rest := w.x.stream[min(w.cur, len(w.x.stream)):]; len(rest) >= len(n.Data) && string(rest[:len(n.Data)]) == n.Data {
			w.cur += len(n.Data)
		}
		return
	}
	if w.buf.Empty() {
		w.one = n.Data
	} else {
		w.one = ""
	}
	off := w.x.find(n.Data, w.cur)
	if off < 0 {
		p := w.here()
		for _, r := range n.Data {
			if w.buf.Empty() {
				w.buf.Add(r, p.line, p.col)
			} else {
				w.buf.Add(r, 0, 0)
			}
		}
		return
	}
	w.located(n.Data, off)
	w.cur = off + len(n.Data)
}

// located adds the text data found at stream offset off, each rune with
// its source position; runs of printable ASCII within one token go in one
// step.
func (w *walker) located(data string, off int) {
	c := w.x.at(off)
	for i := 0; i < len(data); {
		k := plainRunLen(data[i : i+c.plain(len(data)-i)])
		for k > 0 && data[i+k-1] == ' ' { // a run ends with a word
			k--
		}
		if k > 0 {
			prose.AddWord(&w.buf, data[i:i+k], c.pos.line, c.pos.col)
			c.skipPlain(k)
			i += k
			continue
		}
		r, size := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(data[i:])
		}
		p := c.next(r, size)
		w.buf.Add(r, p.line, p.col)
		i += size
	}
}

// here is the nearest known position: where the next unmatched text
// token begins.
func (w *walker) here() srcPos { return w.x.at(w.cur).pos }

// skip passes over a subtree that is not prose, keeping the stream cursor
// and the tag counters in step.
func (w *walker) skip(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case xhtml.TextNode:
			if n.Namespace == "" && rawTextElement(n.DataAtom) {
				continue // not in the stream
			}
			if off := w.x.find(c.Data, w.cur); off >= 0 {
				w.cur = off + len(c.Data)
			}
		case xhtml.ElementNode:
			w.note(c)
			w.skip(c)
		}
	}
}

// element reads an element: a meta description, a line break, a left-out
// subtree, inline text or a block.
func (w *walker) element(n *xhtml.Node) {
	p, known := w.note(n)
	switch n.DataAtom {
	case atom.Meta:
		w.meta(n, p, known)
		return
	case atom.Br:
		w.buf.Space()
		return
	}
	if w.dropped(n) {
		w.skip(n)
		return
	}
	w.depth++
	if inline(n.DataAtom) {
		w.children(n)
	} else {
		w.block(n)
	}
	w.depth--
}

// block collects a block element: the text before it in the enclosing
// block is flushed first, so that text directly inside a container with
// block children still makes blocks of its own.
func (w *walker) block(n *xhtml.Node) {
	w.flush(w.top())
	w.frames = append(w.frames, w.open(n))
	w.children(n)
	f := *w.top()
	w.flush(&f)
	w.frames = w.frames[:len(w.frames)-1]
	w.close(n, &f)
	w.endSection()
}

// flush makes a block of what f has collected since it was last flushed.
func (w *walker) flush(f *frame) {
	if w.buf.Empty() {
		return
	}
	text, first, segs := w.buf.TakeIn(w.one)
	w.one = ""
	if f.text == "" {
		f.text = text
	}
	if f.sel == "" {
		w.sel = appendSelector(w.sel[:0], f.el, w.siblings)
		f.sel = string(w.sel)
	}
	w.out.Blocks = append(w.out.Blocks, extract.Block{
		Kind: f.kind, Level: f.level, Text: text,
		Location: extract.Location{Source: w.source, Line: first.Line, Column: first.Column, Selector: f.sel},
		Context:  w.context(f.extra),
		Segments: segs,
	})
}

// context returns the heading path followed by extra. Blocks under the
// same headings without extra share one slice, capped so that appending
// to it copies.
func (w *walker) context(extra []string) []string {
	if len(w.heads)+len(extra) == 0 {
		return nil
	}
	if w.ctx == nil {
		w.ctx = make([]string, 0, len(w.heads))
		for _, h := range w.heads {
			w.ctx = append(w.ctx, h.text)
		}
	}
	if len(extra) == 0 {
		return w.ctx[:len(w.ctx):len(w.ctx)]
	}
	out := make([]string, len(w.ctx), len(w.ctx)+len(extra))
	copy(out, w.ctx)
	for _, e := range extra {
		if e != "" {
			out = append(out, e)
		}
	}
	return out
}

// pushHeading makes text the innermost heading of the path.
func (w *walker) pushHeading(text string, level int) {
	if text == "" {
		return
	}
	i := len(w.heads)
	for i > 0 && w.heads[i-1].level >= level {
		i--
	}
	w.heads = append(w.heads[:i], heading{text: text, level: level, depth: w.depth, after: len(w.out.Blocks)})
	w.ctx = nil
}

// endSection ends, as the element at the current depth closes, the
// headings inside it that had content after them: a card's heading does
// not name what follows the card. A heading alone in its wrapper element
// stays, and so does the page's <h1>.
func (w *walker) endSection() {
	kept := w.heads[:0]
	for _, h := range w.heads {
		if h.depth <= w.depth || h.level == 1 || len(w.out.Blocks) == h.after {
			kept = append(kept, h)
		}
	}
	if len(kept) != len(w.heads) {
		w.ctx = nil
	}
	w.heads = kept
}
