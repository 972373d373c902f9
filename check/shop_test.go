package check

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules/rulestest"
	"github.com/onestory/onestory/story"
)

// shopToday is the day the shop's fixtures are checked on: the Trail
// Runner 2 and Thermo Bottle sales hold, the Alpine Shell Jacket's is over.
var shopToday = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

// TestShop checks the small shop of testdata/shop — a catalogue export
// and a Merchant Center feed against category, search and product pages
// and a dealer price list — with the want comments its sources carry: every planted mismatch is
// found, and none of the many right prices is flagged.
func TestShop(t *testing.T) {
	t.Chdir("..")
	s, err := story.Load("testdata/shop/story.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Catalog == nil || len(s.Catalog.Items) != 11 {
		t.Fatalf("catalogue = %+v, want the 8 rows of catalog.csv and the 3 items of feed.xml", s.Catalog)
	}
	dirs := []string{"testdata/shop/site", "testdata/shop/collateral"}
	r, err := Run(context.Background(), Config{Story: s, Sources: dirs, Now: shopToday})
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				sources = append(sources, filepath.ToSlash(path))
			}
			return err
		})
	}
	if len(r.Documents) != len(sources) {
		t.Errorf("read %d documents, want %d", len(r.Documents), len(sources))
	}
	rulestest.Run(t, r.Findings.Collect(), sources)
}

// TestShopCrawl serves the shop's pages on loopback and crawls them from
// its home page, the category page: the cards' links lead to the product
// pages, which the catalogue's links now match by address, and the
// findings are those of the files, at the same lines.
func TestShopCrawl(t *testing.T) {
	t.Chdir("..")
	s, err := story.Load("testdata/shop/story.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files := http.FileServer(http.Dir("testdata/shop/site"))
	var (
		mu   sync.Mutex
		hits = map[string]int{}
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		if r.URL.Path == "/" {
			http.Redirect(w, r, "/gear.html", http.StatusMovedPermanently)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	s.Channels = nil // the channel globs name the files
	// A user names the shop's home page (a redirect to /gear.html) and its
	// category pages, which link each other and share product pages: each
	// page is fetched, and reported, once.
	starts := []string{srv.URL + "/", srv.URL + "/gear.html", srv.URL + "/eu/tents.html", srv.URL + "/search.html"}
	r, err := Run(context.Background(), Config{Story: s, Sources: starts, Now: shopToday,
		Crawl: crawl.Options{Web: crawl.WebOptions{AllowPrivate: true, IgnoreRobots: true, MaxDepth: 2, Concurrency: 2, Quiet: true}}})
	if err != nil {
		t.Fatal(err)
	}
	for p, n := range hits {
		if n > 1 {
			t.Errorf("%s fetched %d times", p, n)
		}
	}
	gear := slices.IndexFunc(r.Documents, func(d report.Document) bool { return d.Source == srv.URL+"/gear.html" })
	if gear < 0 || !slices.Equal(r.Documents[gear].OtherURLs, []string{srv.URL + "/"}) {
		t.Errorf("gear.html is not one document with the home page that redirects to it as its other URL")
	}
	local, err := Run(context.Background(), Config{Story: s, Sources: []string{"testdata/shop/site"}, Now: shopToday})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) != len(local.Documents) {
		for _, d := range r.Documents {
			t.Log(d.Source, d.Status)
		}
		t.Errorf("crawled %d pages, want the %d of the shop", len(r.Documents), len(local.Documents))
	}
	spot := func(rule string, l extract.Location, base string) string {
		return fmt.Sprintf("%s %s:%d", rule, strings.TrimPrefix(l.Source, base), l.Line)
	}
	var got, want []string
	for f := range r.Findings.All() {
		got = append(got, spot(f.Rule, f.Location, srv.URL))
	}
	for f := range local.Findings.All() {
		want = append(want, spot(f.Rule, f.Location, "testdata/shop/site"))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("findings of the crawl:\n%s\nwant those of the files:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
