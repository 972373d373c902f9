package crawl

import (
	"context"
	"sync"
	"time"
)

// pacer spaces the requests to each host so that no host gets more than
// its rate of requests per second.
type pacer struct {
	interval time.Duration // 0: no pacing
	mu       sync.Mutex
	next     map[string]time.Time // host → earliest start of its next request
}

// newPacer returns a pacer for rate requests per second per host; a rate
// of 0 or less paces nothing.
func newPacer(rate float64) *pacer {
	p := &pacer{next: map[string]time.Time{}}
	if rate > 0 {
		p.interval = time.Duration(float64(time.Second) / rate)
	}
	return p
}

// wait blocks until host's next slot, or returns ctx's error.
func (p *pacer) wait(ctx context.Context, host string) error {
	if p.interval == 0 {
		return ctx.Err()
	}
	p.mu.Lock()
	now := time.Now()
	at := p.next[host]
	if at.Before(now) {
		at = now
	}
	p.next[host] = at.Add(p.interval)
	p.mu.Unlock()
	t := time.NewTimer(time.Until(at))
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
