package crawl

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestProgressPlain(t *testing.T) {
	site := newTestSite(t, "")
	var buf bytes.Buffer
	opt := testOptions()
	opt.Web.Progress = &buf
	crawlWeb(t, background(t), site.URL+"/", opt)
	out := buf.String()
	if !strings.HasPrefix(out, "crawl") || !strings.Contains(out, "crawl done: 9 fetched, 1 failed in ") {
		t.Errorf("progress output %q, want a final line of totals", out)
	}
	if strings.Contains(out, "\r") || strings.Contains(out, "\x1b") {
		t.Errorf("plain progress has terminal control characters: %q", out)
	}
}

func TestProgressTerminalAndQuiet(t *testing.T) {
	site := newTestSite(t, "")
	var bar, quiet bytes.Buffer
	opt := testOptions()
	opt.Web.Progress, opt.Web.IsTerminal = &bar, true
	crawlWeb(t, background(t), site.URL+"/", opt)
	if !strings.Contains(bar.String(), "crawl done: 9 fetched") {
		t.Errorf("terminal progress %q, want totals", bar.String())
	}
	opt.Web.Progress, opt.Web.Quiet = &quiet, true
	crawlWeb(t, background(t), site.URL+"/", opt)
	if quiet.Len() != 0 {
		t.Errorf("Quiet wrote %q", quiet.String())
	}
}

func TestProgressSummary(t *testing.T) {
	p := &progress{start: time.Now()}
	for range 5 {
		p.queued()
	}
	p.fetched()
	p.fetched()
	p.failed()
	p.dropped()
	if got, want := p.summary(), "2 fetched, 1 queued, 1 failed"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	var nilProgress *progress
	nilProgress.queued() // a nil progress counts nothing and does not panic
	nilProgress.stop()
}

func TestPacerWaitsAndCancels(t *testing.T) {
	p := newPacer(0.001) // one request per 1000 s
	ctx, cancel := context.WithCancel(context.Background())
	if err := p.wait(ctx, "kestrel.example"); err != nil {
		t.Fatalf("first request waited: %v", err)
	}
	if err := p.wait(ctx, "other.example"); err != nil {
		t.Fatalf("another host's first request waited: %v", err)
	}
	done := make(chan error)
	go func() { done <- p.wait(ctx, "kestrel.example") }()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("second request to the host = %v, want it held until cancelled", err)
	}
	if err := newPacer(0).wait(context.Background(), "kestrel.example"); err != nil {
		t.Errorf("rate 0 paced: %v", err)
	}
}

// TestProgressKnown: the bar's total is the pages answered and queued, at
// most the page limit, never fewer than answered.
func TestProgressKnown(t *testing.T) {
	for _, tc := range []struct {
		limit, taken, done, failed, dropped, want int64
	}{
		{0, 10, 2, 1, 1, 9},
		{5, 10, 2, 1, 0, 5},
		{5, 10, 5, 1, 0, 6},
		{-1, 3, 3, 0, 0, 3},
	} {
		p := &progress{limit: tc.limit}
		p.nTaken.Store(tc.taken)
		p.nDone.Store(tc.done)
		p.nFailed.Store(tc.failed)
		p.nDropped.Store(tc.dropped)
		if got := p.known(); got != tc.want {
			t.Errorf("%+v: known %d, want %d", tc, got, tc.want)
		}
	}
}

// TestProgressBarOnTerminal: on a terminal the crawl's bar counts out of
// the pages known (at most the limit), fills at the end, and a line of
// totals follows.
func TestProgressBarOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(WebOptions{Progress: &buf, IsTerminal: true, MaxPages: 4})
	for range 6 {
		p.queued()
	}
	p.fetched()
	p.failed()
	p.show()
	if got, n := p.bar.GetMax(), p.bar.State().CurrentNum; got != 4 || n != 2 {
		t.Errorf("the bar is at %d of %d, want 2 of the 4 pages the limit allows", n, got)
	}
	p.stop()
	out := buf.String()
	if !strings.Contains(out, "(4/4") || !strings.Contains(out, "100%") {
		t.Errorf("no full bar at the end: %q", out)
	}
	if !strings.Contains(out, "crawl done: 1 fetched, 1 failed") {
		t.Errorf("no totals: %q", out)
	}
}
