package crawl

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/onestory/onestory/internal/bytesize"
)

// isSeedFile reports whether a local file names pages to fetch rather
// than content: a URL list (name ends in .urls) or a sitemap (name
// contains "sitemap" and ends in .xml or .xml.gz). Walk asks it only for
// files named on the command line, never for files found in a directory.
func isSeedFile(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	return strings.HasSuffix(base, ".urls") ||
		strings.Contains(base, "sitemap") && isSitemapPath(base)
}

// walkSeedFile fetches the pages a local URL list or sitemap names,
// without following their links, and calls yield with each.
func walkSeedFile(ctx context.Context, name string, opt Options, yield func(Document) error) error {
	return walkWebArgs(ctx, []string{name}, opt, yield)
}

// seedAll starts the crawl of every start argument: URLs (pages and
// sitemaps) and local seed files (URL lists, sitemaps). The start pages
// are all queued, at depth 0, before any request starts; then sitemaps
// and seed files are read, while the pages are being fetched. Every
// argument shares the crawl's one visited set, so a page two start pages
// link to, a start page another links to, or a URL given twice is
// fetched once.
func (c *crawler) seedAll(args []string) {
	c.roots = make([]*root, len(args))
	for i, a := range args {
		c.roots[i] = &root{arg: a}
	}
	type later struct {
		ri      int
		sitemap *url.URL // nil for a local seed file
	}
	var rest []later
	c.hold.Store(true)
	for i, a := range args {
		if !isURL(a) {
			rest = append(rest, later{ri: i})
			continue
		}
		u, ok := c.startURL(a)
		switch {
		case !ok:
		case isSitemapPath(u.Path):
			rest = append(rest, later{ri: i, sitemap: u})
		default:
			c.follows.Store(true)
			c.enqueue(u, 0, true, i)
		}
	}
	c.hold.Store(false)
	c.pump()
	for _, l := range rest {
		if l.sitemap != nil {
			c.seedSitemap(l.sitemap, 0, l.ri)
		} else {
			c.seedFile(args[l.ri], l.ri)
		}
	}
}

// startURL parses and admits a start URL — from the command line, unless
// WebOptions.StartsFromFile says otherwise; false (after sending any
// failure) when it is not crawled.
func (c *crawler) startURL(arg string) (*url.URL, bool) {
	u, err := parseStartURL(arg)
	if err != nil {
		c.fail(arg, err)
		return nil, false
	}
	return u, c.admitStart(u, !c.w.StartsFromFile)
}

// admitStart puts a start URL's host in scope. It returns false for a
// denied domain. A URL given on the command line (trusted) also lets the
// crawl reach the kind of address its host is on, so that crawling an
// intranet or a local test server works; it sends a failure and returns
// false when that host does not resolve. A URL read from a local file —
// a URL list or a sitemap in the repository — never widens what the
// crawl may connect to: a file a pull request adds must not make CI
// fetch an intranet or a cloud metadata address (AllowPrivate still
// allows every address).
func (c *crawler) admitStart(u *url.URL, trusted bool) bool {
	if matchDomain(c.scope.denied, u.Hostname()) {
		return false
	}
	if !c.scope.isStart(u.Hostname()) {
		c.scope.addStart(u)
	}
	if !trusted {
		return true
	}
	if err := c.dialer.allowStart(c.ctx, u.Hostname()); err != nil {
		c.fail(u.String(), err)
		return false
	}
	return true
}

