package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// runOnTerminal runs the command line with standard error on a
// pseudo-terminal and returns what the terminal showed.
func runOnTerminal(t *testing.T, args ...string) (int, string) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	shown := make(chan string)
	go func() {
		b, _ := io.ReadAll(ptmx) // ends with an error when the terminal side is closed
		shown <- string(b)
	}()
	var out bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, tty)
	tty.Close()
	return code, <-shown
}

// progressFolder is a folder of many small documents, so that the bar
// has work to show.
func progressFolder(t *testing.T) string {
	dir := t.TempDir()
	for i := range 60 {
		p := filepath.Join(dir, "docs", "page"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26))+".md")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("# Page\n\nRoutePlanner Fleet is $18 per vehicle per month.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestProgressOnTerminal: a folder check draws a bar with the count of
// documents out of the total on a terminal and ends with a line of
// totals; with --quiet, or when standard error is not a terminal, it
// shows nothing.
func TestProgressOnTerminal(t *testing.T) {
	chdirRoot(t)
	dir := progressFolder(t)
	args := []string{"check", "--fail-on", "never", "--today", "2026-11-27", "--output", filepath.Join(t.TempDir(), "r.json"), dir}
	code, shown := runOnTerminal(t, args...)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, shown)
	}
	if !strings.Contains(shown, "read 60 documents in") {
		t.Errorf("no line of totals on the terminal:\n%q", shown)
	}
	if !strings.Contains(shown, "/60") && !strings.Contains(shown, "60/60") {
		t.Errorf("no count out of the total (N/60) on the terminal:\n%q", shown)
	}
	if !strings.Contains(shown, "docs") {
		t.Errorf("no bar on the terminal:\n%q", shown)
	}

	_, quiet := runOnTerminal(t, append(args, "--quiet")...)
	if strings.Contains(quiet, "documents") || strings.Contains(quiet, "/60") {
		t.Errorf("--quiet still shows progress:\n%q", quiet)
	}
	_, _, errs := onestory(t, "", args...)
	if strings.Contains(errs, "documents") || strings.Contains(errs, "\r") {
		t.Errorf("progress shown on a standard error that is not a terminal:\n%q", errs)
	}
}
