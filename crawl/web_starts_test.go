package crawl

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// countingSite serves pages as HTML (a path ending in .xml as a sitemap,
// with {{.}} replaced by the server's URL) and counts the requests for
// each path.
type countingSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newCountingSite(t *testing.T, pages map[string]string) *countingSite {
	t.Helper()
	s := &countingSite{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(r.URL.Path, ".xml") {
			w.Header().Set("Content-Type", "application/xml")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		fmt.Fprint(w, strings.ReplaceAll(body, "{{.}}", s.URL))
	}))
	t.Cleanup(s.Close)
	return s
}

// fetchedMoreThanOnce returns the paths requested more than once.
func (s *countingSite) fetchedMoreThanOnce() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for p, n := range s.hits {
		if n > 1 {
			out = append(out, fmt.Sprintf("%s ×%d", p, n))
		}
	}
	slices.Sort(out)
	return out
}

// walkStarts runs Walk over args and returns the Documents by Source
// (failing the test on a Source yielded twice), the aliases sorted by
// URL, and the limit notices by Source.
func walkStarts(t *testing.T, args []string, opt Options) (map[string]Document, []Alias, map[string]*LimitError) {
	t.Helper()
	var (
		mu     sync.Mutex
		als    []Alias
		limits = map[string]*LimitError{}
		docs   = map[string]Document{}
	)
	opt.Aliases = func(a Alias) {
		mu.Lock()
		als = append(als, a)
		mu.Unlock()
	}
	err := Walk(background(t), args, opt, func(d Document) error {
		if le := (*LimitError)(nil); errors.As(d.Err, &le) {
			limits[d.Source] = le
			return nil
		}
		if _, dup := docs[d.Source]; dup {
			t.Errorf("Document %q yielded twice", d.Source)
		}
		docs[d.Source] = d
		return nil
	})
	if err != nil {
		t.Fatalf("Walk(%q): %v", args, err)
	}
	slices.SortFunc(als, func(a, b Alias) int { return strings.Compare(a.URL, b.URL) })
	return docs, als, limits
}

// shopPages is a small shop: three category pages that link each other
// and share product pages and the footer's pages.
var shopPages = map[string]string{
	"/robots.txt": "",
	"/": `<html><head><link rel="canonical" href="{{.}}/"></head><body>
<a href="/bikes/">bikes</a> <a href="/helmets/">helmets</a> <a href="/index.html">home</a></body></html>`,
	"/index.html": `<html><head><link rel="canonical" href="{{.}}/"></head><body>
<a href="/bikes/">bikes</a> <a href="/helmets/">helmets</a> <a href="/">home</a></body></html>`,
	"/bikes/":     `<p>Bikes</p><a href="/p/roadster">Roadster $899</a> <a href="/p/combo">Combo</a> <a href="/helmets/">helmets</a> <a href="/about">about</a>`,
	"/helmets/":   `<p>Helmets</p><a href="/p/lid">Lid $59</a> <a href="/p/combo?utm_source=nav">Combo</a> <a href="/bikes/">bikes</a> <a href="/about">about</a>`,
	"/sale/":      `<p>Sale</p><a href="/p/combo">Combo</a> <a href="/p/lid#reviews">Lid</a> <a href="/about">about</a>`,
	"/p/roadster": `<p>Roadster costs $899.</p><a href="/bikes/">back</a>`,
	"/p/lid":      `<p>Lid costs $59.</p><a href="/helmets/">back</a>`,
	"/p/combo":    `<p>Roadster and Lid for $929.</p><a href="/bikes/">bikes</a> <a href="/helmets/">helmets</a>`,
	"/about":      `<p>About the shop.</p>`,
	"/sitemap.xml": `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{{.}}/p/combo</loc></url><url><loc>{{.}}/p/lid</loc></url><url><loc>{{.}}/about</loc></url></urlset>`,
}

