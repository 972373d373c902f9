package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// linkedSite serves / linking to /p0 … /p(n-1); hook, when set, runs for
// each page request first and may hold it.
func linkedSite(t *testing.T, n int, hook *atomic.Pointer[func(*http.Request)]) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h := hook.Load(); h != nil && r.URL.Path != "/robots.txt" {
			(*h)(r)
		}
		switch {
		case r.URL.Path == "/":
			for i := range n {
				fmt.Fprintf(w, `<a href="/p%d">p%d</a> `, i, i)
			}
		case strings.HasPrefix(r.URL.Path, "/p"):
			fmt.Fprintf(w, "<p>Page %s costs $29 per month.</p>", r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestSaveInterruptedKeepsOldEntries(t *testing.T) {
	var hook atomic.Pointer[func(*http.Request)]
	srv := linkedSite(t, 30, &hook)
	dir := t.TempDir()
	if _, err := Save(background(t), srv.URL+"/", dir, testOptions()); err != nil {
		t.Fatal(err)
	}
	before := len(readSaved(t, dir))
	if before != 31 {
		t.Fatalf("first crawl saved %d pages, want 31", before)
	}
	ctx, cancel := context.WithCancel(background(t))
	hold := func(r *http.Request) {
		if r.URL.Path == "/p3" {
			cancel()
			<-r.Context().Done()
		}
	}
	hook.Store(&hold)
	if _, err := Save(ctx, srv.URL+"/", dir, testOptions()); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Save = %v, want context.Canceled", err)
	}
	saved := readSaved(t, dir)
	if len(saved) != before {
		t.Errorf("the interrupted re-crawl left %d of %d entries", len(saved), before)
	}
	for src, d := range saved {
		if d.Err != nil {
			t.Errorf("%s: %v (its body must still be there)", src, d.Err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, lockName)); !os.IsNotExist(err) {
		t.Errorf("lock file left behind: %v", err)
	}
}

func TestSaveRefusesALockedFolder(t *testing.T) {
	var hook atomic.Pointer[func(*http.Request)]
	srv := linkedSite(t, 2, &hook)
	dir := t.TempDir()
	held, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	hold := func(r *http.Request) {
		if r.URL.Path == "/" {
			once.Do(func() { close(held) })
			<-release
		}
	}
	hook.Store(&hold)
	first := make(chan error)
	go func() {
		_, err := Save(background(t), srv.URL+"/", dir, testOptions())
		first <- err
	}()
	<-held
	_, err := Save(background(t), srv.URL+"/", dir, testOptions())
	var locked *LockedError
	want := fmt.Sprintf("folder %q is in use by another onestory crawl (process %d on host", dir, os.Getpid())
	if !errors.As(err, &locked) || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), lockName) {
		t.Errorf("second Save = %v, want %q…", err, want)
	}
	hook.Store(nil)
	close(release)
	if err := <-first; err != nil {
		t.Fatalf("first Save: %v", err)
	}
	if got := len(readSaved(t, dir)); got != 3 {
		t.Errorf("first Save saved %d pages, want 3", got)
	}
}

func TestSaveTakesOverAStaleLock(t *testing.T) {
	var hook atomic.Pointer[func(*http.Request)]
	srv := linkedSite(t, 1, &hook)
	dir := t.TempDir()
	host, _ := os.Hostname()
	stale := fmt.Sprintf("%d %s 2026-01-01T00:00:00Z\n", 1<<30, host) // no such process
	if err := os.WriteFile(filepath.Join(dir, lockName), []byte(stale), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Save(background(t), srv.URL+"/", dir, testOptions()); err != nil {
		t.Fatalf("Save over a stale lock: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, lockName)); !os.IsNotExist(err) {
		t.Errorf("lock file left behind: %v", err)
	}
}
