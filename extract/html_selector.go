package extract

import (
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxSteps is how many elements a selector names below its anchor.
const maxSteps = 5

// maxUp is how far up a selector looks for an anchor with an id.
const maxUp = 32

// selector returns a short CSS path to n, such as
// "section#pricing > div.plan:nth-of-type(2) > p.price": it starts at the
// nearest ancestor with an id (or below <body>), names each element by
// tag, first class and position among siblings of its tag, and keeps the
// last maxSteps steps, joining the anchor with a descendant combinator
// when steps are left out.
func selector(n *xhtml.Node) string {
	if n == nil || n.Type != xhtml.ElementNode {
		return ""
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return n.Data
	}
	steps, nsteps, anchor, cut := selectorSteps(n)
	var b strings.Builder
	b.Grow(16 * (nsteps + 1))
	if anchor != nil {
		b.WriteString(anchor.Data)
		b.WriteByte('#')
		b.WriteString(attr(anchor, "id"))
	}
	for i := nsteps - 1; i >= 0; i-- {
		switch {
		case b.Len() == 0:
		case i == nsteps-1 && cut:
			b.WriteByte(' ')
		default:
			b.WriteString(" > ")
		}
		writeStep(&b, steps[i])
	}
	return b.String()
}

// selectorSteps climbs from n towards <body>: it returns the elements of
// the path innermost first (nsteps of them, at most maxSteps), the nearest
// ancestor with an id (nil when none is met within maxUp elements), and
// whether elements between the two were left out.
func selectorSteps(n *xhtml.Node) (steps [maxSteps]*xhtml.Node, nsteps int, anchor *xhtml.Node, cut bool) {
	up := 0
	for e := n; e != nil && e.Type == xhtml.ElementNode && e.DataAtom != atom.Body && e.DataAtom != atom.Html && up < maxUp; e = e.Parent {
		up++
		if isIdent(attr(e, "id")) {
			return steps, nsteps, e, cut
		}
		if nsteps == maxSteps {
			cut = true
			continue
		}
		steps[nsteps] = e
		nsteps++
	}
	return steps, nsteps, nil, cut
}

// writeStep names one element: tag, first class that needs no escaping,
// and :nth-of-type when siblings share its tag.
func writeStep(b *strings.Builder, e *xhtml.Node) {
	b.WriteString(e.Data)
	for c := range strings.FieldsSeq(attr(e, "class")) {
		if isIdent(c) {
			b.WriteByte('.')
			b.WriteString(c)
			break
		}
	}
	nth, same := 1, false
	for p := e.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == xhtml.ElementNode && p.Data == e.Data {
			nth++
		}
	}
	for p := e.NextSibling; p != nil && nth == 1 && !same; p = p.NextSibling {
		same = p.Type == xhtml.ElementNode && p.Data == e.Data
	}
	if nth > 1 || same {
		b.WriteString(":nth-of-type(")
		b.WriteString(strconv.Itoa(nth))
		b.WriteByte(')')
	}
}

// isIdent reports whether s is a CSS identifier that needs no escaping.
func isIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' || s[0] == '-' && len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnum(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}
