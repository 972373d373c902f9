package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"testing"
)

// jsonReport is the part of the JSON report these tests read.
type jsonReport struct {
	Documents []struct {
		Source    string   `json:"source"`
		OtherURLs []string `json:"other_urls"`
	} `json:"documents"`
	Findings []json.RawMessage `json:"findings"`
}

// TestCheckAndCrawlFromSeveralStartURLs checks the example site from
// start URLs whose pages link each other (a start page another links to,
// the same URL twice, the home page as "/" and "/index.html"): each page
// is fetched once, is one document, and has its findings once, as when
// the crawl starts from the home page alone; a saved crawl from the same
// URLs reads back the same report.
func TestCheckAndCrawlFromSeveralStartURLs(t *testing.T) {
	chdirRoot(t)
	var (
		mu   sync.Mutex
		hits = map[string]int{}
	)
	files := http.FileServer(http.Dir("testdata/site"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	check := func(args ...string) jsonReport {
		t.Helper()
		argv := append([]string{"check", "--quiet", "--fail-on", "never", "--today", "2026-11-27", "--format", "json"}, args...)
		code, out, errs := onestory(t, "", argv...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		var r jsonReport
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%q: %v\n%s", args, err, out)
		}
		return r
	}
	one := check(srv.URL + "/")
	clear(hits)
	starts := []string{srv.URL + "/pricing.html", srv.URL + "/", srv.URL + "/features.html", srv.URL + "/pricing.html", srv.URL}
	many := check(starts...)
	for p, n := range hits {
		if n > 1 {
			t.Errorf("%s fetched %d times", p, n)
		}
	}
	sources := func(r jsonReport) []string {
		var out []string
		for _, d := range r.Documents {
			out = append(out, d.Source)
		}
		return out
	}
	if got := sources(many); len(got) != len(slices.Compact(slices.Sorted(slices.Values(got)))) {
		t.Errorf("a page is more than one document: %q", got)
	}
	// features.html is the one page the home page does not reach.
	want := append(sources(one), srv.URL+"/features.html")
	slices.Sort(want)
	if got := slices.Sorted(slices.Values(sources(many))); !slices.Equal(got, want) {
		t.Errorf("documents %q, want %q", got, want)
	}
	findings := func(r jsonReport) []string {
		var out []string
		for _, f := range r.Findings {
			out = append(out, string(f))
		}
		slices.Sort(out)
		return out
	}
	all := findings(many)
	if len(all) != len(slices.Compact(slices.Clone(all))) {
		t.Errorf("a finding is reported more than once:\n%s", all)
	}
	for _, f := range findings(one) {
		if !slices.Contains(all, f) {
			t.Errorf("findings from several start URLs lack one of the home page's crawl:\n%s", f)
		}
	}

	dir := filepath.Join(t.TempDir(), "crawl")
	clear(hits)
	if code, _, errs := onestory(t, "", append([]string{"crawl", "--out", dir, "--quiet"}, starts...)...); code != exitOK {
		t.Fatalf("crawl: exit %d: %s", code, errs)
	}
	for p, n := range hits {
		if n > 1 {
			t.Errorf("crawl: %s fetched %d times", p, n)
		}
	}
	saved := check("--from-crawl", dir)
	if got, want := findings(saved), findings(many); !slices.Equal(got, want) {
		t.Errorf("findings of the saved crawl:\n%q\nwant those of the live check:\n%q", got, want)
	}
	if got, want := sources(saved), sources(many); !slices.Equal(got, want) {
		t.Errorf("documents of the saved crawl %q, want %q", got, want)
	}
}
