package crawl

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// crawlAll runs walkWeb from start and returns its Documents by Source and
// the aliases it reported, sorted by URL.
func crawlAll(t *testing.T, start string, opt Options) (map[string]Document, []Alias) {
	docs, als, _ := crawlNotices(t, start, opt)
	return docs, als
}

// crawlNotices is crawlAll that also returns the limit notices.
func crawlNotices(t *testing.T, start string, opt Options) (map[string]Document, []Alias, []*LimitError) {
	t.Helper()
	var als []Alias
	var limits []*LimitError
	opt.Aliases = func(a Alias) { als = append(als, a) }
	docs := map[string]Document{}
	err := walkWeb(background(t), start, opt, func(d Document) error {
		if le := (*LimitError)(nil); errors.As(d.Err, &le) {
			if d.Source != start {
				t.Errorf("limit notice named %q, want the start URL %q", d.Source, start)
			}
			limits = append(limits, le)
			return nil
		}
		if _, dup := docs[d.Source]; dup {
			t.Errorf("Document %q yielded twice", d.Source)
		}
		docs[d.Source] = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(als, func(a, b Alias) int { return strings.Compare(a.URL, b.URL) })
	return docs, als, limits
}

// pagesServer serves each path of pages as HTML.
func pagesServer(t *testing.T, pages map[string]string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestWebSameBodyIsOnePage(t *testing.T) {
	home := `<html><body><p>Team is $29.</p><a href="/index.html">home</a><a href="/about">about</a></body></html>`
	srv := pagesServer(t, map[string]string{"/": home, "/index.html": home, "/about": "<p>About us</p>"})
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	docs, als := crawlAll(t, srv.URL+"/", opt)
	if got := sortedKeys(docs); !slices.Equal(got, []string{srv.URL + "/", srv.URL + "/about"}) {
		t.Errorf("documents %q, want / and /about", got)
	}
	want := []Alias{{URL: srv.URL + "/index.html", Of: srv.URL + "/", Why: AliasContent}}
	if !slices.Equal(als, want) {
		t.Errorf("aliases %+v, want %+v", als, want)
	}
}

func TestWebCanonicalMergesURLs(t *testing.T) {
	srv := pagesServer(t, map[string]string{
		"/":           `<a href="/plans">plans</a> <a href="/pricing">pricing</a>`,
		"/pricing":    `<html><head><link rel="canonical" href="/plans"></head><body><p>Team $29, old layout</p></body></html>`,
		"/plans":      `<html><head><link rel="canonical" href="/plans"></head><body><p>Team $29</p></body></html>`,
		"/robots.txt": "",
	})
	docs, als := crawlAll(t, srv.URL+"/", testOptions())
	pages := 0
	for src := range docs {
		if strings.HasSuffix(src, "/plans") || strings.HasSuffix(src, "/pricing") {
			pages++
		}
	}
	if pages != 1 || len(als) != 1 || als[0].Why != AliasCanonical {
		t.Fatalf("documents %q, aliases %+v; want one of /plans and /pricing, the other its canonical alias", sortedKeys(docs), als)
	}
	if _, ok := docs[als[0].Of]; !ok || als[0].URL == als[0].Of {
		t.Errorf("alias %+v does not name a document read", als[0])
	}
}

func TestWebTrackingAndSlashAreOnePage(t *testing.T) {
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<a href="/pricing/">a</a> <a href="/pricing?utm_source=news&gclid=1">b</a> <a href="/pricing?fbclid=2">c</a>`)
		case "/pricing", "/pricing/":
			hits++
			fmt.Fprint(w, `<p>Team is $29.</p>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Web.Concurrency = 1
	docs, _ := crawlAll(t, srv.URL+"/", opt)
	if hits != 1 || len(docs) != 2 {
		t.Errorf("/pricing fetched %d times, documents %q; want once, 2 documents", hits, sortedKeys(docs))
	}
}

func TestWebRedirectIsAnAlias(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<a href="/old-pricing">old</a> <a href="/pricing">new</a>`)
		case "/old-pricing":
			http.Redirect(w, r, "/pricing", http.StatusMovedPermanently)
		case "/pricing":
			fmt.Fprint(w, `<p>Team is $29.</p>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	docs, als := crawlAll(t, srv.URL+"/", opt)
	want := []Alias{{URL: srv.URL + "/old-pricing", Of: srv.URL + "/pricing", Why: AliasRedirect}}
	if len(docs) != 2 || !slices.Equal(als, want) {
		t.Errorf("documents %q, aliases %+v; want / and /pricing, alias %+v", sortedKeys(docs), als, want)
	}
}

func TestWebLimitNotice(t *testing.T) {
	pages := map[string]string{"/": ""}
	for i := range 10 {
		pages["/"] += fmt.Sprintf(`<a href="/p%d">p%d</a>`, i, i)
		pages[fmt.Sprintf("/p%d", i)] = fmt.Sprintf("<p>page %d</p>", i)
	}
	srv := pagesServer(t, pages)
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Web.MaxPages = 3
	docs, _, notices := crawlNotices(t, srv.URL+"/", opt)
	if len(docs) != 3 {
		t.Errorf("documents %q, want 3", sortedKeys(docs))
	}
	if len(notices) != 1 || notices[0].NotFollowed != 8 || notices[0].MaxPages != 3 {
		t.Fatalf("notices %+v, want one with 8 links not followed at 3 pages", notices)
	}
	if msg := notices[0].Error(); !strings.Contains(msg, "8 links were not followed") {
		t.Errorf("message %q", msg)
	}
}

func TestWebNoLimitNoNotice(t *testing.T) {
	srv := pagesServer(t, map[string]string{"/": `<a href="/a">a</a>`, "/a": "<p>a</p>"})
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Web.MaxPages = 2 // exactly the site: nothing left behind
	if docs, _, notices := crawlNotices(t, srv.URL+"/", opt); len(docs) != 2 || len(notices) != 0 {
		t.Errorf("documents %q, notices %+v; want 2 documents and no notice", sortedKeys(docs), notices)
	}
}

func TestPageKey(t *testing.T) {
	tests := map[string]string{
		"http://x.example/":             "http://x.example/",
		"http://x.example/pricing/":     "http://x.example/pricing",
		"http://x.example/pricing":      "http://x.example/pricing",
		"http://x.example/a/?q=1":       "http://x.example/a?q=1",
		"http://x.example/docs/guide//": "http://x.example/docs/guide/",
	}
	for in, want := range tests {
		u, _ := url.Parse(in)
		if got := pageKey(u); got != want {
			t.Errorf("pageKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestWebIgnoreGlobs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<a href="/legal/terms">terms</a> <a href="/old-terms">old</a> <a href="/pricing">pricing</a>`)
		case "/old-terms":
			http.Redirect(w, r, "/legal/privacy", http.StatusFound)
		case "/legal/terms", "/legal/privacy":
			t.Errorf("ignored page %s fetched", r.URL.Path)
			fmt.Fprint(w, "<p>legal</p>")
		case "/pricing":
			fmt.Fprint(w, "<p>pricing</p>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Ignore = func(u string) bool { return strings.Contains(u, "/legal/") }
	docs, _ := crawlAll(t, srv.URL+"/", opt)
	if got := sortedKeys(docs); !slices.Equal(got, []string{srv.URL + "/", srv.URL + "/pricing"}) {
		t.Errorf("documents %q, want / and /pricing", got)
	}
}