func TestWebSeveralStartURLsFetchSharedPagesOnce(t *testing.T) {
	for _, conc := range []int{1, 8} {
		t.Run(fmt.Sprintf("concurrency %d", conc), func(t *testing.T) {
			site := newCountingSite(t, shopPages)
			opt := testOptions()
			opt.Web.Concurrency = conc
			u := site.URL
			// /helmets/ is also linked from /bikes/; /bikes/ is given twice,
			// once without its slash.
			args := []string{u + "/bikes/", u + "/helmets/", u + "/sale/", u + "/bikes"}
			docs, als, _ := walkStarts(t, args, opt)
			if again := site.fetchedMoreThanOnce(); len(again) > 0 {
				t.Errorf("fetched more than once: %q", again)
			}
			want := []string{u + "/about", u + "/bikes/", u + "/helmets/", u + "/p/combo", u + "/p/lid", u + "/p/roadster", u + "/sale/"}
			if got := sortedKeys(docs); !slices.Equal(got, want) {
				t.Errorf("documents %q,\nwant %q", got, want)
			}
			if len(als) != 0 {
				t.Errorf("aliases %+v, want none", als)
			}
		})
	}
}

func TestWebStartURLsOfOneHomePage(t *testing.T) {
	site := newCountingSite(t, shopPages)
	u := site.URL
	docs, als, _ := walkStarts(t, []string{u + "/", u, u + "/index.html", u + "/#top"}, testOptions())
	if again := site.fetchedMoreThanOnce(); len(again) > 0 {
		t.Errorf("fetched more than once: %q", again)
	}
	if _, ok := docs[u+"/"]; !ok {
		t.Fatalf("documents %q: the home page is missing", sortedKeys(docs))
	}
	if _, ok := docs[u+"/index.html"]; ok {
		t.Errorf("/index.html, whose canonical URL is /, is a document of its own")
	}
	want := []Alias{{URL: u + "/index.html", Of: u + "/", Why: AliasCanonical}}
	if !slices.Equal(als, want) {
		t.Errorf("aliases %+v, want %+v", als, want)
	}
	if len(docs) != 7 {
		t.Errorf("documents %q, want the home page and the 6 pages it reaches", sortedKeys(docs))
	}
}

func TestWebSitemapAndStartURLShareTheVisitedSet(t *testing.T) {
	site := newCountingSite(t, shopPages)
	u := site.URL
	for _, args := range [][]string{
		{u + "/sitemap.xml", u + "/helmets/"},
		{u + "/helmets/", u + "/sitemap.xml"},
	} {
		site.mu.Lock()
		clear(site.hits)
		site.mu.Unlock()
		docs, _, _ := walkStarts(t, args, testOptions())
		if again := site.fetchedMoreThanOnce(); len(again) > 0 {
			t.Errorf("%q: fetched more than once: %q", args, again)
		}
		// /helmets/ is crawled (its links followed): /bikes/ and all it reaches.
		if _, ok := docs[u+"/p/roadster"]; !ok {
			t.Errorf("%q: documents %q: the start page's links were not followed", args, sortedKeys(docs))
		}
		if n := len(docs); n != 6 {
			t.Errorf("%q: %d documents %q, want 6", args, n, sortedKeys(docs))
		}
	}
}

