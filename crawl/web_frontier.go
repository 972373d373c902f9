package crawl

import (
	"net/http"
	"net/url"
	"sync"

	"github.com/gocolly/colly/v2"
)

// job is a URL waiting in the frontier.
type job struct {
	url    string // normalised
	depth  int
	follow bool
	root   int // index of the start argument in crawler.roots
}

// frontier holds the URLs taken but not yet requested, and starts them
// as requests finish, so that only a few requests (not one goroutine per
// queued URL) exist at a time: memory grows with the queue of URL
// strings only.
type frontier struct {
	mu       sync.Mutex
	jobs     []job
	head     int
	inflight int
	hosts    int
	perHost  int
}

// push adds j to the queue.
func (f *frontier) push(j job) {
	f.mu.Lock()
	f.jobs = append(f.jobs, j)
	f.mu.Unlock()
}

// addHost raises the in-flight limit for a newly seen host.
func (f *frontier) addHost() {
	f.mu.Lock()
	f.hosts++
	f.mu.Unlock()
}

// next returns the next job to start, if the in-flight limit allows.
// The limit is twice Concurrency per host seen, so each host's own
// limit (a colly LimitRule) always has a request waiting.
func (f *frontier) next() (job, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.head == len(f.jobs) || f.inflight >= 2*f.perHost*max(f.hosts, 1) {
		return job{}, false
	}
	j := f.jobs[f.head]
	f.jobs[f.head] = job{}
	f.head++
	if f.head == len(f.jobs) {
		f.jobs, f.head = f.jobs[:0], 0
	}
	f.inflight++
	return j, true
}

// drop empties the queue and returns how many jobs it held.
func (f *frontier) drop() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := len(f.jobs) - f.head
	f.jobs, f.head = nil, 0
	return n
}

// done records that a request finished.
func (f *frontier) done() {
	f.mu.Lock()
	f.inflight--
	f.mu.Unlock()
}

// pump starts queued jobs while the in-flight limit allows; once the
// crawl is cancelled it empties the queue instead.
func (c *crawler) pump() {
	if c.hold.Load() {
		return // seedAll pumps once every start page is queued
	}
	for {
		if c.ctx.Err() != nil {
			for range c.front.drop() {
				c.prog.dropped()
			}
			return
		}
		j, ok := c.front.next()
		if !ok {
			return
		}
		c.start(j)
	}
}

// start hands a job to colly, which fetches it in its own goroutine and
// calls finish when its callbacks have run. A page robots.txt disallows,
// and errors colly returns at once (a bad URL), end the job here.
func (c *crawler) start(j job) {
	if err := c.startCheck(j.url); err != nil {
		c.fail(j.url, err)
		c.front.done() // pump's loop goes on to the next job: no recursion
		return
	}
	rctx := colly.NewContext()
	rctx.Put(ctxURL, j.url)
	rctx.Put(ctxDepth, j.depth)
	rctx.Put(ctxFollow, j.follow)
	rctx.Put(ctxRoot, j.root)
	if err := c.coll.Request(http.MethodGet, j.url, nil, rctx, c.requestHeader(j.url)); err != nil {
		c.fail(j.url, err)
		c.front.done() // pump's loop goes on to the next job: no recursion
	}
}

// finish ends a job (its callbacks have run) and starts the next ones.
func (c *crawler) finish() {
	c.front.done()
	c.pump()
}

// startCheck asks robots.txt whether the crawl may fetch u.
func (c *crawler) startCheck(u string) error {
	pu, err := url.Parse(u)
	if err != nil {
		return err
	}
	return c.robotsCheck(pu)
}
