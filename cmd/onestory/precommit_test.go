package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestPreCommitHook reads .pre-commit-hooks.yaml: the hook runs on pages,
// decks and the story file whatever the case of their names, passes no file
// names (it reads the whole corpus), and its entry, run as a commit would
// run it, reports the staged page's problem and not the old page's.
func TestPreCommitHook(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID            string `yaml:"id"`
		Entry         string `yaml:"entry"`
		Files         string `yaml:"files"`
		PassFilenames *bool  `yaml:"pass_filenames"`
	}
	if err := yaml.Unmarshal(b, &hooks); err != nil || len(hooks) != 1 {
		t.Fatalf("hooks: %v, %d", err, len(hooks))
	}
	h := hooks[0]
	files := regexp.MustCompile(h.Files) // pre-commit's Python re; this pattern is also RE2
	for name, want := range map[string]bool{
		"site/pricing.html": true, "deck/Q4.PDF": true, "content/blog/Launch.MD": true, "a.mdx": true,
		"sales/pitch.pptx": true, "messaging.yaml": true, "brand/messaging.yml": true,
		"requirements.txt": false, "robots.txt": false, "main.go": false, "other-messaging.yaml": false,
	} {
		if files.MatchString(name) != want {
			t.Errorf("files pattern matches %s: %v, want %v", name, !want, want)
		}
	}
	if h.PassFilenames == nil || *h.PassFilenames {
		t.Error("pass_filenames must be false: the hook reads the whole corpus")
	}
	args := strings.Fields(h.Entry)
	if args[0] != "onestory" {
		t.Fatalf("entry %q", h.Entry)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	t.Chdir(t.TempDir())
	git := func(args ...string) {
		t.Helper()
		out, err := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	os.MkdirAll("site", 0o755)
	os.WriteFile("messaging.yaml", []byte("version: 1\ncompany: Example\nsources: [site]\nterminology:\n  - use: sign up\n    avoid: [signup]\n"), 0o644)
	os.WriteFile("site/old.md", []byte("# Old\n\nOur signup form.\n"), 0o644)
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "old")
	os.WriteFile("site/NEW.MD", []byte("# New\n\nThe signup page.\n"), 0o644)
	git("add", ".")
	code, out, errs := onestory(t, "", args[1:]...)
	if code != exitOK { // term findings are warnings; the hook fails on errors
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if !strings.Contains(out, "site/NEW.MD:3") || strings.Contains(out, "site/old.md") {
		t.Errorf("the hook should report the staged page only:\n%s", out)
	}
}
