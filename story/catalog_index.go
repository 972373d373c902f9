package story

import (
	"net/url"
	"strings"
	"unicode"
)

// The kinds of key Catalog.Lookup finds an item by, strongest first.
const (
	BySKU  = "sku"
	ByGTIN = "gtin"
	ByMPN  = "mpn"
	ByURL  = "url"
	ByName = "name"
)

// index builds the lookup maps: each item's id and SKU (both as sku),
// GTIN, MPN, page path and title. A key two items share finds neither
// and, for identifiers, is a warning: a page naming it cannot be told
// apart.
func (c *Catalog) index(d *decoder) {
	c.keys = make(map[string]int, 4*len(c.Items))
	for i, it := range c.Items {
		put := func(kind, v string) {
			k := CatalogKey(kind, v)
			if k == "" {
				return
			}
			if j, dup := c.keys[k]; dup && j != i {
				if j >= 0 && kind != ByName && kind != ByURL {
					d.warns = append(d.warns, &Error{File: it.Origin.File, Line: it.Origin.Line,
						Path: kind, Msg: "the " + kind + " " + quoteRaw(v) + " is also that of " + quoteRaw(c.Items[j].ID) +
							" (" + c.Items[j].Origin.String() + "); pages naming it are matched by name"})
				}
				c.keys[k] = -1
				return
			}
			c.keys[k] = i
		}
		put(BySKU, it.SKU)
		if it.ID != it.SKU {
			put(BySKU, it.ID)
		}
		put(ByGTIN, it.GTIN)
		put(ByMPN, it.MPN)
		put(ByURL, it.URL)
		put(ByName, it.Title)
	}
}

// quoteRaw quotes s with plain double quotes.
func quoteRaw(s string) string { return `"` + s + `"` }

// Lookup returns the index in Items of the item whose key of the given
// kind (BySKU, ByGTIN, ByMPN, ByURL, ByName) is v, and false when none
// or several have it. A SKU lookup finds an item by its id too.
func (c *Catalog) Lookup(kind, v string) (int, bool) {
	if c == nil {
		return 0, false
	}
	i, ok := c.keys[CatalogKey(kind, v)]
	return i, ok && i >= 0
}

// At returns the i-th item, or nil when c is nil or has no such item (a
// listing that matched none has the index -1).
func (c *Catalog) At(i int) *Item {
	if c == nil || i < 0 || i >= len(c.Items) {
		return nil
	}
	return &c.Items[i]
}

// CatalogKey returns the normal form under which Lookup files v: SKUs and
// MPNs upper-cased and trimmed, a GTIN as 14 digits, a URL as its path
// without a trailing slash or index file, a name lower-cased with its
// punctuation and repeated spaces dropped. It returns "" for a value
// that gives no key.
func CatalogKey(kind, v string) string {
	v = strings.TrimSpace(v)
	switch kind {
	case BySKU, ByMPN:
		v = strings.ToUpper(v)
	case ByGTIN:
		g, ok := cleanGTIN(v)
		if !ok {
			return ""
		}
		v = strings.Repeat("0", 14-len(g)) + g
	case ByURL:
		v = urlKey(v)
	case ByName:
		v = NameKey(v)
	}
	if v == "" {
		return ""
	}
	return kind + ":" + v
}

// urlKey returns the path of a page's address: "/p/trail-runner" for
// "https://shop.example/p/trail-runner/", "/p/trail-runner.html?x=1" and
// "p/trail-runner/index.html" alike; "" when it names no page.
func urlKey(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	p := strings.ToLower(u.Path)
	for _, suffix := range []string{"/index.html", "/index.htm", ".html", ".htm", "/"} {
		p = strings.TrimSuffix(p, suffix)
	}
	if p == "" {
		return ""
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}

// NameKey returns the form a product name is matched by: lower case,
// letters and digits, one space between words.
func NameKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r != '\'' && r != '’' {
			space = true
		}
	}
	return b.String()
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
