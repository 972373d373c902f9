package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/internal/gencorpus"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if _, err := gencorpus.Write(corpus, 6, "mixed", false); err != nil {
		t.Fatal(err)
	}
	prof := filepath.Join(dir, "heap.out")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"-corpus", corpus, "-out", prof, "-story", "../story.yaml"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "document findings held") {
		t.Errorf("stdout = %q", out.String())
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("heap profile: %v", err)
	}
	for _, args := range [][]string{{}, {"-corpus", corpus}, {"-corpus", corpus, "-out", prof, "-today", "27/11/2026"}} {
		if code := run(context.Background(), args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
	if code := run(context.Background(), []string{"-corpus", corpus, "-out", prof, "-story", "no-such.yaml"}, &out, &errb); code != 1 {
		t.Errorf("run with a missing story = %d, want 1", code)
	}
}
