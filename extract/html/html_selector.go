package html

import (
	"strconv"
	"strings"
	"unicode/utf8"

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
func selector(n *xhtml.Node) string { return string(appendSelector(nil, n, nil)) }

// appendSelector appends the selector of n to b. The positions of
// elements among their siblings are kept in seen, when not nil, for the
// selectors that follow.
func appendSelector(b []byte, n *xhtml.Node, seen siblingIndex) []byte {
	if n == nil || n.Type != xhtml.ElementNode {
		return b
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return append(b, n.Data...)
	}
	steps, nsteps, anchor, cut := selectorSteps(n)
	start := len(b)
	if anchor != nil {
		b = append(b, anchor.Data...)
		b = append(b, '#')
		b = append(b, attr(anchor, "id")...)
	}
	for i := nsteps - 1; i >= 0; i-- {
		switch {
		case len(b) == start:
		case i == nsteps-1 && cut:
			b = append(b, ' ')
		default:
			b = append(b, " > "...)
		}
		b = appendStep(b, steps[i], seen)
	}
	return b
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

// appendStep names one element: tag, first class that needs no
// escaping, and :nth-of-type when siblings share its tag.
func appendStep(b []byte, e *xhtml.Node, seen siblingIndex) []byte {
	b = append(b, e.Data...)
	if c := firstIdentClass(attr(e, "class")); c != "" {
		b = append(b, '.')
		b = append(b, c...)
	}
	if at := seen.of(e); at.nth > 1 || at.same {
		b = append(b, ":nth-of-type("...)
		b = strconv.AppendInt(b, int64(at.nth), 10)
		b = append(b, ')')
	}
	return b
}

// siblingIndex remembers where elements stand among their siblings of
// the same tag. The walker asks for one element after another in
// document order, so that with it counting an element's position goes
// back only to the last sibling of its tag that was asked for.
type siblingIndex map[*xhtml.Node]ofType

// ofType is where an element stands among its siblings of the same tag:
// the nth (from 1), and whether a later one shares its tag.
type ofType struct {
	nth  int
	same bool
}

// of returns where e stands among its siblings of the same tag.
func (x siblingIndex) of(e *xhtml.Node) ofType {
	if at, ok := x[e]; ok {
		return at
	}
	at := ofType{nth: 1}
	for p := e.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type != xhtml.ElementNode || p.Data != e.Data {
			continue
		}
		if prev, ok := x[p]; ok {
			at.nth += prev.nth
			break
		}
		at.nth++
	}
	for p := e.NextSibling; p != nil && at.nth == 1 && !at.same; p = p.NextSibling {
		at.same = p.Type == xhtml.ElementNode && p.Data == e.Data
	}
	if x != nil {
		x[e] = at
	}
	return at
}

// firstIdentClass returns the first class of a class attribute that is a
// CSS identifier needing no escaping, or "". Classes are separated by
// white space, Unicode's included.
func firstIdentClass(class string) string {
	for i := 0; i < len(class); i++ {
		if class[i] >= utf8.RuneSelf {
			for c := range strings.FieldsSeq(class) {
				if isIdent(c) {
					return c
				}
			}
			return ""
		}
	}
	for i := 0; i < len(class); {
		for i < len(class) && isASCIISpace(class[i]) {
			i++
		}
		j := i
		for j < len(class) && !isASCIISpace(class[j]) {
			j++
		}
		if j > i && isIdent(class[i:j]) {
			return class[i:j]
		}
		i = j
	}
	return ""
}

// isASCIISpace reports whether c is an ASCII space as unicode.IsSpace
// sees it.
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

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
