package html

import (
	"cmp"
	"strings"

	"github.com/onestory/onestory/extract"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/onestory/onestory/value"
)

// shownText is the visible text of an element, whitespace collapsed, in
// runs: one for each text node, some of them struck through.
type shownText struct {
	text string
	runs []run
}

// run is the text of one text node: text[start:end].
type run struct {
	start, end int
	struck     bool
}

// How much text textOf reads: a card holds a few lines, and a product's
// price stands near its name.
const (
	cardLimit = 400
	pageLimit = 1000
)

// textOf returns the first limit bytes or so of the text under n a
// reader sees, leaving out the element skip (a title, nil for none); the text of <s>, <del>,
// <strike>, an inline line-through style or a class that says "was",
// "old" or "compare" is marked struck.
func textOf(n *xhtml.Node, skip *xhtml.Node, limit int) shownText {
	var b strings.Builder
	b.Grow(limit + limit/4) // one allocation for most elements
	var st shownText
	var visit func(*xhtml.Node, bool)
	visit = func(m *xhtml.Node, struck bool) {
		for c := m.FirstChild; c != nil && b.Len() < limit; c = c.NextSibling {
			switch {
			case c.Type == xhtml.TextNode:
				start := -1
				for f := range strings.FieldsSeq(c.Data) {
					if b.Len() > 0 {
						b.WriteByte(' ')
					}
					if start < 0 {
						start = b.Len()
					}
					b.WriteString(f)
				}
				if start >= 0 {
					st.add(run{start: start, end: b.Len(), struck: struck}, b.String())
				}
			case c.Type != xhtml.ElementNode || c == skip || hasAttr(c, "hidden"):
			case c.DataAtom == atom.S || c.DataAtom == atom.Del || c.DataAtom == atom.Strike:
				visit(c, true)
			case !outside(c):
				visit(c, struck || formerClass(c) || strings.Contains(attr(c, "style"), "line-through"))
			}
		}
	}
	visit(n, false)
	st.text = b.String()
	return st
}

// add appends a run of text, or joins it to the last run when one of the
// two is a bare currency ("$", "€", "USD") beside the other's amount, as
// shops write a price in two elements: <span>$</span>20.00.
func (st *shownText) add(r run, text string) {
	if n := len(st.runs); n > 0 {
		last := &st.runs[n-1]
		if last.struck == r.struck && last.end+1 == r.start &&
			(bareCurrency(text[last.start:last.end]) && startsWithDigit(text[r.start:r.end]) ||
				bareCurrency(text[r.start:r.end]) && endsWithDigit(text[last.start:last.end])) {
			last.end = r.end
			return
		}
	}
	st.runs = append(st.runs, r)
}

