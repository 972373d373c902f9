package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/story"
)

var updateInit = flag.Bool("update-init", false, "rewrite testdata/init-draft.golden.yaml")

// TestInitStarter: plain init writes starter.yaml, byte for byte, and it
// is a valid story.
func TestInitStarter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "messaging.yaml")
	if code, out, errb := onestory(t, "", "init", "--story", path); code != exitOK {
		t.Fatalf("init: exit %d\n%s%s", code, out, errb)
	}
	got, _ := os.ReadFile(path)
	want, _ := os.ReadFile("starter.yaml")
	if !bytes.Equal(got, want) {
		t.Error("plain init did not write starter.yaml")
	}
	if _, err := story.Load(path); err != nil {
		t.Errorf("starter.yaml: %v", err)
	}
}

// TestInitFromGolden drafts the bundled example's story and compares it
// with the golden file; the draft loads as a story.
func TestInitFromGolden(t *testing.T) {
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	golden := filepath.Join(root, "cmd", "onestory", "testdata", "init-draft.golden.yaml")
	chdirRoot(t)
	out := filepath.Join(t.TempDir(), "draft.yaml")
	code, stdout, errb := onestory(t, "", "init", "--from", "testdata/site", "testdata/collateral", "--output", out, "--quiet")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, errb)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := story.Load(out); err != nil {
		t.Fatalf("the draft is no valid story: %v", err)
	}
	if *updateInit {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/onestory -run TestInitFromGolden -update-init)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("draft differs from %s (run with -update-init and review the diff)", golden)
	}
	// check runs with the draft, and finds the planted contradictions.
	code, report, errb := onestory(t, "", "check", "--story", out, "--fail-on", "never", "--quiet", "testdata/site", "testdata/collateral")
	if code != exitOK || !strings.Contains(report, "this page says 21 days") || !strings.Contains(report, "price-mismatch") {
		t.Errorf("check with the draft: exit %d, want the 21-day trial and a price mismatch found\n%s%s", code, report, errb)
	}
	// Drafting again gives the same bytes: the output is deterministic.
	code, again, _ := onestory(t, "", "init", "--from", "testdata/site", "testdata/collateral", "--output", "-", "--quiet")
	if code != exitOK || again != string(got) {
		t.Error("a second draft to standard output differs from the first")
	}
}

// TestInitNeverOverwrites: an existing file stays as it was without
// --force, for plain init and --from alike; --force replaces it.
func TestInitNeverOverwrites(t *testing.T) {
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	chdirRoot(t)
	path := filepath.Join(t.TempDir(), "mine.yaml")
	os.WriteFile(path, []byte("mine\n"), 0o644)
	for _, args := range [][]string{
		{"init", "--story", path},
		{"init", "--from", filepath.Join(root, "testdata/site/pricing.html"), "--output", path},
		{"init", "--from", "testdata/site/pricing.html", "--story", path},
	} {
		code, out, errb := onestory(t, "", args...)
		if code != exitUsage || !strings.Contains(out+errb, "--force") {
			t.Errorf("%v: exit %d, want %d naming --force\n%s%s", args, code, exitUsage, out, errb)
		}
		if b, _ := os.ReadFile(path); string(b) != "mine\n" {
			t.Fatalf("%v overwrote the file", args)
		}
	}
	if code, out, errb := onestory(t, "", "init", "--from", "testdata/site/pricing.html", "--output", path, "--force", "--quiet"); code != exitOK {
		t.Fatalf("--force: exit %d\n%s%s", code, out, errb)
	}
	if _, err := story.Load(path); err != nil {
		t.Errorf("forced draft: %v", err)
	}
}
