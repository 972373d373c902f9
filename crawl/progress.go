package crawl

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
)

// plainEvery is how often progress is written when not on a terminal.
const plainEvery = 5 * time.Second

// progress counts a crawl's pages and shows the counts: a live bar on a
// terminal, a plain line every few seconds elsewhere. A nil *progress
// counts and shows nothing. The bar's total is the pages known so far —
// answered and queued — at most the page limit: it grows as links are
// found, and the time left is an estimate for the pages known.
type progress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar // nil when not on a terminal
	limit    int64                    // the page limit; 0 or less: none
	total    int64                    // the bar's total; touched only by show
	start    time.Time
	nTaken   atomic.Int64
	nDone    atomic.Int64
	nFailed  atomic.Int64
	nDropped atomic.Int64
	quit     chan struct{}
	wg       sync.WaitGroup
	// limitNote ends the last line when the page limit cut the crawl
	// short; set before stop, from the goroutine that ends the crawl.
	limitNote string
}

// newProgress returns the progress display w asks for, or nil when w has
// no Progress writer or is Quiet.
func newProgress(w WebOptions) *progress {
	if w.Progress == nil || w.Quiet {
		return nil
	}
	p := &progress{w: w.Progress, start: time.Now(), quit: make(chan struct{}), limit: int64(w.MaxPages)}
	every := plainEvery
	if w.IsTerminal {
		every = 200 * time.Millisecond
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w.Progress),
			progressbar.OptionSetDescription("crawling"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionShowIts(),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(every),
		)
	}
	p.wg.Add(1)
	go p.loop(every)
	return p
}

// loop shows the counts every tick until stop.
func (p *progress) loop(every time.Duration) {
	defer p.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			p.show()
		case <-p.quit:
			return
		}
	}
}

// show writes the counts once.
func (p *progress) show() {
	if p.bar != nil {
		if t := p.known(); t > 0 && t != p.total {
			p.total = t
			p.bar.ChangeMax64(t)
		}
		p.bar.Describe(p.summary())
		return
	}
	fmt.Fprintf(p.w, "crawl: %s, %.1f pages/s\n", p.summary(), p.rate())
}

// summary returns "12 fetched, 30 queued, 1 failed".
func (p *progress) summary() string {
	done, failed := p.nDone.Load(), p.nFailed.Load()
	queued := max(p.nTaken.Load()-done-failed-p.nDropped.Load(), 0)
	return fmt.Sprintf("%d fetched, %d queued, %d failed", done, queued, failed)
}

// known returns the pages the crawl knows of: answered or queued, at most
// the page limit (but never fewer than answered).
func (p *progress) known() int64 {
	answered := p.nDone.Load() + p.nFailed.Load()
	known := max(p.nTaken.Load()-p.nDropped.Load(), answered)
	if p.limit > 0 {
		known = max(min(known, p.limit), answered)
	}
	return known
}

// rate returns pages answered per second since the start.
func (p *progress) rate() float64 {
	secs := time.Since(p.start).Seconds()
	if secs <= 0 {
		return 0
	}
	return float64(p.nDone.Load()+p.nFailed.Load()) / secs
}

// queued counts a URL taken into the crawl.
func (p *progress) queued() {
	if p != nil {
		p.nTaken.Add(1)
	}
}

// fetched counts a page fetched.
func (p *progress) fetched() {
	if p != nil {
		p.nDone.Add(1)
		if p.bar != nil {
			_ = p.bar.Add(1) // writing progress to stderr is best effort
		}
	}
}

// failed counts a URL that could not be fetched.
func (p *progress) failed() {
	if p != nil {
		p.nFailed.Add(1)
		if p.bar != nil {
			_ = p.bar.Add(1) // best effort, as above
		}
	}
}

// dropped counts a URL taken but not reported: a duplicate, or cancelled.
func (p *progress) dropped() {
	if p != nil {
		p.nDropped.Add(1)
	}
}

// stop ends the display with a last line of totals.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.quit)
	p.wg.Wait()
	if p.bar != nil {
		_ = p.bar.Finish() // best effort, as above
		fmt.Fprintln(p.w)
	}
	elapsed := time.Since(p.start)
	rate := "" // a rate over less than a second says nothing
	if elapsed >= time.Second {
		rate = fmt.Sprintf(" (%.1f pages/s)", p.rate())
	}
	fmt.Fprintf(p.w, "crawl done: %d fetched, %d failed in %s%s%s\n",
		p.nDone.Load(), p.nFailed.Load(), elapsed.Round(time.Millisecond), rate, p.limitNote)
}

// limited notes, for the last line, that the page limit cut the crawl short.
func (p *progress) limited(max int, notFollowed int64) {
	if p != nil {
		p.limitNote = fmt.Sprintf("; stopped at --max-pages %d with %d links not followed", max, notFollowed)
	}
}
