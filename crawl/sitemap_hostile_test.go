package crawl

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// sitemapServer serves sitemap indexes made by index (path → the <loc>s
// it lists, nil for a 404) and one page, /page.html, counting requests.
type sitemapServer struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newSitemapServer(t *testing.T, index func(path string) []string) *sitemapServer {
	s := &sitemapServer{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		if r.URL.Path == "/page.html" {
			fmt.Fprint(w, "<p>Team costs $29 per user per month.</p>")
			return
		}
		locs := index(r.URL.Path)
		if locs == nil {
			http.NotFound(w, r)
			return
		}
		var b strings.Builder
		b.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, l := range locs {
			fmt.Fprintf(&b, "<sitemap><loc>%s%s</loc></sitemap>\n", s.URL, l)
		}
		b.WriteString("</sitemapindex>")
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *sitemapServer) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func TestWebSitemapCyclesAreFetchedOnce(t *testing.T) {
	var pages string // a urlset with the one page, set once the server runs
	srv := newSitemapServer(t, func(path string) []string {
		switch path {
		case "/self.xml": // lists itself a thousand times, in several spellings
			locs := []string{"/a.xml", "/pages.xml"}
			for i := range 1000 {
				locs = append(locs, []string{"/self.xml", "/self.xml#" + fmt.Sprint(i)}[i%2])
			}
			return locs
		case "/a.xml":
			return []string{"/b.xml", "/self.xml"}
		case "/b.xml":
			return []string{"/a.xml"}
		}
		return nil
	})
	pages = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>` + srv.URL + `/page.html</loc></url></urlset>`
	mux := http.NewServeMux()
	mux.HandleFunc("/pages.xml", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, pages) })
	mux.Handle("/", srv.Config.Handler)
	srv.Config.Handler = mux
	docs := crawlWeb(t, background(t), srv.URL+"/self.xml", testOptions())
	for _, p := range []string{"/self.xml", "/a.xml", "/b.xml"} {
		if n := srv.count(p); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	if got := sources(docs, srv.URL); len(got) != 1 || got[0] != "/page.html" || docs[srv.URL+"/page.html"].Err != "" {
		t.Errorf("documents %q (%v), want the one page, read", got, docs)
	}
}

func TestWebSitemapTooDeepReportedOnce(t *testing.T) {
	// Every index at level n lists twenty indexes at level n+1.
	srv := newSitemapServer(t, func(path string) []string {
		var level, k int
		if _, err := fmt.Sscanf(path, "/d%d-%d.xml", &level, &k); err != nil {
			return nil
		}
		var locs []string
		for i := range 20 {
			locs = append(locs, fmt.Sprintf("/d%d-%d.xml", level+1, i))
		}
		return locs
	})
	docs := crawlWeb(t, background(t), srv.URL+"/d0-0.xml", testOptions())
	var deep []string
	for src, d := range docs {
		if strings.Contains(d.Err, "nest deeper") {
			deep = append(deep, src+": "+d.Err)
		} else {
			t.Errorf("unexpected document %s: %q", src, d.Err)
		}
	}
	want := fmt.Sprintf("sitemap indexes nest deeper than %d levels: this and any other sitemap as deep are not read", maxSitemapDepth)
	if len(deep) != 1 || !strings.HasSuffix(deep[0], want) {
		t.Errorf("too-deep findings %q, want one: %q", deep, want)
	}
	if n := srv.count(fmt.Sprintf("/d%d-0.xml", maxSitemapDepth+1)); n != 0 {
		t.Errorf("a sitemap below the depth limit was fetched %d times", n)
	}
}

func TestWebSitemapsBoundedByPageLimit(t *testing.T) {
	srv := newSitemapServer(t, func(path string) []string {
		var locs []string
		if path == "/index.xml" {
			for i := range 500 {
				locs = append(locs, fmt.Sprintf("/s%d.xml", i))
			}
			return locs
		}
		return []string{}
	})
	opt := testOptions()
	opt.Web.MaxPages = 10
	docs := crawlWeb(t, background(t), srv.URL+"/index.xml", opt)
	if len(docs) != 1 {
		t.Errorf("documents %q, want one error for the sitemap limit", sources(docs, srv.URL))
	}
	total := 0
	srv.mu.Lock()
	for _, n := range srv.hits {
		total += n
	}
	srv.mu.Unlock()
	if total > 10 {
		t.Errorf("%d sitemaps fetched, want at most the page limit of 10", total)
	}
}
