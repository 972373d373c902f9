package crawl

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
)

// walkWeb crawls from arg — a page URL, or a sitemap URL (path ending in
// .xml or .xml.gz) — and calls yield with each page and each failure.
func walkWeb(ctx context.Context, arg string, opt Options, yield func(Document) error) error {
	return walkWebArgs(ctx, []string{arg}, opt, yield)
}

// walkWebArgs crawls from every start argument at once — page URLs,
// sitemap URLs, local sitemaps and URL lists (see isSeedFile) — in one
// crawl, so a page that several start pages link to, or that a sitemap
// lists and a page links to, is fetched and reported once. Walk hands it
// every argument that starts with http:// or https:// and every seed file
// named on the command line.
func walkWebArgs(ctx context.Context, args []string, opt Options, yield func(Document) error) error {
	c, err := newCrawler(ctx, opt)
	if err != nil {
		return err
	}
	return c.run(func() { c.seedAll(args) }, func(p page) error {
		if p.alias != nil {
			if opt.Aliases != nil {
				opt.Aliases(*p.alias)
			}
			return nil
		}
		return yield(p.doc)
	})
}

// page is one fetched URL: its Document plus what Save keeps besides.
type page struct {
	doc    Document
	url    string      // the URL requested, normalised
	header http.Header // response headers; nil for failures
	reused bool        // the body came from the saved crawl (304)
	alias  *Alias      // set (and doc empty) for another URL of a page sent
}

// crawler is one crawl: its settings, the colly collector that fetches,
// and the set of URLs already taken (the only per-page state it keeps).
type crawler struct {
	parent context.Context // the caller's context
	ctx    context.Context // parent, also cancelled when emit fails
	cancel context.CancelFunc
	opt    Options
	w      WebOptions
	scope  *scope
	dialer *safeDialer
	client *http.Client
	coll   *colly.Collector
	pacer  *pacer
	cache  *savedIndex
	prog   *progress
	// visited maps the page key of every URL taken to true, or, for a page
	// a sitemap or URL list named in a crawl that follows links, to its
	// *listed; an entry is stored before the URL is queued.
	visited sync.Map
	hosts   sync.Map // host → true once its per-host limit is set
	// roots are the start arguments, each with the count of URLs taken
	// on its behalf (the page limit is per start argument); seedAll fills
	// it before any request starts.
	roots []*root
	// hold keeps the frontier from starting requests while seedAll queues
	// the start pages, so each is taken as a start (depth 0) and not as a
	// link another start page happens to reach first.
	hold atomic.Bool
	// follows says some start page's links are followed: the pages a
	// sitemap or URL list names are then marked in visited by a *listed.
	follows atomic.Bool
	// sitemaps counts the sitemaps fetched; tooDeep and tooMany are set
	// once their limit is reported.
	sitemaps         atomic.Int64
	tooDeep, tooMany atomic.Bool
	front            frontier
	aliases          aliases
	render           *renderer // nil when no page is rendered
	robots           robotsCache
	out              chan page
}

// root is one start argument of a crawl.
type root struct {
	arg   string       // as given: the Source of its limit notice
	taken atomic.Int64 // URLs taken on its behalf, past the limit included
}

// newCrawler builds a crawler from opt; it fails only on bad options or
// an unreadable FromCrawl directory.
func newCrawler(ctx context.Context, opt Options) (*crawler, error) {
	w := opt.Web.withDefaults()
	sc, err := newScope(w)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithCancel(ctx)
	c := &crawler{parent: ctx, ctx: cctx, cancel: cancel, opt: opt, w: w, scope: sc, out: make(chan page, w.Concurrency)}
	if w.FromCrawl != "" {
		if c.cache, err = loadSavedIndex(w.FromCrawl, w.MaxBody); err != nil {
			cancel()
			return nil, err
		}
	}
	jar, err := newJar(w.CookieFile, time.Now())
	if err != nil {
		cancel()
		return nil, err
	}
	g := newGuard(w.AllowPrivate)
	c.dialer = newSafeDialer(g, w.lookup, w.dial, w.requestLimit())
	rc := &redirectChecker{scope: sc, guard: g, visited: &c.visited, ignore: opt.Ignore}
	c.client = newHTTPClient(w, c.dialer, rc.check, jar, sc.isStart)
	if c.render, err = newRenderer(c.ctx, w, c.client, g); err != nil {
		cancel()
		return nil, err
	}
	c.front.perHost = w.Concurrency
	c.pacer = newPacer(w.Rate)
	c.prog = newProgress(w)
	c.coll = c.newCollector()
	return c, nil
}

