package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"-out", dir, "-pages", "6", "-format", "markdown"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.HasPrefix(out.String(), "wrote 6 pages,") {
		t.Errorf("stdout = %q", out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "site", "page-00000.md")); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{{}, {"-out", dir, "extra"}, {"-out", dir, "-pages", "0"}, {"-no-such-flag"}} {
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
	if code := run([]string{"-out", dir, "-format", "pdf"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), `"pdf"`) {
		t.Errorf("run(-format pdf) = %d, stderr %q", code, errb.String())
	}
}
