package crawl

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
)

// needBrowser skips a test without Chromium, except in CI (CI=true), where
// .ci/run installs it and a skip would hide a broken renderer.
func needBrowser(t *testing.T) {
	t.Helper()
	if findBrowser("") != "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium on PATH; .ci/run installs Debian's chromium package")
	}
	t.Skip("no Chromium on PATH: apt-get install chromium to run the rendering tests")
}

// shellSite serves a pricing page whose prices exist only once app.js ran,
// which also asks the cloud metadata address for credentials; /about is a
// plain page. It counts the requests for app.js.
type shellSite struct {
	*httptest.Server
	scripts atomic.Int64
}

func newShellSite(t *testing.T) *shellSite {
	s := &shellSite{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<!doctype html><html><head><title>Pricing</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/static/app.js"></script></body></html>`)
		case "/static/app.js":
			s.scripts.Add(1)
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, `document.getElementById("root").innerHTML =
  '<h1>Plans</h1><p>Team is $29 per user per month.</p><a href="/about">About us</a>';
fetch("http://169.254.169.254/latest/meta-data/").catch(function () {});`)
		case "/about":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><h1>About</h1><p>Northwind has helped fleets plan routes since 2015, with offices in three countries and customers on every continent.</p><p>We build tools that teams enjoy using every day of the week, from dispatch to billing.</p><script src="/static/analytics.js"></script></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func renderOptions(mode RenderMode) Options {
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Web.Render = mode
	opt.Web.Timeout = 0 // the default: a browser's first start can be slow
	return opt
}

func TestWebRenderAlways(t *testing.T) {
	needBrowser(t)
	site := newShellSite(t)
	docs, _ := crawlAll(t, site.URL+"/", renderOptions(RenderAlways))
	home := docs[site.URL+"/"]
	if home.Err != nil || !strings.Contains(string(home.Body), "$29 per user per month") {
		t.Fatalf("rendered home page: %v %q", home.Err, home.Body)
	}
	if _, ok := docs[site.URL+"/about"]; !ok {
		t.Errorf("the link the script wrote was not followed: %q", sortedKeys(docs))
	}
	var blocked *RenderError
	for _, w := range home.Warnings {
		if errors.As(w, &blocked) && blocked.Reason == RenderBlocked {
			break
		}
		blocked = nil
	}
	if blocked == nil || blocked.Request != "http://169.254.169.254/latest/meta-data/" {
		t.Fatalf("warnings %v, want the metadata request blocked", home.Warnings)
	}
	var private *PrivateAddressError
	if !errors.As(blocked, &private) || !strings.Contains(blocked.Error(), "link-local") {
		t.Errorf("blocked request: %v", blocked)
	}
}

func TestWebRenderAuto(t *testing.T) {
	needBrowser(t)
	site := newShellSite(t)
	docs, _ := crawlAll(t, site.URL+"/", renderOptions(RenderAuto))
	if home := docs[site.URL+"/"]; !strings.Contains(string(home.Body), "$29 per user per month") {
		t.Fatalf("auto did not render the shell: %v %q", home.Err, home.Body)
	}
	about := docs[site.URL+"/about"]
	if strings.HasPrefix(string(about.Body), "<!DOCTYPE html>\n<html><head>") || len(about.Warnings) > 0 {
		t.Errorf("auto rendered /about, a page with text: %q %v", about.Body, about.Warnings)
	}
	if n := site.scripts.Load(); n != 1 {
		t.Errorf("app.js fetched %d times, want once (one page rendered)", n)
	}
}

func TestWebRenderAutoWithoutBrowser(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	site := newShellSite(t)
	var notice strings.Builder
	opt := renderOptions(RenderAuto)
	opt.Web.Progress = &notice
	docs, _ := crawlAll(t, site.URL+"/", opt)
	home := docs[site.URL+"/"]
	var re *RenderError
	if len(home.Warnings) != 1 || !errors.As(home.Warnings[0], &re) || re.Reason != RenderSkipped || !errors.Is(re, ErrNoBrowser) {
		t.Fatalf("warnings %v, want one saying the shell was not rendered", home.Warnings)
	}
	if !strings.Contains(home.Warnings[0].Error(), "was not rendered") {
		t.Errorf("warning %q", home.Warnings[0])
	}
	if n := strings.Count(notice.String(), "no Chromium was found"); n != 1 {
		t.Errorf("the notice was written %d times, want once:\n%s", n, notice.String())
	}
	if d := docs[site.URL+"/about"]; len(d.Warnings) != 0 {
		t.Errorf("a page with text got %v", d.Warnings)
	}
}

func TestWebRenderAlwaysWithoutBrowser(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := walkWeb(background(t), "http://127.0.0.1:1/", renderOptions(RenderAlways), func(Document) error { return nil })
	if !errors.Is(err, ErrNoBrowser) {
		t.Errorf("render always without a browser: %v, want ErrNoBrowser", err)
	}
}

func TestLooksLikeShell(t *testing.T) {
	long := strings.Repeat("Plans and prices for every team. ", 10)
	tests := []struct {
		html string
		want bool
	}{
		{`<div id="root"></div><script src="/app.js"></script>`, true},
		{`<div id="__next"></div><script src="/_next/main.js"></script>`, true},
		{`<app-root></app-root><script src="main.js"></script>`, true},
		{`<body><p>Loading…</p><script src="/bundle.js"></script></body>`, true},
		{`<head><title>A long title that does not count as text on the page</title><script src="a.js"></script></head><div id="app"></div>`, true},
		{`<div id="root"></div>`, false},                                                   // no script
		{`<div id="root"><p>` + long + `</p></div><script src="/app.js"></script>`, false}, // rendered on the server
		{`<p>` + long + `</p>`, false},
		{`<p>Welcome to our small site. We plan routes for fleets in three countries.</p><script src="/a.js"></script>`, false},
	}
	for _, tt := range tests {
		if got := extractLinks(mustURL(t, "http://x.example/"), []byte(tt.html)).shell.looksLikeShell(); got != tt.want {
			t.Errorf("looksLikeShell(%q) = %v, want %v", tt.html, got, tt.want)
		}
	}
}

func TestParseRenderMode(t *testing.T) {
	for _, s := range []string{"never", "AUTO", " always "} {
		if _, err := ParseRenderMode(s); err != nil {
			t.Errorf("ParseRenderMode(%q): %v", s, err)
		}
	}
	if _, err := ParseRenderMode("sometimes"); err == nil {
		t.Error("ParseRenderMode accepted sometimes")
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestWebRenderStillEmpty(t *testing.T) {
	needBrowser(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><div id="root"></div><script src="/app.js"></script></body></html>`)
		case "/app.js":
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, `throw new Error("login required");`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	docs, _ := crawlAll(t, srv.URL+"/", renderOptions(RenderAuto))
	home := docs[srv.URL+"/"]
	var re *RenderError
	if len(home.Warnings) != 1 || !errors.As(home.Warnings[0], &re) || re.Reason != RenderFailed || !errors.Is(re, errStillEmpty) {
		t.Errorf("warnings %v, want one saying the page is still empty", home.Warnings)
	}
}

// TestWebRenderWebSocketFails checks that a page's WebSocket never reaches
// the network: its handshake is paused and failed (only http and https
// requests are made for a page), and were it not paused, the browser's
// proxy would close it.
func TestWebRenderWebSocketFails(t *testing.T) {
	needBrowser(t)
	var reached atomic.Int64
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { reached.Add(1) }))
	defer target.Close()
	ws := "ws" + strings.TrimPrefix(target.URL, "http") + "/socket"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><body><div id="root"></div><script>
var s = new WebSocket(%q);
document.getElementById("root").textContent = "Team is $29 per user per month, billed yearly, for every team size.";
</script></body></html>`, ws)
	}))
	defer srv.Close()
	docs, _ := crawlAll(t, srv.URL+"/", renderOptions(RenderAlways))
	if d := docs[srv.URL+"/"]; !strings.Contains(string(d.Body), "$29") {
		t.Fatalf("page not rendered: %v %q", d.Err, d.Body)
	}
	if n := reached.Load(); n != 0 {
		t.Errorf("the WebSocket reached its server %d times", n)
	}
}
