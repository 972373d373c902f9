package crawl

import (
	"net/url"
	"slices"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://Www.Kestrel.Example:443/pricing#fleet", "https://www.kestrel.example/pricing"},
		{"http://kestrel.example:80", "http://kestrel.example/"},
		{"http://kestrel.example:8080/a", "http://kestrel.example:8080/a"},
		{"https://kestrel.example/p?utm_source=x&utm_medium=email&plan=fleet", "https://kestrel.example/p?plan=fleet"},
		{"https://kestrel.example/p?gclid=1&fbclid=2&msclkid=3", "https://kestrel.example/p"},
		{"https://kestrel.example/p?b=2&a=1", "https://kestrel.example/p?a=1&b=2"},
		{"https://user:pw@kestrel.example/", "https://kestrel.example/"},
		{"https://[::1]:443/", "https://[::1]/"},
		{"mailto:sales@kestrel.example", ""},
		{"ftp://kestrel.example/", ""},
		{"https:///nohost", ""},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		n, ok := normalizeURL(u)
		got := ""
		if ok {
			got = n.String()
		}
		if got != tt.want {
			t.Errorf("normalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScope(t *testing.T) {
	s, err := newScope(WebOptions{AllowedDomains: []string{"Docs.Kestrel.Example"}, DeniedDomains: []string{"shop.docs.kestrel.example"}})
	if err != nil {
		t.Fatal(err)
	}
	s.addStart(&url.URL{Host: "kestrel.example"})
	for host, want := range map[string]bool{
		"kestrel.example":           true,
		"www.kestrel.example":       true, // the start host's www. twin
		"blog.kestrel.example":      false,
		"docs.kestrel.example":      true,
		"api.docs.kestrel.example":  true,
		"shop.docs.kestrel.example": false,
		"kestrel.example.evil.test": false,
		"notkestrel.example":        false,
	} {
		if got := s.hostAllowed(host); got != want {
			t.Errorf("hostAllowed(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestExtractLinks(t *testing.T) {
	page, _ := url.Parse("https://kestrel.example/products/routeplanner.html")
	body := `<html><head><link rel="alternate Canonical" href="/products/routeplanner.html"></head><body>
<a href="../pricing.html">Pricing</a> <a href="../pricing.html#fleet">Fleet</a>
<a href="driverlog.html?utm_source=x">DriverLog</a> <A HREF="https://Partner.Example/">Partner</A>
<a href="mailto:sales@kestrel.example">Mail</a> <a href="javascript:void(0)">JS</a> <a href="#top">Top</a>
<a>no href</a><area href="/map.html"></body></html>`
	got := extractLinks(page, []byte(body))
	var links []string
	for _, l := range got.links {
		links = append(links, l.String())
	}
	want := []string{
		"https://kestrel.example/pricing.html", "https://kestrel.example/products/driverlog.html",
		"https://partner.example/", "https://kestrel.example/map.html",
	}
	if !slices.Equal(links, want) {
		t.Errorf("links %q, want %q", links, want)
	}
	if got.canonical == nil || got.canonical.String() != "https://kestrel.example/products/routeplanner.html" {
		t.Errorf("canonical %v", got.canonical)
	}
	based := extractLinks(page, []byte(`<base href="https://kestrel.example/blog/"><a href="post.html">p</a>`))
	if len(based.links) != 1 || based.links[0].String() != "https://kestrel.example/blog/post.html" {
		t.Errorf("<base href> ignored: %v", based.links)
	}
}

func FuzzExtractLinks(f *testing.F) {
	f.Add([]byte(`<a href="/a">a</a><link rel=canonical href="/"><base href="//x/">`))
	f.Add([]byte(`<a href="%zz">`))
	f.Add([]byte(`<div id="root"></div><script src="/app.js"></script></script></head><template><p>x`))
	page, _ := url.Parse("https://kestrel.example/dir/page.html")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, l := range extractLinks(page, data).links {
			if l.Scheme != "http" && l.Scheme != "https" || l.Fragment != "" {
				t.Errorf("link %q is not a normalised http(s) URL", l)
			}
		}
	})
}

func FuzzNormalizeURL(f *testing.F) {
	f.Add("https://Kestrel.Example:443/a?utm_source=x&b=1#f")
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.Parse(raw)
		if err != nil {
			return
		}
		n, ok := normalizeURL(u)
		if !ok {
			return
		}
		again, ok := normalizeURL(n)
		if !ok || again.String() != n.String() {
			t.Errorf("normalizeURL not idempotent: %q → %q → %q", raw, n, again)
		}
	})
}
