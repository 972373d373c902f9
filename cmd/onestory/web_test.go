package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const (
	webToken  = "Bearer s3cret-t0ken"
	webCookie = "c00kie-value"
)

// webStory is a story whose Fleet plan is $18 per vehicle per month, that
// ignores legal pages.
const webStory = `version: 1
company: Kestrel Fleetworks
products:
  - id: routeplanner
    name: RoutePlanner
    plans:
      - id: fleet
        name: Fleet
        price: "$18 per vehicle per month"
ignore: ["**/legal/**"]
`

// webSite serves a home page (also at /index.html) linking a page behind a
// header, one behind a cookie, a script shell whose price only exists once
// its script ran, an ignored legal page and ten more pages.
func webSite(t *testing.T) *httptest.Server {
	home := `<html><body><h1>RoutePlanner</h1><p>Plan routes for your whole fleet.</p>
<a href="/index.html">home</a> <a href="/portal">portal</a> <a href="/partners">partners</a>
<a href="/app">app</a> <a href="/legal/terms">terms</a> <a href="/more">more</a></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/", "/index.html":
			fmt.Fprint(w, home)
		case "/portal":
			if r.Header.Get("Authorization") != webToken {
				http.Error(w, "no", http.StatusUnauthorized)
				return
			}
			fmt.Fprint(w, `<p>The RoutePlanner Fleet plan is $21 per vehicle per month.</p>`)
		case "/partners":
			if c, err := r.Cookie("session"); err != nil || c.Value != webCookie {
				http.Error(w, "no", http.StatusForbidden)
				return
			}
			fmt.Fprint(w, `<p>The RoutePlanner Fleet plan is $22 per vehicle per month.</p>`)
		case "/app":
			fmt.Fprint(w, `<html><body><div id="root"></div><script src="/app.js"></script></body></html>`)
		case "/app.js":
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, `document.getElementById("root").innerHTML = "<p>The RoutePlanner Fleet plan is $23 per vehicle per month.</p>";`)
		case "/legal/terms":
			fmt.Fprint(w, `<p>The RoutePlanner Fleet plan is $99 per vehicle per month.</p>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// webReport runs check with args on the site and returns the JSON report
// and the raw output.
type webReport struct {
	Documents []struct {
		Source    string   `json:"source"`
		Status    string   `json:"status"`
		OtherURLs []string `json:"other_urls"`
	} `json:"documents"`
	Findings []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Found    string `json:"found"`
		Message  string `json:"message"`
		Location struct {
			Source string `json:"source"`
		} `json:"location"`
	} `json:"findings"`
}

func checkWeb(t *testing.T, args ...string) (webReport, string) {
	t.Helper()
	dir := t.TempDir()
	storyPath := filepath.Join(dir, "messaging.yaml")
	if err := os.WriteFile(storyPath, []byte(webStory), 0o644); err != nil {
		t.Fatal(err)
	}
	args = append([]string{"check", "--story", storyPath, "--format", "json", "--fail-on", "never", "--quiet", "--ignore-robots"}, args...)
	code, out, errs := onestory(t, "", args...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r webReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return r, out + errs
}

// found returns rule → the Found values of its findings at source.
func (r webReport) found(source string) map[string][]string {
	out := map[string][]string{}
	for _, f := range r.Findings {
		if f.Location.Source == source {
			out[f.Rule] = append(out[f.Rule], f.Found)
		}
	}
	return out
}

func TestCheckWebWithLoginAndRendering(t *testing.T) {
	if _, err := exec.LookPath("chromium"); err != nil && os.Getenv("CI") == "" {
		t.Skip("no chromium on PATH")
	}
	srv := webSite(t)
	cookies := filepath.Join(t.TempDir(), "cookies.txt")
	os.WriteFile(cookies, []byte("127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t"+webCookie+"\n"), 0o600)
	r, raw := checkWeb(t, srv.URL+"/", "--header", "Authorization: "+webToken, "--cookie-file", cookies, "--render", "auto")

	if strings.Contains(raw, "s3cret") || strings.Contains(raw, webCookie) {
		t.Errorf("the report holds a credential:\n%s", raw)
	}
	var sources []string
	for _, d := range r.Documents {
		sources = append(sources, strings.TrimPrefix(d.Source, srv.URL))
		if d.Source == srv.URL+"/" && (len(d.OtherURLs) != 1 || d.OtherURLs[0] != srv.URL+"/index.html") {
			t.Errorf("home page other URLs %q, want /index.html", d.OtherURLs)
		}
	}
	if want := "/ /app /more /partners /portal"; strings.Join(sources, " ") != want {
		t.Errorf("documents %q, want %q (one home page, no legal page)", sources, want)
	}
	for page, price := range map[string]string{"/portal": "$21", "/partners": "$22", "/app": "$23"} {
		got := r.found(srv.URL + page)["price-mismatch"]
		if len(got) != 1 || !strings.Contains(got[0], price) {
			t.Errorf("%s: price-mismatch %q, want %s", page, got, price)
		}
	}
}

func TestCheckWebFromEnvWithoutBrowser(t *testing.T) {
	srv := webSite(t)
	cookies := filepath.Join(t.TempDir(), "cookies.txt")
	os.WriteFile(cookies, []byte("127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t"+webCookie+"\n"), 0o600)
	t.Setenv("ONESTORY_HEADER", "Authorization: "+webToken+"\nX-Extra: 1")
	t.Setenv("ONESTORY_COOKIE_FILE", cookies)
	t.Setenv("ONESTORY_RENDER", "auto")
	t.Setenv("PATH", t.TempDir()) // no browser
	r, _ := checkWeb(t, srv.URL+"/", "--max-pages", "5")

	if got := r.found(srv.URL + "/portal")["price-mismatch"]; len(got) != 1 {
		t.Errorf("/portal from ONESTORY_HEADER: %q", got)
	}
	if got := r.found(srv.URL + "/partners")["price-mismatch"]; len(got) != 1 {
		t.Errorf("/partners from ONESTORY_COOKIE_FILE: %q", got)
	}
	app := r.found(srv.URL + "/app")
	if len(app["render-incomplete"]) != 1 || len(app["price-mismatch"]) != 0 {
		t.Errorf("/app without a browser: %v, want one render-incomplete warning", app)
	}
	// 5 distinct in-scope links besides the start: /index.html (the same
	// page, known only once fetched), /portal, /partners, /app and /more
	// (the ignored legal page is not one); the limit of 5 leaves /more.
	limit := r.found(srv.URL + "/")["crawl-limit"]
	if len(limit) != 1 || limit[0] != "1 links not followed" {
		t.Errorf("crawl-limit %q, want one finding with 1 link not followed", limit)
	}
}

func TestRenderFlagChecked(t *testing.T) {
	chdirRoot(t)
	code, _, errs := onestory(t, "", "check", "--render", "sometimes", "http://127.0.0.1:1/")
	if code != exitUsage || !strings.Contains(errs, "--render") {
		t.Errorf("exit %d: %s", code, errs)
	}
	code, _, errs = onestory(t, "", "check", "--header", "Authorization s3cret", "http://127.0.0.1:1/")
	if code != exitUsage || strings.Contains(errs, "s3cret") {
		t.Errorf("bad --header: exit %d: %s", code, errs)
	}
}
