package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestWebIgnoresCollyEnvironment(t *testing.T) {
	for k, v := range map[string]string{
		"COLLY_MAX_DEPTH":          "1",
		"COLLY_USER_AGENT":         "evilbot/1.0",
		"COLLY_IGNORE_ROBOTSTXT":   "yes",
		"COLLY_ALLOWED_DOMAINS":    "nowhere.example",
		"COLLY_MAX_BODY_SIZE":      "10",
		"COLLY_MAX_REQUESTS":       "2",
		"COLLY_FOLLOW_REDIRECTS":   "no",
		"COLLY_CACHE_DIR":          t.TempDir(),
		"COLLY_DISALLOWED_DOMAINS": "127.0.0.1",
	} {
		t.Setenv(k, v)
	}
	site := newTestSite(t, "")
	docs := crawlWeb(t, background(t), site.URL+"/", testOptions())
	if len(docs) != 10 {
		t.Errorf("crawled %d pages with COLLY_* set, want the 10 of a plain crawl: %q", len(docs), sources(docs, site.URL))
	}
	if d := docs[site.URL+"/private/roadmap.html"]; d.Err != ErrBlockedByRobots.Error() {
		t.Errorf("COLLY_IGNORE_ROBOTSTXT changed robots handling: %+v", d)
	}
	if d := docs[site.URL+"/blog/fleet-launch.html"]; d.Err != "" || len(d.Body) < 100 {
		t.Errorf("depth-2 page missing or cut: %+v", d)
	}
	if site.agents["evilbot/1.0"] || !site.agents[DefaultUserAgent()] {
		t.Errorf("user agents seen %v, want only %q", site.agents, DefaultUserAgent())
	}
}

func TestWebLimits(t *testing.T) {
	site := newTestSite(t, "")
	tests := []struct {
		name  string
		web   func(*WebOptions)
		check func(t *testing.T, got []string)
	}{
		{"max pages", func(w *WebOptions) { w.MaxPages = 2 }, func(t *testing.T, got []string) {
			if want := []string{"(limit)", "/", "/pricing.html"}; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		}},
		{"max depth", func(w *WebOptions) { w.MaxDepth = 1 }, func(t *testing.T, got []string) {
			if slices.Contains(got, "/blog/fleet-launch.html") || !slices.Contains(got, "/blog/") {
				t.Errorf("depth 1 got %q, want /blog/ but not /blog/fleet-launch.html", got)
			}
		}},
		{"exclude", func(w *WebOptions) { w.ExcludePaths = []string{"/blog/**", "/private/*"} }, func(t *testing.T, got []string) {
			want := []string{"/", "/about.html", "/collateral/fleet-deck.pdf", "/pricing.html", "/products/driverlog.html", "/products/routeplanner.html", "/shop/"}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		}},
		{"include", func(w *WebOptions) { w.IncludePaths = []string{"/products/*"} }, func(t *testing.T, got []string) {
			want := []string{"/", "/products/driverlog.html", "/products/routeplanner.html"}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q (the start page and /products/)", got, want)
			}
		}},
		{"denied domain", func(w *WebOptions) { w.DeniedDomains = []string{"127.0.0.1"} }, func(t *testing.T, got []string) {
			if len(got) != 0 {
				t.Errorf("got %q from a denied domain", got)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := testOptions()
			tt.web(&opt.Web)
			tt.check(t, sources(crawlWeb(t, background(t), site.URL+"/", opt), site.URL))
		})
	}
}

func TestWebIgnoreOption(t *testing.T) {
	site := newTestSite(t, "")
	opt := testOptions()
	opt.Ignore = func(u string) bool { return u == site.URL+"/shop/" }
	docs := crawlWeb(t, background(t), site.URL+"/", opt)
	if _, ok := docs[site.URL+"/shop/"]; ok || site.hitCount("/shop/") != 0 {
		t.Errorf("ignored URL was fetched")
	}
}

func TestWebCancelKeepsFetched(t *testing.T) {
	site := newTestSite(t, "")
	ctx, cancel := context.WithCancel(background(t))
	var got []Document
	err := walkWeb(ctx, site.URL+"/", testOptions(), func(d Document) error {
		got = append(got, d)
		cancel() // Ctrl-C after the first page
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("walkWeb after cancel = %v, want context.Canceled", err)
	}
	if len(got) == 0 || got[0].Source != site.URL+"/" {
		t.Fatalf("got %d Documents, want the start page first", len(got))
	}
	for _, d := range got {
		// The start page links to a page robots.txt disallows: that
		// answer, decided before the cancel, may still come out (pages
		// already done are emitted); no other failure may.
		if d.Err != nil && !errors.Is(d.Err, ErrBlockedByRobots) {
			t.Errorf("cancellation reported as a failure of %s: %v", d.Source, d.Err)
		}
	}
	if len(got) >= 10 {
		t.Errorf("crawl went on after cancel: %d Documents", len(got))
	}
}

func TestWebYieldErrorStops(t *testing.T) {
	site := newTestSite(t, "")
	stop := errors.New("report full")
	n := 0
	err := walkWeb(background(t), site.URL+"/", testOptions(), func(Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("walkWeb = %v after %d yields, want %v after 1", err, n, stop)
	}
}

func TestWebBadStartURL(t *testing.T) {
	docs := crawlWeb(t, background(t), "http://", testOptions())
	if d := docs["http://"]; d.Err == "" {
		t.Errorf("bad start URL gave %+v, want a Document with Err", docs)
	}
}

func TestWebBadGlob(t *testing.T) {
	opt := testOptions()
	opt.Web.ExcludePaths = []string{"/blog/[a-"}
	err := walkWeb(background(t), "http://127.0.0.1:1/", opt, func(Document) error { return nil })
	if err == nil {
		t.Errorf("walkWeb with a bad glob succeeded")
	}
}

func TestWebConcurrencyPerHost(t *testing.T) {
	var mu sync.Mutex
	inFlight, most := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		time.Sleep(10 * time.Millisecond) // keep requests overlapping
		w.Header().Set("Content-Type", "text/html")
		for i := range 30 {
			fmt.Fprintf(w, `<a href="/p%d">p%d</a>`, i, i)
		}
		fmt.Fprintf(w, "<p>%s</p>", r.URL.Path) // pages with the same bytes would be one page
		mu.Lock()
		inFlight--
		mu.Unlock()
	}))
	defer srv.Close()
	opt := testOptions()
	opt.Web.Concurrency = 3
	opt.Web.IgnoreRobots = true
	docs := crawlWeb(t, background(t), srv.URL+"/", opt)
	if len(docs) != 31 {
		t.Errorf("crawled %d pages, want 31", len(docs))
	}
	if most > 3 {
		t.Errorf("%d requests in flight at once, want at most 3", most)
	}
}
