//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// The hostile sources of the crawl package (issue 15, items 5, 6, 9-12 and
// the robots.txt part of 14; issue 12's skipped files), each checked
// beside a good file. The cases live in testdata/hostile/crawl (see its
// README.md); what cannot be a file in a repository — symbolic links, a
// named pipe, a web server — each test makes in its own temporary folder.

// hostileReport is what these tests read of the JSON report.
type hostileReport struct {
	Summary struct {
		Skipped int `json:"skipped"`
	} `json:"summary"`
	Findings []struct {
		Rule     string `json:"rule"`
		Message  string `json:"message"`
		Location struct {
			Source string `json:"source"`
		} `json:"location"`
	} `json:"findings"`
}

// hostileDir copies testdata/hostile/crawl to a temporary folder and
// makes it the working directory, or skips the test when it is absent.
func hostileDir(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "hostile", "crawl"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Skip("testdata/hostile/crawl is absent:", err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	return dir
}

// checkHostile runs `onestory check` on args beside good.md, with a JSON
// report written to a file, and returns the report. The run must end with
// exit 1 (the good file's finding), the report must be written and hold
// good.md's price-mismatch.
func checkHostile(t *testing.T, args ...string) hostileReport {
	t.Helper()
	argv := append([]string{"check", "--quiet", "--format", "json", "--output", "report.json", "good.md"}, args...)
	code, out, errs := onestory(t, "", argv...)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitFindings, out, errs)
	}
	b, err := os.ReadFile("report.json")
	if err != nil {
		t.Fatalf("the report was not written: %v", err)
	}
	var r hostileReport
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("report.json: %v", err)
	}
	if !r.has("price-mismatch", "good.md", "$39 per user per month") {
		t.Errorf("the good file's price-mismatch is missing: %+v", r.Findings)
	}
	return r
}

// has reports whether r holds a finding of rule at source whose message
// contains text.
func (r hostileReport) has(rule, source, text string) bool {
	return r.count(rule, source, text) > 0
}

// count counts the findings of rule at source whose message contains text.
func (r hostileReport) count(rule, source, text string) int {
	n := 0
	for _, f := range r.Findings {
		if f.Rule == rule && f.Location.Source == source && strings.Contains(f.Message, text) {
			n++
		}
	}
	return n
}

func TestHostileSavedCrawlBodies(t *testing.T) {
	tests := []struct {
		name, want string
		args       []string
		body       func(t *testing.T, name string)
	}{
		{"linked to /dev/zero", "is a symbolic link", nil, func(t *testing.T, name string) {
			os.Remove(name)
			if err := os.Symlink("/dev/zero", name); err != nil {
				t.Skip("no symbolic links here:", err)
			}
		}},
		{"a named pipe", "a named pipe, not a regular file", nil, func(t *testing.T, name string) {
			os.Remove(name)
			if err := syscall.Mkfifo(name, 0o644); err != nil {
				t.Skip("no named pipes here:", err)
			}
		}},
		{"over the body limit", "over the body limit of 64 bytes", []string{"--max-body", "64"}, func(*testing.T, string) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := hostileDir(t)
			bodies, _ := filepath.Glob(filepath.Join(dir, "saved", "bodies", "*", "*"))
			if len(bodies) != 1 {
				t.Fatalf("saved/bodies holds %d files, want 1", len(bodies))
			}
			tt.body(t, bodies[0])
			r := checkHostile(t, append(tt.args, "saved")...)
			if !r.has("unreadable-source", "https://hostile.example/pricing", tt.want) {
				t.Errorf("no unreadable-source finding naming %q: %+v", tt.want, r.Findings)
			}
		})
	}
	t.Run("a good body is read", func(t *testing.T) {
		hostileDir(t)
		r := checkHostile(t, "saved")
		if !r.has("price-mismatch", "https://hostile.example/pricing", "$49 per user per month") {
			t.Errorf("the saved page's finding is missing: %+v", r.Findings)
		}
	})
}

