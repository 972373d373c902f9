package html

import (
	"strings"
	"unicode"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped reports whether an element's content is not prose a reader
// sees: code, media, forms' free text, struck-out old prices, and
// navigation.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Noscript,
		atom.Svg, atom.Math, atom.Iframe, atom.Canvas,
		atom.Object, atom.Embed, atom.Video, atom.Audio,
		atom.Select, atom.Textarea, atom.Pre, atom.Code,
		atom.S, atom.Del, atom.Strike, atom.Nav,
		atom.Link, atom.Base, atom.Xmp, atom.Noembed,
		atom.Noframes, atom.Plaintext:
		return true
	}
	return false
}

// rawTextElement reports whether the tokenizer pass keeps the text of an
// HTML element out of the stream (see rawTextTags).
func rawTextElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Xmp, atom.Iframe,
		atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext:
		return true
	}
	return false
}

// inline reports whether an element continues the text around it; every
// other element, custom ones included, starts a block.
func inline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.Acronym, atom.B, atom.Bdi,
		atom.Bdo, atom.Big, atom.Button, atom.Cite, atom.Data,
		atom.Dfn, atom.Em, atom.Font, atom.I, atom.Img,
		atom.Input, atom.Ins, atom.Kbd, atom.Label, atom.Mark,
		atom.Meter, atom.Nobr, atom.Output, atom.Progress, atom.Q,
		atom.Rp, atom.Rt, atom.Ruby, atom.Samp, atom.Small,
		atom.Span, atom.Strong, atom.Sub, atom.Sup, atom.Time,
		atom.Tt, atom.U, atom.Var, atom.Wbr:
		return true
	}
	return false
}

// chromeRoles are ARIA roles of site chrome.
var chromeRoles = map[string]bool{
	"navigation": true, "contentinfo": true, "banner": true, "menubar": true, "search": true,
}

// dropped reports whether n and everything in it is left out: a skipped
// element, a hidden one, a cookie banner, or site chrome — the page's own
// <header> and <footer> (those not inside article, aside, main, nav or
// section), except a top-level <header> holding the page's <h1>, which is
// the page hero.
func (w *walker) dropped(n *xhtml.Node) bool {
	if skipped(n.DataAtom) {
		return true
	}
	root := n.DataAtom == atom.Html || n.DataAtom == atom.Body || n.DataAtom == atom.Main
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if invisible(a.Val) {
				return true
			}
		case "role":
			if chromeRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "id", "class":
			if !root && consent(a.Val) {
				return true
			}
		}
	}
	switch n.DataAtom {
	case atom.Footer:
		return !inSection(n)
	case atom.Header:
		return !inSection(n) && firstH1(n) == nil
	}
	return false
}

// invisible reports whether an inline style hides the element.
func invisible(style string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// consent reports whether an id or class names a cookie or consent banner.
func consent(v string) bool {
	v = strings.ToLower(v)
	return strings.Contains(v, "cookie") || strings.Contains(v, "consent") || strings.Contains(v, "gdpr")
}

// inSection reports whether n is inside sectioning content, where a
// <header> or <footer> belongs to that section rather than to the site.
func inSection(n *xhtml.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Aside, atom.Main, atom.Nav, atom.Section:
			return true
		}
	}
	return false
}

// firstH1 returns the first <h1> under n, or nil.
func firstH1(n *xhtml.Node) *xhtml.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode {
			continue
		}
		if c.DataAtom == atom.H1 {
			return c
		}
		if h := firstH1(c); h != nil {
			return h
		}
	}
	return nil
}

// isCardName reports whether a paragraph is the name of a pricing card
// written without a heading element: short text without digits in an
// element whose class ends in "name", "title", "heading" or "tier".
func isCardName(n *xhtml.Node, text string) bool {
	if text == "" || len(text) > 40 || len(strings.Fields(text)) > 4 || strings.IndexFunc(text, unicode.IsDigit) >= 0 {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.HasSuffix(c, "subtitle") {
			continue
		}
		for _, s := range []string{"name", "title", "heading", "tier"} {
			if strings.HasSuffix(c, s) {
				return true
			}
		}
	}
	return false
}

// isJSONLD reports whether a <script> holds JSON-LD.
func isJSONLD(n *xhtml.Node) bool {
	t := strings.ToLower(strings.TrimSpace(attr(n, "type")))
	return strings.HasPrefix(t, "application/ld+json")
}
