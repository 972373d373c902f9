package crawl

import (
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestWebCrawlsSite(t *testing.T) {
	site := newTestSite(t, "")
	docs := crawlWeb(t, background(t), site.URL+"/", testOptions())
	want := []string{
		"/", "/about.html", "/blog/", "/blog/fleet-launch.html", "/collateral/fleet-deck.pdf",
		"/pricing.html", "/private/roadmap.html", "/products/driverlog.html",
		"/products/routeplanner.html", "/shop/",
	}
	if got := sources(docs, site.URL); !slices.Equal(got, want) {
		t.Fatalf("sources:\n got %q\nwant %q", got, want)
	}
	if d := docs[site.URL+"/collateral/fleet-deck.pdf"]; d.Format != "pdf" || !strings.HasPrefix(d.Body, "%PDF") {
		t.Errorf("deck: format %q, body %.8q; want a pdf Document", d.Format, d.Body)
	}
	shop := docs[site.URL+"/shop/"]
	if shop.Format != "html" || shop.Channel != "marketing" || !strings.Contains(shop.Body, `"priceCurrency": "USD"`) {
		t.Errorf("shop listing: format %q channel %q; want html, marketing, with its JSON-LD", shop.Format, shop.Channel)
	}
	if d := docs[site.URL+"/pricing.html"]; d.Status != 200 || d.Channel != "web" || d.Err != "" {
		t.Errorf("pricing: %+v", d)
	}
	if d := docs[site.URL+"/private/roadmap.html"]; d.Err != ErrBlockedByRobots.Error() {
		t.Errorf("robots-disallowed page: Err %q, want %q", d.Err, ErrBlockedByRobots)
	}
	if n := site.hitCount("/private/roadmap.html"); n != 0 {
		t.Errorf("robots-disallowed page requested %d times", n)
	}
}

func TestWebFetchesEachPageOnce(t *testing.T) {
	site := newTestSite(t, "")
	crawlWeb(t, background(t), site.URL+"/", testOptions())
	for uri, n := range site.hits {
		if n > 1 {
			t.Errorf("%s requested %d times", uri, n)
		}
	}
	for _, uri := range []string{
		"/products/driverlog.html?utm_source=newsletter&utm_medium=email", // tracking params
		"/pricing.html?utm_campaign=about&gclid=abc123",
		"/about.html#team", // fragments never reach the server; this checks the URI is plain
		"/logo.png",        // not content
	} {
		if n := site.hitCount(uri); n != 0 {
			t.Errorf("%s requested %d times; want it de-duplicated or skipped", uri, n)
		}
	}
}

func TestWebCanonicalDuplicateDropped(t *testing.T) {
	site := newTestSite(t, "")
	docs := crawlWeb(t, background(t), site.URL+"/", testOptions())
	if site.hitCount("/pricing.html?ref=nav") != 1 {
		t.Fatalf("want /pricing.html?ref=nav fetched once to read its canonical link")
	}
	if _, ok := docs[site.URL+"/pricing.html?ref=nav"]; ok {
		t.Errorf("page whose canonical URL was already crawled was yielded")
	}
	if _, ok := docs[site.URL+"/old-pricing.html"]; ok {
		t.Errorf("redirect to an already crawled page was yielded")
	}
}

func TestWebFailures(t *testing.T) {
	other := newTestSite(t, "")
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	site := newTestSite(t, otherURL)
	tests := []struct {
		path, err string
		status    int
	}{
		{"/missing.html", "HTTP 404 Not Found", 404},
		{"/fail/500", "HTTP 500 Internal Server Error", 500},
		{"/fail/slow", "timed out after 300ms", 0},
		{"/fail/loop", `redirect loop back to "` + site.URL + `/fail/loop"`, 0},
		{"/fail/chain/0", `more than 10 redirects, last to "` + site.URL + `/fail/chain/10"`, 0},
		{"/fail/offsite", `redirected off-site to "` + otherURL + `/landing"`, 0},
		{"/fail/private", `redirected to private address "http://10.0.0.1/admin"`, 0},
		{"/fail/huge", "body exceeds 10 MB limit", 0},
		{"/fail/huge-length", "body exceeds 10 MB limit", 0},
		{"/private/roadmap.html", "blocked by robots.txt", 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			opt := testOptions()
			opt.Web.Timeout = 300 * time.Millisecond
			if tt.path != "/fail/slow" {
				opt.Web.Timeout = 20 * time.Second // only the slow handler may time out
			}
			docs := crawlWeb(t, background(t), site.URL+tt.path, opt)
			d, ok := docs[site.URL+tt.path]
			if !ok || len(docs) != 1 {
				t.Fatalf("got %v; want one Document for %s", sources(docs, site.URL), tt.path)
			}
			if !strings.HasPrefix(d.Err, tt.err) || d.Status != tt.status || d.Body != "" {
				t.Errorf("Err %q, Status %d, %d body bytes; want Err %q, Status %d, no body", d.Err, d.Status, len(d.Body), tt.err, tt.status)
			}
		})
	}
	if n := other.hitCount("/landing"); n != 0 {
		t.Errorf("off-site redirect target requested %d times", n)
	}
}

func TestWebRedirectErrorsUnwrap(t *testing.T) {
	err := fetchError(&RedirectError{To: "https://x.example/", Reason: RedirectOffSite}, time.Second)
	var re *RedirectError
	if !errors.As(err, &re) || re.To != "https://x.example/" {
		t.Errorf("fetchError lost the *RedirectError: %v", err)
	}
}

func TestWebTLSFailure(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.NotFoundHandler())
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the handshake fails on purpose
	srv.StartTLS()                                   // with a certificate the crawl does not trust
	defer srv.Close()
	opt := testOptions()
	opt.Web.Timeout = 20 * time.Second
	docs := crawlWeb(t, background(t), srv.URL+"/", opt)
	d := docs[srv.URL+"/"]
	if !strings.HasPrefix(d.Err, "TLS: ") || !strings.Contains(d.Err, "x509") {
		t.Errorf("Err %q, want a TLS certificate error", d.Err)
	}
}