// hostileSite serves a page with a price, a sitemap index that lists
// itself and a chain of indexes nested too deep, and a robots.txt of
// robotsSize bytes; it counts requests by path.
func hostileSite(t *testing.T, robotsSize int) (*httptest.Server, func(string) int) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		base := "http://" + r.Host
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			fmt.Fprint(w, strings.Repeat("#\n", max(0, robotsSize/2)))
		case r.URL.Path == "/pricing.html":
			fmt.Fprint(w, "<p>The Pulse Team plan costs $69 per user per month.</p>")
		case r.URL.Path == "/sitemap.xml" || strings.HasPrefix(r.URL.Path, "/deep"):
			fmt.Fprint(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for range 100 {
				fmt.Fprintf(w, "<sitemap><loc>%s/sitemap.xml</loc></sitemap>", base)
			}
			fmt.Fprintf(w, "<sitemap><loc>%s/pages.xml</loc></sitemap>", base)
			for i := range 3 { // 3, 9, 27 indexes on levels 1-3, 81 too deep
				fmt.Fprintf(w, "<sitemap><loc>%s/deep%s%d.xml</loc></sitemap>", base, strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/deep"), ".xml"), i)
			}
			fmt.Fprint(w, "</sitemapindex>")
		case r.URL.Path == "/pages.xml":
			fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/pricing.html</loc></url></urlset>`, base)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func(p string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[p]
	}
}

func TestHostileSitemapIndexes(t *testing.T) {
	hostileDir(t)
	srv, hits := hostileSite(t, 0)
	r := checkHostile(t, srv.URL+"/sitemap.xml")
	if n := hits("/sitemap.xml"); n != 1 {
		t.Errorf("the index that lists itself was fetched %d times, want once", n)
	}
	deep := 0
	for _, f := range r.Findings {
		if strings.Contains(f.Message, "nest deeper than") {
			deep++
		}
	}
	if deep != 1 {
		t.Errorf("%d too-deep findings, want one", deep)
	}
	if !r.has("price-mismatch", srv.URL+"/pricing.html", "$69 per user per month") {
		t.Errorf("the sitemap's page was not checked: %+v", r.Findings)
	}
}

func TestHostileRobotsTooLarge(t *testing.T) {
	hostileDir(t)
	srv, hits := hostileSite(t, 4096)
	r := checkHostile(t, "--max-body", "2048", srv.URL+"/pages.xml")
	host := strings.TrimPrefix(srv.URL, "http://")
	if !r.has("unreadable-source", srv.URL+"/robots.txt", "robots.txt of host "+host+" is larger than the limit of 2 KB") {
		t.Errorf("no finding for the robots.txt: %+v", r.Findings)
	}
	if !r.has("price-mismatch", srv.URL+"/pricing.html", "$69 per user per month") {
		t.Errorf("the page was not checked (its own size error?): %+v", r.Findings)
	}
	if n := hits("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
}

func TestHostileURLListCannotReachPrivateAddresses(t *testing.T) {
	hostileDir(t)
	srv, hits := hostileSite(t, 0)
	if err := os.WriteFile("launch.urls", []byte(srv.URL+"/pricing.html\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := checkHostile(t, "launch.urls")
	if !r.has("unreadable-source", srv.URL+"/pricing.html", "refusing to connect to loopback address") {
		t.Errorf("no refusal of the loopback address: %+v", r.Findings)
	}
	if n := hits("/pricing.html"); n != 0 {
		t.Errorf("the page was fetched %d times from a URL list in the repository", n)
	}
}

func TestHostileFolder(t *testing.T) {
	dir := hostileDir(t)
	folder := filepath.Join(dir, "folder")
	if err := os.Symlink(filepath.Join(dir, "outside.md"), filepath.Join(folder, "outside.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("about.md", filepath.Join(folder, "inside.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(folder, "pipe.md"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := syscall.Mkfifo("named.md", 0o644); err != nil {
		t.Fatal(err)
	}
	r := checkHostile(t, "folder", "named.md")
	if !r.has("unreadable-source", "named.md", "a named pipe, not a regular file") {
		t.Errorf("the pipe named on the command line is not an unreadable source: %+v", r.Findings)
	}
	if !r.has("price-mismatch", "folder/pricing.html.md.erb", "$59 per user per month") {
		t.Errorf("the ERB template was not read as Markdown: %+v", r.Findings)
	}
	if r.count("price-mismatch", "folder/outside.md", "") > 0 {
		t.Errorf("the link out of the folder was followed")
	}
	if r.Summary.Skipped != 3 {
		t.Errorf("summary.skipped = %d, want 3 (notes.rst, outside.md, pipe.md)", r.Summary.Skipped)
	}
	code, out, errs := onestory(t, "", "check", "--format", "text", "folder")
	if code != exitFindings || !strings.Contains(out, "; 3 files skipped (onestory inspect says why).") {
		t.Errorf("text report (exit %d) lacks the skipped count:\n%s\n%s", code, out, errs)
	}
	code, out, errs = onestory(t, "", "inspect", "folder")
	outside, _ := filepath.EvalSymlinks(filepath.Join(dir, "outside.md")) // the temporary folder may be behind a link
	wants := []string{
		"skipped (3):",
		`folder/notes.rst: unknown extension ".rst", and its content is not HTML, PDF or an Office document`,
		"folder/outside.md: symbolic link to " + outside + ", outside the folder: not followed",
		"folder/pipe.md: a named pipe, not a regular file",
	}
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("inspect (exit %d) lacks %q:\n%s\n%s", code, w, out, errs)
		}
	}
	_, out, _ = onestory(t, "", "inspect", "--format", "json", "folder")
	var in struct {
		Skipped []struct{ Source, Reason string } `json:"skipped"`
	}
	if err := json.Unmarshal([]byte(out), &in); err != nil || len(in.Skipped) != 3 || in.Skipped[0].Source != "folder/notes.rst" {
		t.Errorf("inspect JSON skipped = %+v (%v), want the three files", in.Skipped, err)
	}
}

func TestHostileCrawlIntoALockedFolder(t *testing.T) {
	dir := hostileDir(t)
	srv, _ := hostileSite(t, 0)
	out := filepath.Join(dir, "out")
	os.MkdirAll(out, 0o755)
	host, _ := os.Hostname()
	lock := fmt.Sprintf("%d %s 2026-12-07T19:30:05Z\n", os.Getpid(), host)
	if err := os.WriteFile(filepath.Join(out, "onestory-crawl.lock"), []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, errs := onestory(t, "", "crawl", "--quiet", srv.URL+"/pricing.html", "--out", out)
	want := fmt.Sprintf("folder %q is in use by another onestory crawl (process %d on host %s since 2026-12-07T19:30:05Z)", out, os.Getpid(), host)
	if code != exitFailed || !strings.Contains(errs, want) || strings.Contains(errs, "saved 0 pages") {
		t.Errorf("exit %d, want %d and %q\nstdout:\n%s\nstderr:\n%s", code, exitFailed, want, stdout, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "onestory-crawl.jsonl")); !os.IsNotExist(err) {
		t.Errorf("a manifest was written into the locked folder: %v", err)
	}
}

func TestHostileStorySourcesCannotReachPrivateAddresses(t *testing.T) {
	hostileDir(t)
	srv, hits := hostileSite(t, 0)
	story, err := os.ReadFile("messaging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	story = append(story, []byte("sources: [\""+srv.URL+"/pricing.html\", good.md]\n")...)
	if err := os.WriteFile("sources.yaml", story, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := onestory(t, "", "check", "--quiet", "--story", "sources.yaml")
	if code != exitFindings || !strings.Contains(out, "refusing to connect to loopback address") || !strings.Contains(out, "$39 per user per month") {
		t.Errorf("exit %d; want the good file's finding and a refusal of the loopback address\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if n := hits("/pricing.html"); n != 0 {
		t.Errorf("a URL of the story's sources reached loopback %d times", n)
	}
	code, out, _ = onestory(t, "", "check", "--quiet", "--story", "sources.yaml", "--allow-private")
	if code != exitFindings || !strings.Contains(out, "$69 per user per month") {
		t.Errorf("with --allow-private (exit %d) the page was not checked:\n%s", code, out)
	}
}