// bareCurrency reports whether s is a currency alone: a symbol or code.
func bareCurrency(s string) bool {
	if len(s) > 4 || strings.ContainsAny(s, "0123456789") {
		return false
	}
	p, err := value.ParsePrice(s + "1")
	if err != nil || p.Currency == "" {
		p, err = value.ParsePrice("1 " + s)
	}
	return err == nil && p.Currency != ""
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

// formerClass reports whether an element's class marks a former price:
// a word of it (split at "-" and "_") is was, old, compare, original,
// rrp, strike or crossed.
func formerClass(n *xhtml.Node) bool {
	return classHas(n, "was", "old", "compare", "original", "rrp", "msrp", "strike", "strikethrough", "crossed")
}

// classHas reports whether a word of n's class attribute, split at "-"
// and "_" too, is one of words.
func classHas(n *xhtml.Node, words ...string) bool {
	class := attr(n, "class")
	if class == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(class), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// formerCues are the words before a price that make it a former price.
var formerCues = []string{"was", "previously", "rrp", "msrp", "uvp", "compare at", "regular price",
	"list price", "originally", "old price", "statt", "before", "reg.", "regularly", "instead of"}

// otherCues are the words before a price that make it no price of the
// product: a saving, a threshold.
var otherCues = []string{"save", "saving", "over", "under", "orders", "off", "spend", "above"}

// prices returns the first current price of a text and the first former
// one, each as written. A price is former when struck or after a former
// cue; a saving ("save $30", "$30 off") or a threshold ("orders over $50")
// is neither.
func prices(st shownText) (cur, was string) {
	for _, r := range st.runs {
		for _, sp := range value.FindPrices(st.text[r.start:r.end]) {
			if sp.Price.Kind != value.Fixed && sp.Price.Kind != value.Free {
				continue
			}
			start, end := r.start+sp.Start, r.start+sp.End
			before := strings.ToLower(st.text[max(0, start-24):start])
			after := strings.ToLower(st.text[end:min(len(st.text), end+5)])
			switch {
			case endsWithCue(before, otherCues) || strings.HasPrefix(strings.TrimSpace(after), "off"):
			case r.struck || endsWithCue(before, formerCues):
				was = cmp.Or(was, st.text[start:end])
			case cur == "":
				cur = st.text[start:end]
			}
		}
	}
	return cur, was
}

// endsWithCue reports whether s, trimmed of spaces and ":", ends with one
// of cues as whole words.
func endsWithCue(s string, cues []string) bool {
	s = strings.TrimRight(s, " :·,-–")
	for _, c := range cues {
		if strings.HasSuffix(s, c) {
			i := len(s) - len(c)
			if i == 0 || !isAlnum(s[i-1]) {
				return true
			}
		}
	}
	return false
}

// availabilityCues are the phrases that say whether a product can be
// bought, those that deny first so that "not in stock" is not "in stock".
var availabilityCues = []string{"out of stock", "not in stock", "sold out", "currently unavailable",
	"ausverkauft", "pre-order", "preorder", "backorder", "back-order", "back order",
	"in stock", "auf lager", "en stock"}

// availabilityCue returns the first availability phrase of a text, in its
// written case, or "".
func availabilityCue(text string) string {
	lower := strings.ToLower(text)
	for _, c := range availabilityCues {
		if i := strings.Index(lower, c); i >= 0 && len(lower) == len(text) {
			return text[i : i+len(c)]
		}
	}
	return ""
}

// page returns the product the page is about: the one <h1> outside the
// cards names it, and the nearest element around the <h1>, no more than
// three levels up and holding no card, gives its current and former
// prices and its availability.
func (v *visible) page(root *xhtml.Node) (extract.Product, bool) {
	var h1s []*xhtml.Node
	var visit func(*xhtml.Node)
	visit = func(m *xhtml.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != xhtml.ElementNode || outside(c) || v.cards[c] {
				continue
			}
			if c.DataAtom == atom.H1 {
				h1s = append(h1s, c)
			}
			visit(c)
		}
	}
	visit(root)
	if len(h1s) != 1 {
		return extract.Product{}, false
	}
	name := cellText(h1s[0])
	for box, up := h1s[0].Parent, 0; box != nil && up < 3 && box.DataAtom != atom.Body && !v.holdsCard(box); box, up = box.Parent, up+1 {
		txt := textOf(box, h1s[0], pageLimit)
		cur, was := prices(txt)
		if cur == "" {
			continue
		}
		p := extract.Product{Kind: extract.ProductPage, Name: name, Price: cur, Was: was, Availability: availabilityCue(txt.text)}
		p.Location = v.pageLocation(name, cur)
		if p.Availability != "" {
			p.AvailabilityAt = v.pageLocation(name, p.Availability)
		}
		return p, hasLetter(name)
	}
	return extract.Product{}, false
}

// holdsCard reports whether a card is n or under it.
func (v *visible) holdsCard(n *xhtml.Node) bool {
	if len(v.cards) == 0 {
		return false
	}
	if v.cards[n] {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && v.holdsCard(c) {
			return true
		}
	}
	return false
}

// pageLocation returns where the page's price first stands after the
// heading that names the product.
func (v *visible) pageLocation(name, price string) extract.Location {
	after := 0
	for i := range v.t.Blocks {
		if v.t.Blocks[i].Kind == extract.Heading && v.t.Blocks[i].Text == name {
			after = i
			break
		}
	}
	for i := after; i < len(v.t.Blocks); i++ {
		if at := strings.Index(v.t.Blocks[i].Text, price); at >= 0 {
			return v.t.Blocks[i].At(at)
		}
	}
	return v.fallback()
}
