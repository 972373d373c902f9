package crawl

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestChangedSinceRejectsOptions checks that a ref that looks like an
// option is refused before git sees it: "--output=FILE" would otherwise
// make git diff write FILE.
func TestChangedSinceRejectsOptions(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	gitRun(t, "init", "-q")
	out := filepath.Join(dir, "written-by-git")
	_, err := ChangedSince(context.Background(), "--output="+out)
	if err == nil || !strings.Contains(err.Error(), `"--output=`) {
		t.Errorf("ChangedSince(--output=...) error = %v, want one that quotes the ref", err)
	}
	if _, serr := os.Stat(out); serr == nil {
		t.Errorf("git wrote %s: the ref was taken as an option", out)
	}
}

// TestChangedSinceKeepsCause checks that a git failure keeps its cause
// for errors.As and says which ref it was.
func TestChangedSinceKeepsCause(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	t.Chdir(t.TempDir())
	gitRun(t, "init", "-q")
	_, err := ChangedSince(context.Background(), "no-such-ref")
	var ee *exec.ExitError
	if err == nil || !errors.As(err, &ee) {
		t.Errorf("ChangedSince(no-such-ref) error = %v, want one wrapping *exec.ExitError", err)
	}
}

// gitRun runs git with args in the working directory, failing the test
// when it fails.
func gitRun(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
