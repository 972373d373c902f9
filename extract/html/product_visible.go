package html

import (
	"strings"

	"github.com/onestory/onestory/extract"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// visible finds the products a page shows to its readers: the cards of
// its listings and the product its <h1> names.
type visible struct {
	t     *extract.Text
	cards map[*xhtml.Node]bool // the card elements found
	out   []extract.Product
	next  int // the block the search for the next card's price starts at
}

// visibleProducts returns the cards of t's page (under root), then the
// product its one <h1> names with the price next to it, when the page has
// one. A page without a digit in its text has neither.
func visibleProducts(root *xhtml.Node, t *extract.Text) []extract.Product {
	if !hasDigit(t.Blocks) {
		return nil
	}
	v := &visible{t: t, cards: map[*xhtml.Node]bool{}}
	v.findCards(root)
	if p, ok := v.page(root); ok {
		v.out = append(v.out, p)
	}
	return v.out
}

// hasDigit reports whether any block's text holds a digit.
func hasDigit(blocks []extract.Block) bool {
	for i := range blocks {
		if strings.ContainsAny(blocks[i].Text, "0123456789") {
			return true
		}
	}
	return false
}

// outside reports whether the content of an element is not part of the
// page's products: what the page skips, and its header and footer.
func outside(n *xhtml.Node) bool {
	return skipped(n.DataAtom) || n.DataAtom == atom.Header || n.DataAtom == atom.Footer || hasAttr(n, "hidden")
}

// findCards looks under n for groups of two or more sibling elements of
// the same tag and class that each name a product and its price.
func (v *visible) findCards(n *xhtml.Node) {
	var only *xhtml.Node
	count := 0
	for c := n.FirstChild; c != nil && count < 2; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && !outside(c) {
			only, count = c, count+1
		}
	}
	switch count {
	case 0:
		return
	case 1: // no siblings to compare: most elements
		v.findCards(only)
		return
	}
	var kids []*xhtml.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && !outside(c) {
			kids = append(kids, c)
		}
	}
	for _, same := range shapes(kids) {
		var group []extract.Product
		var nodes []*xhtml.Node
		for _, n := range same {
			if p, ok := v.card(n); ok {
				group, nodes = append(group, p), append(nodes, n)
			}
		}
		if len(group) < 2 {
			continue
		}
		for gi, p := range group {
			v.cards[nodes[gi]] = true
			next := v.next
			if p.Availability != "" {
				p.AvailabilityAt = v.locate(nodes[gi], p.Availability)
			}
			v.next = next
			p.Location = v.locate(nodes[gi], p.Price)
			v.out = append(v.out, p)
		}
	}
	for _, k := range kids {
		if !v.cards[k] {
			v.findCards(k)
		}
	}
}

// shapes groups sibling elements by their shape (sameShape), in the order
// of each group's first element, keeping the groups of two or more.
func shapes(kids []*xhtml.Node) [][]*xhtml.Node {
	var out [][]*xhtml.Node
	done := make([]bool, len(kids))
	for i, k := range kids {
		if done[i] {
			continue
		}
		var same []*xhtml.Node
		for j := i; j < len(kids); j++ {
			if !done[j] && sameShape(k, kids[j]) {
				done[j] = true
				same = append(same, kids[j])
			}
		}
		if len(same) >= 2 {
			out = append(out, same)
		}
	}
	return out
}

// sameShape reports whether two elements repeat one structure: the same
// tag and the same class.
func sameShape(a, b *xhtml.Node) bool {
	return a.DataAtom == b.DataAtom && a.Data == b.Data && attr(a, "class") == attr(b, "class")
}

