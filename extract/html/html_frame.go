package html

import (
	"strings"
	"unicode"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// open starts the frame of block element n: its kind, level and the
// Context it adds after the headings.
func (w *walker) open(n *xhtml.Node) frame {
	f := frame{el: n, kind: extract.Paragraph}
	parent := w.top()
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		f.kind, f.level = extract.Heading, int(n.Data[1]-'0')
	case atom.Li:
		f.kind, f.level = extract.ListItem, w.lists
		if len(w.items) > 0 {
			f.extra = []string{w.items[len(w.items)-1]}
		}
	case atom.Td, atom.Th:
		f.kind, f.extra = extract.Cell, w.cells[n]
	case atom.Caption, atom.Figcaption:
		f.kind = extract.Caption
	case atom.Title:
		f.kind = extract.Title
	case atom.Dd:
		f.extra = []string{w.dt}
	case atom.Ul, atom.Ol, atom.Menu:
		item := ""
		if parent.kind == extract.ListItem {
			item = parent.text
		}
		w.lists++
		w.items = append(w.items, item)
	case atom.Table:
		w.indexTable(n)
	case atom.Dl:
		w.dt = ""
	default:
		// A paragraph directly inside a list item or a cell belongs to it.
		if (parent.kind == extract.ListItem || parent.kind == extract.Cell) && parent.el == n.Parent {
			f.kind, f.level, f.extra = parent.kind, parent.level, parent.extra
		}
	}
	return f
}

// close ends the frame of block element n once its children are read.
func (w *walker) close(n *xhtml.Node, f *frame) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.pushHeading(f.text, f.level)
	case atom.Title:
		if w.out.Title == "" {
			w.out.Title = f.text
		}
	case atom.Ul, atom.Ol, atom.Menu:
		w.lists--
		w.items = w.items[:len(w.items)-1]
	case atom.Dt:
		w.dt = f.text
	default:
		if f.kind == extract.Paragraph && isCardName(n, f.text) {
			w.pushHeading(f.text, cardName)
		}
	}
	if (f.kind == extract.ListItem || f.kind == extract.Cell) && f.text != "" && w.top().el == n.Parent && w.top().text == "" {
		w.top().text = f.text // a list item's first paragraph names it
	}
}

// note records where elements that structured data points at stand: the
// k-th <meta> or <script> element is the k-th such start tag of the
// source; an itemprop element stands where its first text does.
func (w *walker) note(n *xhtml.Node) (srcPos, bool) {
	var p srcPos
	known := false
	switch n.DataAtom {
	case atom.Meta:
		if w.metaN < len(w.x.metas) {
			p, known = w.x.metas[w.metaN], true
		}
		w.metaN++
	case atom.Script:
		if w.script < len(w.x.scripts) {
			p, known = w.x.scripts[w.script], true
		}
		w.script++
	}
	scope := hasAttr(n, "itemscope")
	if scope {
		w.itemScopes = append(w.itemScopes, n)
	}
	structured := scope || hasAttr(n, "itemprop")
	if n.DataAtom == atom.Script {
		structured = isJSONLD(n)
		if structured {
			w.ldScripts = append(w.ldScripts, n)
		}
	}
	if !structured {
		return p, known
	}
	if !known {
		p = w.peek(n)
	}
	w.where[n] = extract.Location{Source: w.source, Line: p.line, Column: p.col, Selector: selector(n)}
	return p, known
}

// peek returns where the first text inside n stands, without moving the
// cursor, or the nearest known position.
func (w *walker) peek(n *xhtml.Node) srcPos {
	t := firstText(n, 64)
	if t == nil {
		return w.here()
	}
	off := w.x.find(t.Data, w.cur)
	if off < 0 {
		return w.here()
	}
	c := w.x.at(off)
	for i, r := range t.Data {
		if !unicode.IsSpace(r) {
			c = w.x.at(off + i)
			break
		}
	}
	return c.pos
}

// firstText returns the first non-blank text node under n, looking at no
// more than budget nodes.
func firstText(n *xhtml.Node, budget int) *xhtml.Node {
	var found *xhtml.Node
	var visit func(*xhtml.Node)
	visit = func(m *xhtml.Node) {
		for c := m.FirstChild; c != nil && found == nil && budget > 0; c = c.NextSibling {
			budget--
			if c.Type == xhtml.TextNode && strings.TrimSpace(c.Data) != "" {
				found = c
				return
			}
			visit(c)
		}
	}
	visit(n)
	return found
}

// attr returns the value of n's attribute key, or "".
func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries attribute key.
func hasAttr(n *xhtml.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// meta reads the meta description as a block of its own.
func (w *walker) meta(n *xhtml.Node, p srcPos, known bool) {
	if !strings.EqualFold(attr(n, "name"), "description") {
		return
	}
	text := prose.Collapse(attr(n, "content"))
	if text == "" {
		return
	}
	if !known {
		p = w.here()
	}
	w.out.Blocks = append(w.out.Blocks, extract.Block{Kind: extract.Meta, Text: text,
		Location: extract.Location{Source: w.source, Line: p.line, Column: p.col, Selector: selector(n)}})
}
