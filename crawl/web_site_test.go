package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testSite serves testdata/web (the Kestrel Fleetworks site) on loopback,
// plus handlers made to fail, and counts the requests it gets.
type testSite struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int // request URI → count
	agents map[string]bool
	conds  int // requests with If-None-Match
}

// newTestSite starts the site; other is the URL that /fail/offsite
// redirects to ("" for none).
func newTestSite(t *testing.T, other string) *testSite {
	t.Helper()
	s := &testSite{hits: map[string]int{}, agents: map[string]bool{}}
	mux := http.NewServeMux()
	files := http.FileServer(http.Dir("testdata/web"))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".xml") || strings.HasSuffix(r.URL.Path, ".xml.gz") {
			s.sitemap(t, w, r)
			return
		}
		files.ServeHTTP(w, r)
	})
	mux.Handle("/old-pricing.html", http.RedirectHandler("/pricing.html", http.StatusMovedPermanently))
	mux.HandleFunc("/fail/500", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "database on fire", http.StatusInternalServerError)
	})
	mux.HandleFunc("/fail/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.Handle("/fail/loop", http.RedirectHandler("/fail/loop2", http.StatusFound))
	mux.Handle("/fail/loop2", http.RedirectHandler("/fail/loop", http.StatusFound))
	mux.Handle("/fail/offsite", http.RedirectHandler(other+"/landing", http.StatusFound))
	mux.Handle("/fail/private", http.RedirectHandler("http://10.0.0.1/admin", http.StatusFound))
	mux.HandleFunc("/fail/chain/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/fail/chain/"))
		http.Redirect(w, r, "/fail/chain/"+strconv.Itoa(n+1), http.StatusFound)
	})
	mux.HandleFunc("/fail/huge", hugeBody(false))
	mux.HandleFunc("/fail/huge-length", hugeBody(true))
	mux.HandleFunc("/etag/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><body><p>Fleet is $18 per vehicle per month.</p><a href="/etag/b">b</a><p>` + r.URL.Path + `</p></body></html>`))
	})
	s.Server = httptest.NewServer(s.count(mux))
	t.Cleanup(s.Close)
	return s
}

// count records each request before handing it on.
func (s *testSite) count(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.RequestURI()]++
		s.agents[r.UserAgent()] = true
		if r.Header.Get("If-None-Match") != "" {
			s.conds++
		}
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

// hits returns how often uri was requested.
func (s *testSite) hitCount(uri string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[uri]
}

// sitemap serves a sitemap of testdata/web with {{base}} set to the
// server's URL; NAME.xml.gz is NAME.xml gzipped.
func (s *testSite) sitemap(t *testing.T, w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSuffix(r.URL.Path, ".gz")
	b, err := os.ReadFile(filepath.Join("testdata/web", filepath.FromSlash(name)))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	b = bytes.ReplaceAll(b, []byte("{{base}}"), []byte(s.URL))
	if strings.HasSuffix(r.URL.Path, ".gz") {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		b = buf.Bytes()
		w.Header().Set("Content-Type", "application/gzip")
	}
	w.Write(b)
}

// hugeBody serves 11 MiB of HTML, announcing its length or streaming it.
func hugeBody(withLength bool) http.HandlerFunc {
	const size = 11 << 20
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if withLength {
			w.Header().Set("Content-Length", "11534336")
		}
		chunk := bytes.Repeat([]byte("<p>Fleet</p>\n"), 4096)
		for n := 0; n < size; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}
}

// crawled is what a web test keeps of a Document.
type crawled struct {
	Source, Channel, Format, Err string
	Status                       int
	Body                         string
}

// crawlWeb runs walkWeb from start and returns the Documents by Source.
func crawlWeb(t *testing.T, ctx context.Context, start string, opt Options) map[string]crawled {
	t.Helper()
	out := map[string]crawled{}
	err := walkWeb(ctx, start, opt, func(d Document) error {
		c := crawled{Source: d.Source, Channel: d.Channel, Format: string(d.Format), Status: d.Status, Body: string(d.Body)}
		if d.Err != nil {
			c.Err = d.Err.Error()
		}
		if le := (*LimitError)(nil); errors.As(d.Err, &le) {
			out["(limit)"] = c
			return nil
		}
		if _, dup := out[d.Source]; dup {
			t.Errorf("Document %q yielded twice", d.Source)
		}
		out[d.Source] = c
		return nil
	})
	if err != nil {
		t.Fatalf("walkWeb(%q): %v", start, err)
	}
	return out
}

// sources returns the sorted Sources of docs with base trimmed.
func sources(docs map[string]crawled, base string) []string {
	var out []string
	for s := range docs {
		out = append(out, strings.TrimPrefix(s, base))
	}
	sort.Strings(out)
	return out
}

// testOptions returns options for crawling the test site: short timeout,
// no progress.
func testOptions() Options {
	return Options{
		Channel: func(u string) string {
			if strings.Contains(u, "/shop/") {
				return "marketing"
			}
			return "web"
		},
		Web: WebOptions{Timeout: 2 * time.Second},
	}
}

// background returns a context for one test.
func background(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}
