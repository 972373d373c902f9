package crawl

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageLinks is what a crawl needs from an HTML page: where its links go
// and which URL it calls canonical.
type pageLinks struct {
	canonical *url.URL   // from <link rel=canonical>; nil when absent
	links     []*url.URL // normalised, unique, in page order
}

// extractLinks reads the links of an HTML page with the streaming
// tokenizer (no DOM is built), resolves them against the page URL or its
// <base href>, normalises them and drops repeats, so the crawl only looks
// up each distinct URL once per page.
func extractLinks(page *url.URL, body []byte) pageLinks {
	var out pageLinks
	base := page
	seen := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr {
			continue
		}
		switch atom.Lookup(name) {
		case atom.A, atom.Area:
			if u := resolveLink(base, attr(z, "href")); u != nil && !seen[u.String()] {
				seen[u.String()] = true
				out.links = append(out.links, u)
			}
		case atom.Link:
			href, rel := attrs2(z, "href", "rel")
			if hasToken(rel, "canonical") && out.canonical == nil {
				out.canonical = resolveLink(base, href)
			}
		case atom.Base:
			if b, err := page.Parse(strings.TrimSpace(attr(z, "href"))); err == nil && b.Host != "" {
				base = b
			}
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
