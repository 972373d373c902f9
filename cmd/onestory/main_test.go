package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chdirRoot runs the test from the repository root, where the bundled
// example's messaging.yaml and testdata/ are.
func chdirRoot(t *testing.T) {
	t.Helper()
	t.Chdir(filepath.Join("..", ".."))
}

// onestory runs the command line with args and returns the exit code,
// standard output and standard error.
func onestory(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	chdirRoot(t)
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\ncompany: X\nproducts:\n  - id: a\n    name: A\n    plans:\n      - id: p\n        name: P\n        price: \"$29 per usr\"\n        colour: red\n"), 0o644)
	unknownRule := filepath.Join(t.TempDir(), "rules.yaml")
	os.WriteFile(unknownRule, []byte("version: 1\ncompany: X\nrules:\n  tem: {severity: off}\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		in   string // expected in stdout+stderr
	}{
		{"example has errors", []string{"check", "--today", "2026-11-27"}, exitFindings, "price-mismatch"},
		{"fail-on never", []string{"check", "--today", "2026-11-27", "--fail-on", "never"}, exitOK, "findings"},
		{"clean file", []string{"check", "testdata/content/docs/getting-started.md"}, exitOK, "in 1 document."},
		{"missing story", []string{"check", "--story", "nope.yaml"}, exitUsage, "onestory init"},
		{"invalid story", []string{"check", "--story", bad}, exitUsage, "bad.yaml:10:9"},
		{"unknown rule id", []string{"check", "--story", unknownRule}, exitUsage, `rules.yaml:4:3: rules.tem: unknown rule "tem" (did you mean "term"?)`},
		{"bad fail-on", []string{"check", "--fail-on", "sometimes"}, exitUsage, "--fail-on"},
		{"bad format", []string{"check", "--format", "yaml"}, exitUsage, "unknown format"},
		{"bad flag", []string{"check", "--no-such-flag"}, exitUsage, "unknown flag"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"bad date", []string{"check", "--today", "27/11/2026"}, exitUsage, "YYYY-MM-DD"},
		{"missing baseline", []string{"check", "--baseline", "no-such-baseline.json"}, exitUsage, "no-such-baseline.json"},
		{"version", []string{"version"}, exitOK, "onestory"},
		{"rules", []string{"rules"}, exitOK, "price-mismatch"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := onestory(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, out, errs)
			}
			if !strings.Contains(out+errs, tc.in) {
				t.Errorf("output lacks %q\nstdout:\n%s\nstderr:\n%s", tc.in, out, errs)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	chdirRoot(t)
	code, out, errs := onestory(t, "Our signup page is live.\n", "check", "-", "--fail-on", "warning")
	if code != exitFindings || !strings.Contains(out, "sign up") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	t.Chdir(t.TempDir())
	if code, _, errs := onestory(t, "", "init"); code != exitOK {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	if code, _, errs := onestory(t, "", "init"); code != exitUsage || !strings.Contains(errs, "exists") {
		t.Fatalf("second init: exit %d: %s", code, errs)
	}
	// The starter file is a valid story.
	os.MkdirAll("site", 0o755)
	os.WriteFile("site/index.html", []byte("<p>Example App: the Team plan is $29 per user per month.</p>"), 0o644)
	if code, out, errs := onestory(t, "", "check", "site", "--fail-on", "error"); code != exitOK {
		t.Fatalf("check with the starter story: exit %d\n%s%s", code, out, errs)
	}
}

func TestOutputsAndEnv(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	t.Setenv("ONESTORY_FAIL_ON", "never")
	sarif, junit := filepath.Join(dir, "r.sarif"), filepath.Join(dir, "r.xml")
	code, out, errs := onestory(t, "", "check", "--today", "2026-11-27", "--format", "json",
		"--output", "sarif="+sarif, "--output", "junit="+junit)
	if code != exitOK {
		t.Fatalf("exit %d (ONESTORY_FAIL_ON=never ignored?)\n%s", code, errs)
	}
	if !strings.HasPrefix(out, "{") {
		t.Errorf("stdout is not the JSON report: %.80s", out)
	}
	for _, p := range []string{sarif, junit} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s not written: %v", p, err)
		}
	}
}

func TestBaselineFlow(t *testing.T) {
	chdirRoot(t)
	base := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, errs := onestory(t, "", "check", "--today", "2026-11-27", "--write-baseline", base); code != exitOK {
		t.Fatalf("write-baseline: exit %d: %s", code, errs)
	}
	code, out, errs := onestory(t, "", "check", "--today", "2026-11-27", "--baseline", base)
	if code != exitOK || !strings.Contains(out, "0 findings") || !strings.Contains(out, "baseline held back") {
		t.Fatalf("with the baseline: exit %d\n%s%s", code, out, errs)
	}
}

// TestSettingsFile reads flags from onestory.yaml in the working directory;
// a flag on the command line wins over it.
func TestSettingsFile(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "onestory.yaml")
	os.WriteFile(cfg, []byte("fail-on: never\nformat: json\n"), 0o644)
	code, out, errs := onestory(t, "", "check", "--config", cfg, "--today", "2026-11-27")
	if code != exitOK || !strings.HasPrefix(out, "{") {
		t.Fatalf("with the settings file: exit %d, output %.60q\n%s", code, out, errs)
	}
	code, _, _ = onestory(t, "", "check", "--config", cfg, "--today", "2026-11-27", "--fail-on", "error")
	if code != exitFindings {
		t.Fatalf("--fail-on error on the command line: exit %d, want %d", code, exitFindings)
	}
	code, _, errs = onestory(t, "", "check", "--config", filepath.Join(dir, "missing.yaml"))
	if code != exitUsage || !strings.Contains(errs, "missing.yaml") {
		t.Fatalf("a missing --config: exit %d: %s", code, errs)
	}
}

