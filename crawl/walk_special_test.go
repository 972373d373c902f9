//go:build unix

package crawl

import (
	"context"
	"net"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// special makes a named pipe and a socket in dir, or skips the test.
func special(t *testing.T, dir string) (fifo, sock string) {
	t.Helper()
	fifo = filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	sock = filepath.Join(dir, "sock.md")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skip("no unix sockets here:", err)
	}
	t.Cleanup(func() { l.Close() })
	return fifo, sock
}

func TestWalkNeverOpensPipesOrSockets(t *testing.T) {
	dir := tree(t, map[string]string{"site/good.md": "# Good"})
	special(t, filepath.Join(dir, "site"))
	if err := syscall.Mkfifo(filepath.Join(dir, "list.urls"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var (
		docs  []got
		skips []Skip
	)
	go func() {
		defer close(done)
		docs, skips = walkSkips(t, []string{"site", "site/pipe.md", "site/sock.md", "list.urls"})
	}()
	select {
	case <-done:
	case <-time.After(time.Minute): // a hang, not a timing assert
		t.Fatal("Walk blocked on a named pipe")
	}
	want := []got{
		{Source: "site/good.md", Channel: "other", Format: "markdown", Body: "# Good"},
		{Source: "site/pipe.md", Channel: "other", Err: "read site/pipe.md: a named pipe, not a regular file"},
		{Source: "site/sock.md", Channel: "other", Err: "read site/sock.md: a socket, not a regular file"},
		{Source: "list.urls", Channel: "other", Err: "read list.urls: a named pipe, not a regular file"},
	}
	if !slices.Equal(docs, want) {
		t.Errorf("Walk yielded\n%q\nwant\n%q", docs, want)
	}
	wantSkips := []Skip{
		{"site/pipe.md", "a named pipe, not a regular file"},
		{"site/sock.md", "a socket, not a regular file"},
	}
	if !slices.Equal(skips, wantSkips) {
		t.Errorf("skipped %q, want %q", skips, wantSkips)
	}
}

func TestReadRegularRefusesSwappedFiles(t *testing.T) {
	dir := t.TempDir()
	fifo, _ := special(t, dir)
	if _, err := readRegular(fifo, 1<<20); err == nil || err.Error() != "a named pipe, not a regular file" {
		t.Errorf("readRegular(fifo) = %v, want a named pipe error", err)
	}
	if _, err := readRegular("/dev/zero", 1<<20); err == nil || err.Error() != "a device, not a regular file" {
		t.Errorf("readRegular(/dev/zero) = %v, want a device error", err)
	}
}

func TestWalkCancelledNeverWaits(t *testing.T) {
	dir := tree(t, map[string]string{"site/good.md": "# Good"})
	special(t, filepath.Join(dir, "site"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Walk(ctx, []string{"site/pipe.md", "site"}, Options{}, func(Document) error { return nil })
	if err != context.Canceled {
		t.Errorf("Walk = %v, want context.Canceled", err)
	}
}
