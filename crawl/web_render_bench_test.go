package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// renderBenchPages is the size of the generated site of script shells.
const renderBenchPages = 60

// renderBenchSite serves renderBenchPages shell pages, the same bytes at
// every URL, and one script that writes each page's text and its links to
// pages 2i+1 and 2i+2, as a single-page app's router does.
func renderBenchSite() http.Handler {
	shell := `<!doctype html><html><head><title>Kestrel</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>`
	script := fmt.Sprintf(`var i = parseInt(location.pathname.split("/").pop(), 10), n = %d, h = "<h1>Page " + i + "</h1><p>RoutePlanner Fleet is $18 per vehicle per month.</p>";
[2*i+1, 2*i+2].forEach(function (c) { if (c < n) h += '<a href="/r/' + c + '">page ' + c + '</a> '; });
document.getElementById("root").innerHTML = h;`, renderBenchPages)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/app.js":
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, script)
		case strings.HasPrefix(r.URL.Path, "/r/"):
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, shell)
		default:
			http.NotFound(w, r)
		}
	})
}

// BenchmarkCrawlRendered crawls a site of 60 script shells on 127.0.0.1
// with --render auto (every page is a shell, so each is rendered in
// headless Chromium) and reports pages/s. It is skipped without Chromium.
// Run:
//
//	go test ./crawl -run '^$' -bench BenchmarkCrawlRendered -benchtime 3x
func BenchmarkCrawlRendered(b *testing.B) {
	if findBrowser("") == "" {
		b.Skip("no Chromium on PATH")
	}
	srv := httptest.NewServer(renderBenchSite())
	defer srv.Close()
	opt := Options{Web: WebOptions{MaxPages: -1, IgnoreRobots: true, Render: RenderAuto}}
	var pages int
	var elapsed time.Duration
	for b.Loop() {
		t0 := time.Now()
		n := 0
		err := walkWeb(context.Background(), srv.URL+"/r/0", opt, func(d Document) error {
			if d.Err != nil || len(d.Warnings) > 0 || !strings.Contains(string(d.Body), "$18 per vehicle") {
				b.Fatalf("%s: %v %v %q", d.Source, d.Err, d.Warnings, d.Body)
			}
			n++
			return nil
		})
		elapsed += time.Since(t0)
		if err != nil || n != renderBenchPages {
			b.Fatalf("rendered %d pages (%v), want %d", n, err, renderBenchPages)
		}
		pages += n
	}
	b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
}