// seedSitemap fetches a sitemap or sitemap index at nesting level and
// enqueues the pages it lists. Each sitemap URL is fetched once, so an
// index that lists itself, or indexes that list each other, end; the
// first sitemap nested too deep, or past the crawl's page limit, is
// reported once for the whole crawl, not once per entry.
func (c *crawler) seedSitemap(u *url.URL, level, ri int) {
	if n, ok := normalizeURL(u); ok {
		u = n
	}
	key := u.String()
	if _, loaded := c.visited.LoadOrStore(key, true); loaded {
		return
	}
	switch {
	case level > maxSitemapDepth:
		c.sitemapLimit(&c.tooDeep, key, fmt.Errorf("sitemap indexes nest deeper than %d levels: this and any other sitemap as deep are not read", maxSitemapDepth))
		return
	case c.w.MaxPages > 0 && c.sitemaps.Add(1) > int64(c.w.MaxPages):
		c.sitemapLimit(&c.tooMany, key, fmt.Errorf("more sitemaps than the page limit of %d: this and any further sitemap are not read", c.w.MaxPages))
		return
	}
	if err := c.fetchSitemap(u, level, ri); err != nil {
		c.fail(key, err)
	}
}

// sitemapLimit reports err for the sitemap key the first time a limit is
// met (once is false); later sitemaps past it are dropped quietly.
func (c *crawler) sitemapLimit(once *atomic.Bool, key string, err error) {
	if once.CompareAndSwap(false, true) {
		c.fail(key, err)
	}
}

// fetchSitemap GETs a sitemap through the crawl's client and reads it.
func (c *crawler) fetchSitemap(u *url.URL, level, ri int) error {
	req, err := http.NewRequestWithContext(c.ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", c.w.UserAgent)
	c.prog.queued()
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return &StatusError{Code: resp.StatusCode}
	}
	c.prog.fetched()
	return c.readSitemap(resp.Body, level, false, ri)
}

// readSitemap enqueues the pages of a sitemap and fetches the sitemaps
// of an index. What a local sitemap (start) names are start URLs; what a
// fetched one names, pages and sitemaps alike, must be in scope.
func (c *crawler) readSitemap(r io.Reader, level int, start bool, ri int) error {
	return parseSitemap(r, c.w.MaxBody, sitemapVisitor{
		page: func(loc string) { c.seedListed(loc, start, ri) },
		sitemap: func(loc string) {
			u, err := parseStartURL(loc)
			if err != nil {
				c.fail(loc, err)
				return
			}
			if start && !c.admitStart(u, false) || !start && !c.scope.hostAllowed(u.Hostname()) {
				return
			}
			c.seedSitemap(u, level+1, ri)
		},
	})
}

// seedListed enqueues a page named by a sitemap or URL list, without
// following its links.
func (c *crawler) seedListed(loc string, start bool, ri int) {
	u, err := parseStartURL(loc)
	if err != nil {
		c.fail(loc, err)
		return
	}
	if start && !c.admitStart(u, false) || !start && !c.scope.allows(u) {
		return
	}
	c.enqueue(u, 0, false, ri)
}

// seedFile reads a local URL list or sitemap, of at most the body limit,
// and enqueues its pages on behalf of the start argument ri.
func (c *crawler) seedFile(name string, ri int) {
	f, err := openRegular(name)
	if err != nil {
		c.fail(name, err)
		return
	}
	defer f.Close()
	if strings.HasSuffix(strings.ToLower(name), ".urls") {
		err = c.readURLFile(f, ri)
	} else {
		err = c.readSitemap(f, 0, true, ri)
	}
	if err != nil {
		c.fail(name, err)
	}
}

// readURLFile reads a local URL list up to the body limit, as a sitemap
// is: the URLs before the limit are crawled, and the size is reported.
func (c *crawler) readURLFile(f io.Reader, ri int) error {
	lr := &io.LimitedReader{R: f, N: c.w.MaxBody}
	if err := readURLList(lr, func(loc string) { c.seedListed(loc, true, ri) }); err != nil {
		return err
	}
	if lr.N != 0 {
		return nil // the list ended before the limit
	}
	if n, _ := f.Read(make([]byte, 1)); n > 0 {
		return fmt.Errorf("URL list is larger than the limit of %s (--max-body): the URLs past it are not read", bytesize.Format(c.w.MaxBody))
	}
	return nil
}

// readURLList calls page with each URL of a list: one per line, blank
// lines and lines starting with # skipped.
func readURLList(r io.Reader, page func(string)) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			page(line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read URL list: %w", err)
	}
	return nil
}