func TestMaxFindings(t *testing.T) {
	chdirRoot(t)
	page := "testdata/content/docs/getting-started.md"
	if code, _, _ := onestory(t, "", "check", page, "--fail-on", "never", "--max-findings", "10"); code != exitOK {
		t.Errorf("under the limit: exit %d", code)
	}
	if code, _, _ := onestory(t, "", "check", page, "--fail-on", "never", "--max-findings", "0"); code != exitFindings {
		t.Errorf("over the limit: exit %d, want %d", code, exitFindings)
	}
}

func TestInspect(t *testing.T) {
	chdirRoot(t)
	code, out, errs := onestory(t, "", "inspect", "testdata/site/pricing.html", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"schema": 1`, `"kind": "price"`, `"subject": "routeplanner/fleet"`, `"amount": "18"`, `"selector": "`, `"role": "price"`,
		`"kind": "policy"`, `"subject": "setup-fee"`, `"match": "not offered"`,
		`"kind": "entitlement"`, `"subject": "sso"`} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect JSON lacks %s", want)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(out), ""), `"match":"only","canonical":"SSO","plans":["enterprise"]`) {
		t.Error(`inspect JSON lacks SSO's entitlement: only, plans ["enterprise"]`)
	}
	code, out, errs = onestory(t, "", "inspect", "testdata/content/blog/real-price-roles.md")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"$12K"`, `role=credit`, `role=allowance`, `role=name`, `role=perk`,
		`role=minimum`, `role=fee`, `role=cap`, `role=amount`} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect text lacks %s", want)
		}
	}
	if code, _, _ := onestory(t, "", "inspect", "testdata/site/pricing.html", "--format", "yaml"); code != exitUsage {
		t.Errorf("inspect --format yaml: exit %d, want %d", code, exitUsage)
	}
}

// TestInspectNames checks that inspect shows the plan names the story does
// not know and the old values of dated changes, as of --today.
func TestInspectNames(t *testing.T) {
	chdirRoot(t)
	page := "testdata/content/blog/repackaging.md"
	code, out, errs := onestory(t, "", "inspect", page, "--today", "2026-11-27")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`plan     "Team"`, `plan     "Business"`, `"match":"retired"`, `change   "$15 per vehicle per month"`,
		`subject=positioning`} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect lacks %s:\n%s", want, out)
		}
	}
	if _, out, _ := onestory(t, "", "inspect", page, "--today", "2026-01-01"); strings.Contains(out, "change ") {
		t.Errorf("inspect --today 2026-01-01 shows old values of changes made later:\n%s", out)
	}
}