func TestWebURLListAndStartURLShareTheVisitedSet(t *testing.T) {
	site := newCountingSite(t, shopPages)
	u := site.URL
	dir := t.TempDir()
	list := filepath.Join(dir, "launch.urls")
	content := fmt.Sprintf("# launch\n%s/p/combo\n%s/p/lid?utm_campaign=x\n%s/p/combo\n", u, u, u)
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	local := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(local, []byte("# Notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := testOptions()
	opt.Web.AllowPrivate = true // URLs read from a file never widen the address policy
	docs, _, _ := walkStarts(t, []string{list, local, u + "/helmets/", list}, opt)
	if again := site.fetchedMoreThanOnce(); len(again) > 0 {
		t.Errorf("fetched more than once: %q", again)
	}
	if n := len(docs); n != 7 { // 6 pages and the local file
		t.Errorf("%d documents %q, want 6 pages and notes.md", n, sortedKeys(docs))
	}
}

func TestWebPageLimitIsPerStartURL(t *testing.T) {
	pages := map[string]string{"/robots.txt": ""}
	for _, side := range []string{"a", "b"} {
		var links strings.Builder
		for i := range 5 {
			fmt.Fprintf(&links, `<a href="/%s/%d">%d</a>`, side, i, i)
		}
		pages["/"+side+"/"] = links.String()
		for i := range 5 {
			pages[fmt.Sprintf("/%s/%d", side, i)] = fmt.Sprintf("<p>page %s %d</p>", side, i)
		}
	}
	site := newCountingSite(t, pages)
	opt := testOptions()
	opt.Web.MaxPages = 3
	a, b := site.URL+"/a/", site.URL+"/b/"
	docs, _, limits := walkStarts(t, []string{a, b}, opt)
	if len(docs) != 6 {
		t.Errorf("documents %q, want 3 from each start URL", sortedKeys(docs))
	}
	for _, start := range []string{a, b} {
		if le := limits[start]; le == nil || le.NotFollowed != 3 {
			t.Errorf("limit notice of %s = %+v, want 3 links not followed", start, le)
		}
	}
}

func TestSaveAllSavesSharedPagesOnce(t *testing.T) {
	site := newCountingSite(t, shopPages)
	u := site.URL
	dir := t.TempDir()
	starts := []string{u + "/bikes/", u + "/helmets/", u + "/bikes/"}
	st, err := SaveAll(background(t), starts, dir, testOptions())
	if err != nil {
		t.Fatalf("SaveAll: %v", err)
	}
	if again := site.fetchedMoreThanOnce(); len(again) > 0 {
		t.Errorf("fetched more than once: %q", again)
	}
	if st.Pages != 6 || st.Failed != 0 {
		t.Errorf("Stats %+v, want 6 pages", st)
	}
	f, err := os.Open(filepath.Join(dir, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	var h savedHeader
	if err := json.Unmarshal(sc.Bytes(), &h); err != nil || h.Start != starts[0] || !slices.Equal(h.Starts, starts) {
		t.Errorf("header %s, want start %q and starts %q", sc.Bytes(), starts[0], starts)
	}
	urls := map[string]int{}
	for sc.Scan() {
		var e savedEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		urls[e.URL]++
	}
	if len(urls) != 6 {
		t.Errorf("manifest URLs %v, want 6", urls)
	}
	for u, n := range urls {
		if n != 1 {
			t.Errorf("manifest has %d lines for %s", n, u)
		}
	}
	if docs := readSaved(t, dir); len(docs) != 6 {
		t.Errorf("saved crawl reads back as %d documents, want 6", len(docs))
	}
}

// TestWebListedPageLinkedFromStartPageIsFollowed: a page a sitemap lists
// (its links not followed) that a start page's crawl reaches too is
// fetched once, and its links are followed, whichever came first.
func TestWebListedPageLinkedFromStartPageIsFollowed(t *testing.T) {
	pages := map[string]string{
		"/robots.txt":  "",
		"/":            `<a href="/hub">hub</a>`,
		"/hub":         `<p>Hub</p><a href="/deep">deep</a>`,
		"/deep":        `<p>Deep</p><a href="/deeper">deeper</a>`,
		"/deeper":      `<p>Deeper</p>`,
		"/sitemap.xml": `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{{.}}/hub</loc></url></urlset>`,
	}
	for range 5 { // the order in which the two reach /hub varies
		site := newCountingSite(t, pages)
		u := site.URL
		for _, args := range [][]string{{u + "/", u + "/sitemap.xml"}, {u + "/sitemap.xml", u + "/"}} {
			site.mu.Lock()
			clear(site.hits)
			site.mu.Unlock()
			docs, _, _ := walkStarts(t, args, testOptions())
			if again := site.fetchedMoreThanOnce(); len(again) > 0 {
				t.Errorf("%q: fetched more than once: %q", args, again)
			}
			want := []string{u + "/", u + "/deep", u + "/deeper", u + "/hub"}
			if got := sortedKeys(docs); !slices.Equal(got, want) {
				t.Errorf("%q: documents %q, want %q", args, got, want)
			}
		}
	}
	// A sitemap alone still does not follow links.
	site := newCountingSite(t, pages)
	docs, _, _ := walkStarts(t, []string{site.URL + "/sitemap.xml"}, testOptions())
	if got := sortedKeys(docs); !slices.Equal(got, []string{site.URL + "/hub"}) {
		t.Errorf("sitemap alone: documents %q, want /hub only", got)
	}
}
