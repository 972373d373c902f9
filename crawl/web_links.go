package crawl

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageLinks is what a crawl needs from an HTML page: where its links go,
// which URL it calls canonical, and whether it looks like a script shell.
type pageLinks struct {
	canonical *url.URL   // from <link rel=canonical>; nil when absent
	links     []*url.URL // normalised, unique, in page order
	shell     shellSigns
}

// hiddenText are the elements whose text a visitor never sees as text.
var hiddenText = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
}

// extractLinks reads the links of an HTML page with the streaming
// tokenizer (no DOM is built), resolves them against the page URL or its
// <base href>, normalises them and drops repeats, so the crawl only looks
// up each distinct URL once per page. On the way it notes the signs of a
// shell page (shellSigns).
func extractLinks(page *url.URL, body []byte) pageLinks {
	lr := linkReader{base: page, page: page, seen: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return lr.out
		case html.TextToken:
			if !lr.out.shell.decided() {
				lr.text(z.Text())
			}
		case html.StartTagToken:
			lr.start(z, true)
		case html.SelfClosingTagToken:
			lr.start(z, false)
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); hiddenText[a] && lr.hidden > 0 {
				lr.hidden--
			}
		}
	}
}

// linkReader is the state of extractLinks.
type linkReader struct {
	out        pageLinks
	base, page *url.URL
	seen       map[string]bool
	hidden     int  // depth of hiddenText elements the tokenizer is in
	inScript   bool // the last start tag was an inline script
}

// text counts visible text, or a long inline script as a bundle.
func (lr *linkReader) text(b []byte) {
	switch {
	case lr.inScript:
		if len(b) > 1000 {
			lr.out.shell.scripts++
		}
	case lr.hidden == 0:
		lr.out.shell.addText(b)
	}
}

// start reads a start tag: links, canonical, base, and the shell signs.
func (lr *linkReader) start(z *html.Tokenizer, opens bool) {
	name, hasAttr := z.TagName()
	a := atom.Lookup(name)
	lr.inScript = false
	if opens && hiddenText[a] {
		lr.hidden++
	}
	if a == 0 && string(name) == "app-root" {
		lr.out.shell.root = true
	}
	if !hasAttr {
		lr.inScript = a == atom.Script
		return
	}
	switch a {
	case atom.A, atom.Area:
		if u := resolveLink(lr.base, attr(z, "href")); u != nil && !lr.seen[u.String()] {
			lr.seen[u.String()] = true
			lr.out.links = append(lr.out.links, u)
		}
	case atom.Link:
		href, rel := attrs2(z, "href", "rel")
		if hasToken(rel, "canonical") && lr.out.canonical == nil {
			lr.out.canonical = resolveLink(lr.base, href)
		}
	case atom.Base:
		if b, err := lr.page.Parse(strings.TrimSpace(attr(z, "href"))); err == nil && b.Host != "" {
			lr.base = b
		}
	case atom.Script:
		if attr(z, "src") != "" {
			lr.out.shell.scripts++
		} else {
			lr.inScript = true
		}
	case atom.Div, atom.Main, atom.Body, atom.Html, atom.Section:
		id, ng := attrs2(z, "id", "ng-app")
		if rootIDs[strings.ToLower(id)] || ng != "" {
			lr.out.shell.root = true
		}
	}
}

// resolveLink resolves href against base and normalises it; nil when it
// is empty, unparsable or not http(s) (mailto:, javascript:, tel:).
func resolveLink(base *url.URL, href string) *url.URL {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return nil
	}
	u, err := base.Parse(href)
	if err != nil {
		return nil
	}
	n, ok := normalizeURL(u)
	if !ok {
		return nil
	}
	return n
}

// attr returns the value of the attribute key of the current tag.
func attr(z *html.Tokenizer, key string) string {
	v, _ := attrs2(z, key, "\x00")
	return v
}

// attrs2 returns the values of two attributes of the current tag.
func attrs2(z *html.Tokenizer, k1, k2 string) (v1, v2 string) {
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case k1:
			v1 = string(v)
		case k2:
			v2 = string(v)
		}
		if !more {
			return v1, v2
		}
	}
}

// hasToken reports whether the space-separated list s holds tok,
// ignoring case, as rel="alternate canonical" does.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
