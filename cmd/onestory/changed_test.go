package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestChangedSince builds a git repository with a committed page that has
// a finding, then adds a page with another: --changed-since HEAD reports
// only the new one, while every page is still read (the new page's price
// conflicts with the old page, and that conflict is reported).
func TestChangedSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll("site", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("messaging.yaml", `version: 1
company: Example Inc.
channels:
  marketing: ["site/**"]
sources: [site]
products:
  - id: app
    name: Example App
    plans:
      - id: team
        name: Team
        price: "$29 per user per month"
terminology:
  - use: "sign up"
    avoid: ["signup"]
`)
	write("site/base.md", "# Team\n\nThe Team plan is $39 per user per month.\n\nOur signup form is short.\n")
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "old")
	write("site/new.md", "# Team\n\nThe Team plan is $39 per user per month.\n")

	code, out, errs := onestory(t, "", "check", "--changed-since", "HEAD", "--fail-on", "never")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, "site/base.md:5") {
		t.Errorf("the unchanged page's term finding is reported:\n%s", out)
	}
	// Both pages state the wrong price: one finding, located at the
	// unchanged page (first in order) and kept because it names the
	// changed one among the places it gathers.
	for _, want := range []string{"site/base.md:3", "site/new.md:3", "price-mismatch", "1 finding"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// A change to the story is answerable for every finding: the
	// unchanged page's term finding comes back.
	git("add", ".")
	git("commit", "-q", "-m", "new")
	story, _ := os.ReadFile("messaging.yaml")
	write("messaging.yaml", strings.Replace(string(story), "$29", "$39", 1))
	code, out, errs = onestory(t, "", "check", "--changed-since", "HEAD", "--fail-on", "never")
	if code != exitOK || !strings.Contains(out, "site/base.md:5") {
		t.Errorf("after a story change, exit %d and the report lacks site/base.md:5:\n%s%s", code, out, errs)
	}
	code, _, errs = onestory(t, "", "check", "--changed-since", "no-such-ref")
	if code != exitUsage || !strings.Contains(errs, "no-such-ref") {
		t.Errorf("a bad ref: exit %d, %s", code, errs)
	}
}