// card reads one candidate card: its title, link, current and former
// price and availability. It reports false when the element names no
// product or states no current price.
func (v *visible) card(n *xhtml.Node) (extract.Product, bool) {
	if isProse(n.DataAtom) || !digitUnder(n, cardLimit) {
		return extract.Product{}, false
	}
	title := titleOf(n)
	if title == nil {
		return extract.Product{}, false
	}
	name := cellText(title)
	if !hasLetter(name) || len(name) > 200 {
		return extract.Product{}, false
	}
	txt := textOf(n, title, cardLimit)
	cur, was := prices(txt)
	if cur == "" || strings.Contains(name, cur) {
		return extract.Product{}, false
	}
	return extract.Product{Kind: extract.ProductCard, Name: name, URL: linkOf(n), Price: cur, Was: was,
		Availability: availabilityCue(txt.text)}, true
}

// titleOf returns the element that names a card's product: its first
// heading, else its first link with words, else the first element whose
// class names a title or name.
func titleOf(n *xhtml.Node) *xhtml.Node {
	if h := firstWhere(n, func(c *xhtml.Node) bool { return isHeading(c.DataAtom) }); h != nil {
		return h
	}
	if a := firstWhere(n, func(c *xhtml.Node) bool { return c.DataAtom == atom.A && hasLetter(cellText(c)) }); a != nil {
		return a
	}
	return firstWhere(n, func(c *xhtml.Node) bool { return classHas(c, "title", "name") })
}

// linkOf returns the href of the first link of a card, or "".
func linkOf(n *xhtml.Node) string {
	if a := firstWhere(n, func(c *xhtml.Node) bool { return c.DataAtom == atom.A && hasAttr(c, "href") }); a != nil {
		return strings.TrimSpace(attr(a, "href"))
	}
	return ""
}

// firstWhere returns the first element under n, in document order, for
// which ok holds; it does not look into what the page skips.
func firstWhere(n *xhtml.Node, ok func(*xhtml.Node) bool) *xhtml.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode || outside(c) {
			continue
		}
		if ok(c) {
			return c
		}
		if f := firstWhere(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// isHeading reports whether a is one of <h1>–<h6>.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f {
			return true
		}
	}
	return false
}

// locate returns where price stands in card n: in the first block, from
// the last card's on, whose selector ends in n's step and whose text
// holds it.
func (v *visible) locate(n *xhtml.Node, price string) extract.Location {
	step := string(appendStep(nil, n, nil))
	first := -1
	for i := v.next; i < len(v.t.Blocks); i++ {
		b := &v.t.Blocks[i]
		if !strings.Contains(b.Location.Selector, step) {
			continue
		}
		if first < 0 {
			first = i
		}
		if at := strings.Index(b.Text, price); at >= 0 {
			v.next = i
			return b.At(at)
		}
	}
	if first >= 0 {
		return v.t.Blocks[first].Location
	}
	return v.fallback()
}

// fallback is the location of the page when a price's block is not found.
func (v *visible) fallback() extract.Location {
	if len(v.t.Blocks) > 0 {
		return extract.Location{Source: v.t.Blocks[0].Location.Source}
	}
	return extract.Location{}
}

// isProse reports whether an element holds a run of text rather than a
// card: a paragraph, a heading, a phrase.
func isProse(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Span, atom.Strong,
		atom.Em, atom.B, atom.I, atom.Small, atom.Label, atom.Button, atom.Option, atom.Dt, atom.Dd,
		atom.Blockquote, atom.Figcaption, atom.Caption, atom.Th:
		return true
	}
	return false
}

// digitUnder reports whether the text in the first budget bytes under n
// holds a digit: a card without one states no price.
func digitUnder(n *xhtml.Node, budget int) bool {
	for c := n.FirstChild; c != nil && budget > 0; c = c.NextSibling {
		switch {
		case c.Type == xhtml.TextNode:
			if strings.ContainsAny(c.Data, "0123456789") {
				return true
			}
			budget -= len(c.Data)
		case c.Type == xhtml.ElementNode && !outside(c):
			if digitUnder(c, budget) {
				return true
			}
			budget -= 64 // a rough share, so that a deep tree ends too
		}
	}
	return false
}
