package main

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrawlThenCheckOffline serves the bundled example site on loopback,
// checks it over HTTP, saves a crawl of it, stops the server, and checks the
// saved crawl: the same findings, located at the original URLs.
func TestCrawlThenCheckOffline(t *testing.T) {
	chdirRoot(t)
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata/site")))
	start := srv.URL + "/index.html"

	code, live, errs := onestory(t, "", "check", start, "--quiet", "--fail-on", "never", "--today", "2026-11-27")
	if code != exitOK || !strings.Contains(live, srv.URL+"/pricing.html:42:38") {
		srv.Close()
		t.Fatalf("check over HTTP: exit %d; want the trial finding of pricing.html (linked from index.html)\n%s%s", code, live, errs)
	}

	dir := filepath.Join(t.TempDir(), "crawl")
	if code, _, errs := onestory(t, "", "crawl", start, "--out", dir, "--quiet"); code != exitOK {
		srv.Close()
		t.Fatalf("crawl: exit %d: %s", code, errs)
	}
	srv.Close()

	code, offline, errs := onestory(t, "", "check", "--from-crawl", dir, "--fail-on", "never", "--today", "2026-11-27")
	if code != exitOK {
		t.Fatalf("check of the saved crawl: exit %d: %s", code, errs)
	}
	if offline != live {
		t.Errorf("the saved crawl's report differs from the live one\nlive:\n%s\noffline:\n%s", live, offline)
	}
}
