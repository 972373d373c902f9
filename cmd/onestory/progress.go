package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/crawl"
)

// checkBar is the progress bar of a check: documents read out of the
// total, the rate and the time left. The total is counted (crawl.Count)
// while the check runs; until it is known the bar is a spinner with the
// count, and it grows when the walk meets more documents than counted.
type checkBar struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
	bar   *progressbar.ProgressBar
	done  int
	total int // -1 until counted
}

// terminal reports whether w is a terminal.
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

// checkProgress sets cfg.Progress to draw a bar on standard error and
// returns the function that ends it. There is no bar when standard error
// is not a terminal, with --quiet, or when a source is a URL or a sitemap:
// the crawl then shows its own progress.
func (a *app) checkProgress(ctx context.Context, cfg *check.Config) (stop func()) {
	full := check.WithDefaults(*cfg) // the sources and ignored paths the check reads
	srcs, opt := full.Sources, full.Crawl
	if a.v.GetBool("quiet") || !terminal(a.stderr) || !local(srcs) {
		return func() {}
	}
	b := newCheckBar(a.stderr)
	cfg.Progress = b.add
	cctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if n, ok := crawl.Count(cctx, srcs, opt); ok {
			b.setTotal(n)
		}
	}()
	return func() {
		cancel()
		wg.Wait()
		b.finish()
	}
}

// local reports whether no source is crawled: all are files, folders or
// standard input.
func local(srcs []string) bool {
	for _, s := range srcs {
		if crawl.Crawled(s) {
			return false
		}
	}
	return true
}

func newCheckBar(w io.Writer) *checkBar {
	return &checkBar{w: w, start: time.Now(), total: -1, bar: progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("checking"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionShowIts(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// add counts one document read.
func (b *checkBar) add() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done++
	if b.total >= 0 && b.done > b.total {
		b.total = b.done // a file the count could not know of
		b.bar.ChangeMax(b.total)
	}
	_ = b.bar.Add(1) // progress on standard error is best effort
}

// setTotal switches the spinner to a bar of n documents.
func (b *checkBar) setTotal(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.total = max(n, b.done)
	b.bar.ChangeMax(b.total)
}

// finish clears the bar and leaves a line of totals.
func (b *checkBar) finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	_ = b.bar.Finish()
	_ = b.bar.Clear()
	fmt.Fprintf(b.w, "read %d documents in %s\n", b.done, time.Since(b.start).Round(100*time.Millisecond))
}