// run calls seed (which enqueues the start URLs) in the background and
// hands every page to emit from the calling goroutine, so emit needs no
// locking. After ctx is cancelled, pages already fetched are still
// emitted; run then returns ctx's error. An emit error stops the crawl
// and is returned.
func (c *crawler) run(seed func(), emit func(page) error) error {
	go func() {
		seed()
		c.coll.Wait()
		c.sendAliases()
		c.sendLimit()
		close(c.out)
	}()
	var emitErr error
	for p := range c.out {
		if emitErr != nil {
			continue
		}
		if err := emit(p); err != nil {
			emitErr = err
			c.cancel()
		}
	}
	c.prog.stop()
	c.cancel()
	c.render.close()
	c.client.CloseIdleConnections()
	if emitErr != nil {
		return emitErr
	}
	return c.parent.Err()
}

// send hands a page to run's loop.
func (c *crawler) send(p page) {
	if p.doc.Err != nil {
		c.prog.failed()
	} else {
		c.prog.fetched()
	}
	c.out <- p
}

// fail sends a failure Document for the URL u, unless the crawl was
// cancelled (then the error is only the cancellation) or u is a duplicate.
func (c *crawler) fail(u string, err error) {
	var dup *duplicateError
	if errors.As(err, &dup) {
		c.aliases.add(u, dup.to, AliasRedirect)
	}
	if c.ctx.Err() != nil || dup != nil || errors.Is(err, errIgnored) {
		c.prog.dropped()
		return
	}
	doc := Document{Source: u, Channel: c.channel(u), Err: fetchError(err, c.w.Timeout)}
	var se *StatusError
	if errors.As(doc.Err, &se) {
		doc.Status = se.Code
	}
	c.send(page{doc: doc, url: u})
}

// channel returns the channel of a URL by the story's channel globs.
func (c *crawler) channel(u string) string {
	if c.opt.Channel == nil {
		return "other"
	}
	return c.opt.Channel(u)
}

// enqueue fetches u (normalised) unless it was taken already, the page
// limit of the start argument ri is reached, the crawl is stopping or
// opt.Ignore skips it. A page whose links are not followed (from a
// sitemap or a URL list) is not fetched when opt.Keep leaves it to
// another shard. The visited set is one for the whole crawl, every start
// argument included, and a URL is marked in it before it is queued, so no
// two requests for one page are ever queued, whatever the concurrency.
func (c *crawler) enqueue(u *url.URL, depth int, follow bool, ri int) {
	key := u.String()
	if c.ctx.Err() != nil || c.opt.Ignore != nil && c.opt.Ignore(key) {
		return
	}
	if !follow && c.opt.Keep != nil && !c.opt.Keep(key) {
		return
	}
	var mark any = true
	if !follow && c.follows.Load() {
		mark = &listed{}
	}
	if v, loaded := c.visited.LoadOrStore(pageKey(u), mark); loaded {
		if follow {
			c.upgrade(v, depth, ri)
		}
		return
	}
	if c.w.MaxPages > 0 && c.roots[ri].taken.Add(1) > int64(c.w.MaxPages) {
		return
	}
	c.limitHost(u.Host)
	c.prog.queued()
	c.front.push(job{url: key, depth: depth, follow: follow, root: ri})
	c.pump()
}

// limitHost lets the frontier start more requests the first time the
// crawl meets a host. The requests in flight are limited by the
// collector's one rule (newCollector): colly reads its list of rules
// without a lock, so no rule is added once requests run.
func (c *crawler) limitHost(host string) {
	if _, loaded := c.hosts.LoadOrStore(host, true); loaded {
		return
	}
	c.front.addHost()
}

// requestHeader returns the conditional headers for u when a saved crawl
// has it (If-None-Match, If-Modified-Since); empty otherwise.
func (c *crawler) requestHeader(u string) http.Header {
	h := http.Header{}
	if e, ok := c.cache.lookup(u); ok {
		if e.ETag != "" {
			h.Set("If-None-Match", e.ETag)
		}
		if e.LastModified != "" {
			h.Set("If-Modified-Since", e.LastModified)
		}
	}
	return h
}
