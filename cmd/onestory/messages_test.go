package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// leaks are Go internals no message may show a user.
var leaks = []string{"strconv.", "requires at least", "arg(s)", "dial tcp", "context canceled", "invalid syntax"}

// TestSettingsErrors: every source of a setting is validated like a flag,
// and the error names the file and line, or the variable.
func TestSettingsErrors(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	conf := filepath.Join(dir, "onestory.yaml")
	write := func(text string) {
		if err := os.WriteFile(conf, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, file string
		env        [2]string
		args       []string
		want       []string
	}{
		{"misspelt key", "format: text\nfial-on: warning\n", [2]string{}, nil,
			[]string{"onestory.yaml:2:1: unknown setting \"fial-on\"; did you mean \"fail-on\"?"}},
		{"bad number in file", "max-pages: lots\n", [2]string{}, nil,
			[]string{"onestory.yaml:1:12: max-pages: cannot read \"lots\" as a whole number"}},
		{"list for a single value", "timeout:\n  - 1s\n", [2]string{}, nil,
			[]string{"onestory.yaml:2:3: timeout: want a single value"}},
		{"every problem at once", "fial-on: x\nworkers: many\nno-color: perhaps\n", [2]string{}, nil,
			[]string{":1:1: unknown setting", ":2:10: workers:", ":3:11: no-color: cannot read \"perhaps\" as true or false"}},
		{"bad number in env", "", [2]string{"ONESTORY_MAX_PAGES", "abc"}, nil,
			[]string{"ONESTORY_MAX_PAGES=abc: max-pages: cannot read \"abc\" as a whole number"}},
		{"bad duration in env", "", [2]string{"ONESTORY_TIMEOUT", "5"}, nil,
			[]string{"ONESTORY_TIMEOUT=5: timeout: cannot read \"5\" as a duration"}},
		{"env wins over a bad file value", "max-pages: lots\n", [2]string{"ONESTORY_MAX_PAGES", "7"},
			[]string{"--fail-on", "sometimes"}, []string{"--fail-on: unknown severity \"sometimes\""}},
		{"flag wins over a bad env value", "", [2]string{"ONESTORY_MAX_PAGES", "abc"},
			[]string{"--max-pages", "3", "--fail-on", "sometimes"}, []string{"unknown severity \"sometimes\""}},
		{"not a mapping", "- fail-on\n", [2]string{}, nil, []string{"onestory.yaml:1:1: a settings file is a mapping"}},
		{"bad severity in file", "fail-on: warn\n", [2]string{}, nil,
			[]string{`onestory.yaml:1:10: fail-on: unknown severity "warn" (did you mean "warning"?)`}},
		{"bad severity in env", "", [2]string{"ONESTORY_FAIL_ON", "warn"}, nil,
			[]string{`ONESTORY_FAIL_ON=warn: unknown severity "warn"`}},
		{"bad format in env", "", [2]string{"ONESTORY_FORMAT", "yml"}, nil,
			[]string{`ONESTORY_FORMAT=yml: unknown format "yml"`}},
		{"bad date in file", "today: 27/11/2026\n", [2]string{}, nil,
			[]string{`onestory.yaml:1:8: today: cannot read "27/11/2026" as a date`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			write(tc.file)
			if tc.env[0] != "" {
				t.Setenv(tc.env[0], tc.env[1])
			}
			args := append([]string{"check", "--config", conf}, tc.args...)
			code, out, errs := onestory(t, "", append(args, "testdata/content")...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d\n%s%s", code, exitUsage, out, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			for _, l := range leaks {
				if strings.Contains(errs, l) {
					t.Errorf("stderr shows %q:\n%s", l, errs)
				}
			}
		})
	}
	// A key that only another command uses is allowed; good values pass.
	write("max-pages: 20\ntimeout: 10s\nfail-on: never\nallow-domain: [a.example, b.example]\nlong: true\n")
	if code, out, errs := onestory(t, "", "check", "--config", conf, "testdata/content"); code != exitOK {
		t.Errorf("valid settings: exit %d\n%s%s", code, out, errs)
	}
}

// TestMessages: usage errors say what went wrong in the user's terms,
// offer the near miss and leak no Go internals.
func TestMessages(t *testing.T) {
	chdirRoot(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"check", "--fial-on", "error"}, "unknown flag: --fial-on; did you mean --fail-on?"},
		{[]string{"check", "--fail-on", "warn"}, `unknown severity "warn" (did you mean "warning"?); want error, warning, info or never`},
		{[]string{"check", "--max-pages", "abc"}, `--max-pages: cannot read "abc" as a whole number`},
		{[]string{"check", "--workers", "1.5"}, `--workers: cannot read "1.5" as a whole number`},
		{[]string{"check", "--rate", "fast"}, `--rate: cannot read "fast" as a number`},
		{[]string{"check", "htp://example.com/pricing"}, "did you mean http://example.com/pricing?"},
		{[]string{"check", "ftp://example.com/deck.pdf"}, "reads http:// and https:// URLs, not ftp://"},
		{[]string{"inspect"}, "inspect needs a SOURCE"},
		{[]string{"inspect", "htp://example.com"}, "did you mean http://example.com?"},
		{[]string{"crawl", "https://a.example", "htp://b.example/sale/", "--out", "x"}, "did you mean http://b.example/sale/?"},
		{[]string{"crawl", "--out", "x"}, "crawl needs a URL"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := onestory(t, "", tc.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d\n%s%s", code, exitUsage, out, errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, errs)
			}
			for _, l := range leaks {
				if strings.Contains(errs, l) {
					t.Errorf("stderr shows %q:\n%s", l, errs)
				}
			}
		})
	}
}

