package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"
)

// hostileName is a file name an attacker could commit: a window title, a
// clear screen, a ")" and a right-to-left override.
const hostileName = "evil\x1b]0;pwned\x07\x1b[2J (1)\u202egnp.md"

// TestHostileTextOutput checks that the text and github reports of a page
// whose text and file name carry escape sequences hold no raw control
// character, and that an unreadable file's name is made as safe.
func TestHostileTextOutput(t *testing.T) {
	chdirRoot(t)
	page, err := os.ReadFile("testdata/hostile/output/escapes.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, hostileName), page, 0o644); err != nil {
		t.Skipf("this file system cannot hold the name: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad\x1b[2J\x9b.pdf"), []byte("%PDF-1.7\x1b[2J not a pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "github", "markdown", "junit", "checkstyle"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := onestory(t, "", "check", dir, "--format", format, "--fail-on", "never")
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, errs)
			}
			for _, want := range []string{"price-mismatch", "unreadable-source", `\x1b`} {
				if !strings.Contains(out, want) {
					t.Errorf("report lacks %q:\n%s", want, out)
				}
			}
			for name, b := range map[string]string{"stdout": out, "stderr": errs} {
				if bad := rawControl(b); bad != "" {
					t.Errorf("%s holds %s:\n%q", name, bad, b)
				}
			}
		})
	}
}

// rawControl names the first character of s a terminal acts on, or "".
func rawControl(s string) string {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Sprintf("the byte %#x at %d", s[i], i)
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7f && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("%U at byte %d", r, i)
		}
		i += size
	}
	return ""
}

// TestHostileStory checks that story files that would take the run's time
// or memory are refused with exit 2 and a file:line:col error, before any
// source is read.
func TestHostileStory(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	big := strings.TrimSuffix(strings.Repeat("some phrase, ", 20000), ", ")
	var many strings.Builder
	many.WriteString("version: 1\ncompany: X\nfacts:\n  - {id: f0, value: 1 day, about: &a [" + big + "]}\n")
	for i := 1; i < 1000; i++ {
		fmt.Fprintf(&many, "  - {id: f%d, value: 1 day, about: *a}\n", i)
	}
	aliased := filepath.Join(dir, "aliased.yaml")
	huge := filepath.Join(dir, "huge.yaml")
	os.WriteFile(aliased, []byte(many.String()), 0o644)
	os.WriteFile(huge, []byte("version: 1\n# "+strings.Repeat("x", 10<<20)+"\n"), 0o644)
	tests := []struct{ story, want string }{
		{"testdata/hostile/output/laughs.yaml", "testdata/hostile/output/laughs.yaml:12:10: alias *l5 makes the story larger than 8 MB"},
		{aliased, aliased + ":38:36: alias *a makes the story larger than 8 MB"},
		{huge, huge + ": the story file is 10.0 MB, over the 4 MB limit of a story file"},
	}
	code, _, errs := onestory(t, "", "check", "--story", hostileName)
	if bad := rawControl(errs); code != exitUsage || bad != "" || !strings.Contains(errs, `evil\x1b]0;pwned\x07`) {
		t.Errorf("a missing story with a hostile name: exit %d, stderr holds %s: %q", code, bad, errs)
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.story), func(t *testing.T) {
			code, out, errs := onestory(t, "", "check", "--story", tt.story, "testdata/content/docs/getting-started.md")
			if code != exitUsage || !strings.Contains(errs, tt.want) || out != "" {
				t.Errorf("exit %d, want %d with %q\nstdout: %.200s\nstderr: %.400s", code, exitUsage, tt.want, out, errs)
			}
		})
	}
}

// TestOutputsCheckedFirst checks that outputs that cannot all be written
// are a usage error (exit 2) found before any source is read: the source
// is a page on a test server that counts its requests.
func TestOutputsCheckedFirst(t *testing.T) {
	chdirRoot(t)
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "<p>Our signup page is live.</p>")
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "r.json")
	link := filepath.Join(dir, "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"same file twice", []string{"--format", "json", "--output", out, "--output", "json=" + dir + "/./r.json"}, "both write " + dir + "/./r.json"},
		{"same file through a link", []string{"--output", "sarif=" + out, "--output", "json=" + filepath.Join(link, "r.json")}, "give each its own file"},
		{"report and baseline", []string{"--output", "json=" + out, "--write-baseline", out}, `--write-baseline "` + out + `"`},
		{"two plain outputs", []string{"--output", out, "--output", filepath.Join(dir, "s.json")}, "both name the file of the json report"},
		{"two on standard output", []string{"--output", "json=-"}, `--format text and --output "json=-" both write to standard output`},
		{"missing folder", []string{"--output", "sarif=" + filepath.Join(dir, "no", "r.sarif")}, "the folder " + filepath.Join(dir, "no") + " does not exist"},
		{"missing baseline folder", []string{"--write-baseline", filepath.Join(dir, "no", "b.json")}, "does not exist"},
		{"folder is a file", []string{"--output", filepath.Join(file, "r.txt")}, file + " is not a folder"},
		{"output is a folder", []string{"--output", "json=" + link}, link + " is a folder"},
	}
	ro := filepath.Join(dir, "ro")
	if os.Geteuid() == 0 { // root writes in any folder of a writable file system, but not in sysfs
		ro = "/sys"
	} else {
		os.Mkdir(ro, 0o555)
	}
	if info, err := os.Stat(ro); err == nil && info.IsDir() {
		tests = append(tests, struct {
			name string
			args []string
			want string
		}{"unwritable folder", []string{"--output", "json=" + filepath.Join(ro, "r.json")}, "cannot write in the folder " + ro})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"check", srv.URL + "/page"}, tt.args...)
			code, stdout, errs := onestory(t, "", args...)
			if code != exitUsage || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, want %d with %q\n%s", code, exitUsage, tt.want, errs)
			}
			if hits.Load() != 0 || stdout != "" {
				t.Errorf("the check ran: %d requests, stdout %.100q", hits.Load(), stdout)
			}
		})
	}
	want := 2 // file and link
	if ro != "/sys" {
		want++
	}
	if entries, _ := os.ReadDir(dir); len(entries) != want {
		t.Errorf("the checks left files behind: %v", entries)
	}
}

// TestTimeoutZero checks that --timeout 0 is accepted as no limit and
// documented, and that a negative timeout is a usage error.
func TestTimeoutZero(t *testing.T) {
	chdirRoot(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "<p>Our signup page is live.</p>")
	}))
	defer srv.Close()
	code, out, errs := onestory(t, "", "check", srv.URL+"/", "--timeout", "0", "--fail-on", "never", "--quiet")
	if code != exitOK || !strings.Contains(out, "sign up") {
		t.Errorf("--timeout 0: exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = onestory(t, "", "check", srv.URL+"/", "--timeout", "-1s")
	if code != exitUsage || !strings.Contains(errs, "0 for no limit") {
		t.Errorf("--timeout -1s: exit %d: %s", code, errs)
	}
	_, help, _ := onestory(t, "", "check", "--help")
	if !strings.Contains(help, "(0: no limit)") {
		t.Error("check --help does not say what --timeout 0 means")
	}
}