// TestOutputExtension: --output FILE without --format writes the format
// FILE's extension names; a --format given wins.
func TestOutputExtension(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	tests := []struct {
		file   string
		format string // "" for none
		start  string // the report's first bytes
	}{
		{"report.html", "", "<!DOCTYPE html>"},
		{"REPORT.JSON", "", "{"},
		{"r.sarif", "", "{"},
		{"junit.xml", "", "<?xml"},
		{"summary.md", "", "#"},
		{"report.txt", "", "messaging.yaml"},
		{"forced.html", "text", "messaging.yaml"},
	}
	for _, tc := range tests {
		path := filepath.Join(dir, tc.file)
		args := []string{"check", "testdata/content", "--fail-on", "never", "--output", path}
		if tc.format != "" {
			args = append(args, "--format", tc.format)
		}
		if code, _, errs := onestory(t, "", args...); code != exitOK {
			t.Fatalf("%s: exit %d: %s", tc.file, code, errs)
		}
		b, _ := os.ReadFile(path)
		if !strings.HasPrefix(strings.TrimSpace(string(b)), tc.start) {
			t.Errorf("%s: report starts %.40q, want %q", tc.file, b, tc.start)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "r.sarif"))
	if !strings.Contains(string(b), `"$schema"`) || !strings.Contains(string(b), "sarif") {
		t.Errorf("r.sarif is not SARIF: %.80s", b)
	}
}

// TestHelp: every command's help has an Examples section, and flags show
// what their value is (--from-crawl DIR).
func TestHelp(t *testing.T) {
	for _, cmd := range []string{"", "check", "inspect", "rules", "init", "crawl", "version"} {
		args := []string{"--help"}
		if cmd != "" {
			args = []string{cmd, "--help"}
		}
		code, out, errs := onestory(t, "", args...)
		if code != exitOK || !strings.Contains(out, "\nExamples:\n  onestory ") {
			t.Errorf("onestory %s --help: exit %d, no Examples section:\n%s%s", cmd, code, out, errs)
		}
	}
	_, out, _ := onestory(t, "", "check", "--help")
	for _, want := range []string{"--from-crawl DIR ", "--story FILE ", "--fail-on LEVEL ", "--output FILE ", "--changed-since REF "} {
		if !strings.Contains(out, want) {
			t.Errorf("check --help lacks %q", want)
		}
	}
}

// TestStoryWarnings: a story warning reaches standard error with its place,
// the check still runs, and a form listed twice reports each hit once.
func TestStoryWarnings(t *testing.T) {
	t.Chdir(t.TempDir())
	os.WriteFile("messaging.yaml", []byte("version: 1\ncompany: Example\nterminology:\n  - use: email\n    avoid: [e-mail, E-Mail]\n"), 0o644)
	os.WriteFile("page.md", []byte("# Contact\n\nSend us an e-mail today.\n"), 0o644)
	code, out, errs := onestory(t, "", "check", "page.md", "--fail-on", "never")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, `onestory: warning: messaging.yaml:5:21: terminology[0].avoid[1]: "E-Mail" repeats "e-mail"`) {
		t.Errorf("stderr lacks the warning:\n%s", errs)
	}
	if n := strings.Count(out, "page.md:3:"); n != 1 {
		t.Errorf("%d findings at page.md:3, want 1:\n%s", n, out)
	}
}
