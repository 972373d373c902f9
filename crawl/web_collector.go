package crawl

import (
	"errors"
	"fmt"
	"github.com/onestory/onestory/format"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
)

// Keys of the values a request carries in its colly.Context.
const (
	ctxURL    = "onestory.url"    // the normalised URL requested
	ctxDepth  = "onestory.depth"  // links away from a start URL
	ctxFollow = "onestory.follow" // whether the page's links are followed
	ctxRoot   = "onestory.root"   // index of the start argument it came from
)

// newCollector returns the colly collector of the crawl. colly's
// NewCollector applies COLLY_* environment variables after its options,
// so every setting is made here, afterwards, and the environment changes
// nothing. De-duplication is onestory's (visited), so colly's own
// two-step visited check is off (AllowURLRevisit); links are extracted
// in onResponse, so colly never builds a DOM.
func (c *crawler) newCollector() *colly.Collector {
	cl := colly.NewCollector()
	cl.UserAgent = c.w.UserAgent
	cl.Headers = nil
	cl.MaxDepth, cl.MaxRequests = 0, 0
	cl.AllowedDomains, cl.DisallowedDomains = nil, nil
	cl.URLFilters, cl.DisallowedURLFilters = nil, nil
	cl.AllowURLRevisit = true
	cl.MaxBodySize = 0 // limitTransport enforces MaxBody and reports it
	cl.CacheDir, cl.CacheExpiration = "", 0
	cl.IgnoreRobotsTxt = true // robotsCheck does it, before colly sees a request
	cl.Async = true
	cl.ParseHTTPErrorResponse = true
	cl.DetectCharset, cl.CheckHead, cl.TraceHTTP = false, false, false
	cl.Context = c.ctx
	cl.SetClient(c.client) // replaces the client COLLY_* variables touched
	// One rule for every host, set before any request: Concurrency requests
	// in flight to one host, and so to all of a crawl's hosts together
	// (a glob of one star always compiles).
	_ = cl.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: c.w.Concurrency})
	cl.OnRequestHeaders(c.pace)
	cl.OnResponse(c.onResponse)
	cl.OnError(c.onError)
	cl.OnScraped(func(*colly.Response) { c.finish() })
	return cl
}

// pace holds a request until its host's rate allows it.
func (c *crawler) pace(r *colly.Request) {
	if err := c.pacer.wait(c.ctx, r.URL.Host); err != nil {
		r.Abort()
	}
}

// onError turns a failed request into a failure Document and ends its
// job (colly calls OnScraped only for responses).
func (c *crawler) onError(r *colly.Response, err error) {
	c.fail(r.Ctx.Get(ctxURL), err)
	c.finish()
}

// onResponse turns a response into a Document: an HTTP error status
// becomes Err, 304 reuses the saved body, anything else is handed on.
func (c *crawler) onResponse(r *colly.Response) {
	key := r.Ctx.Get(ctxURL)
	switch {
	case r.StatusCode == http.StatusNotModified && c.cache != nil:
		c.reuse(r, key)
	case r.StatusCode >= 300:
		c.fail(key, &StatusError{Code: r.StatusCode})
	default:
		c.handle(r, key, r.StatusCode, *r.Headers, r.Body, false)
	}
}

// reuse handles a 304 answer with the body of the saved crawl.
func (c *crawler) reuse(r *colly.Response, key string) {
	e, _ := c.cache.lookup(key)
	body, err := c.cache.body(e)
	if err != nil {
		c.fail(key, err)
		return
	}
	c.handle(r, key, e.Status, e.Header, body, true)
}

// handle sends the Document of a fetched body (reused: from the saved
// crawl after a 304) and then, for HTML, follows its links, so a page
// comes before the pages it links to. A shell page is rendered first when
// the crawl renders. A page that another URL already stands for — its
// canonical URL was taken, or a page with the same bytes was read — is
// not sent again: its URL becomes an Alias of that page.
func (c *crawler) handle(r *colly.Response, key string, status int, h http.Header, body []byte, reused bool) {
	final, ok := normalizeURL(r.Request.URL)
	if !ok {
		final, _ = url.Parse(key)
	}
	src, fkey := final.String(), pageKey(final)
	if src != key && c.opt.Ignore != nil && c.opt.Ignore(src) { // redirected to an ignored URL
		c.prog.dropped()
		return
	}
	f := format.Detect(path.Base(final.Path), h.Get("Content-Type"), body)
	if f == "" {
		c.unknownFormat(r.Ctx, key, h.Get("Content-Type"))
		return
	}
	c.aliases.add(key, fkey, AliasRedirect) // nothing when key is fkey's page
	var (
		links pageLinks
		warns []error
	)
	if f == format.HTML {
		if body, links, warns = c.readHTML(final, h, body); c.canonicalTaken(src, fkey, links.canonical) {
			return
		}
	}
	if !unrendered(warns) {
		if first, dup := c.aliases.sameContent(fkey, body); dup {
			c.aliases.add(src, first, AliasContent)
			c.prog.dropped()
			return
		}
	}
	c.aliases.named(fkey, src)
	c.send(page{url: key, header: h, reused: reused, doc: Document{
		Source: src, Channel: c.channel(src), Format: f,
		Body: body, Status: status, Fetched: time.Now().UTC(), Warnings: warns,
	}})
	c.follow(r.Ctx, key, links.links)
}

// readHTML returns an HTML page's links, after rendering it when the crawl
// renders such a page: its DOM then stands for its body.
func (c *crawler) readHTML(u *url.URL, h http.Header, body []byte) ([]byte, pageLinks, []error) {
	links := extractLinks(u, body)
	if !c.render.wants(links.shell) {
		return body, links, nil
	}
	return c.renderPage(u, h, body, links)
}

// canonicalTaken reports whether the page src (key fkey) names as its
// canonical URL a page the crawl already took; its URL is then an alias
// of that page. Otherwise the canonical URL, when in scope, is taken as
// another URL of this page and is not fetched.
func (c *crawler) canonicalTaken(src, fkey string, cn *url.URL) bool {
	if cn == nil || !c.scope.hostAllowed(cn.Hostname()) || pageKey(cn) == fkey {
		return false
	}
	ck := pageKey(cn)
	if _, taken := c.visited.LoadOrStore(ck, true); taken {
		c.aliases.add(src, ck, AliasCanonical)
		c.prog.dropped()
		return true
	}
	c.aliases.add(cn.String(), fkey, AliasCanonical)
	return false
}

// renderPage renders an HTML page and returns its DOM and links, or, when
// it cannot, the page as fetched with a warning that says why.
func (c *crawler) renderPage(u *url.URL, h http.Header, body []byte, links pageLinks) ([]byte, pageLinks, []error) {
	if c.render.exe == "" {
		return body, links, []error{c.render.skipped(u.String())}
	}
	out, blocked, err := c.render.render(c.ctx, u, h, body)
	if err != nil {
		return body, links, []error{&RenderError{URL: u.String(), Reason: RenderFailed, Err: err}}
	}
	rendered := extractLinks(u, out)
	if links.shell.looksLikeShell() && rendered.shell.text < shellText/4 {
		blocked = append(blocked, &RenderError{URL: u.String(), Reason: RenderFailed, Err: errStillEmpty})
	}
	return out, rendered, blocked
}

// errStillEmpty is why a rendered shell is reported when its scripts left
// it as empty as it came.
var errStillEmpty = errors.New("the page still shows almost no text after its scripts ran: a script failed, or the content needs a login")

// unrendered reports whether warns say a shell page was read unrendered:
// such pages often share their bytes, and are not merged by content.
func unrendered(warns []error) bool {
	for _, w := range warns {
		var re *RenderError
		if errors.As(w, &re) && re.Reason != RenderBlocked {
			return true
		}
	}
	return false
}

// unknownFormat reports a start URL whose content is in no format
// onestory reads; such a page reached by a link is dropped quietly.
func (c *crawler) unknownFormat(rctx *colly.Context, key, contentType string) {
	if depth, _ := rctx.GetAny(ctxDepth).(int); depth > 0 {
		c.prog.dropped()
		return
	}
	c.fail(key, fmt.Errorf("unknown format (content type %q)", contentType))
}

// follow enqueues the in-scope links of the page of key one level
// deeper, when the page's links are followed (or, for a page a sitemap
// or URL list named, once a followed page links to it) and MaxDepth
// allows.
func (c *crawler) follow(rctx *colly.Context, key string, links []*url.URL) {
	depth, _ := rctx.GetAny(ctxDepth).(int)
	follow, _ := rctx.GetAny(ctxFollow).(bool)
	ri, _ := rctx.GetAny(ctxRoot).(int)
	if !follow {
		var ok bool
		if depth, ri, ok = c.listedFollow(keyOf(key), links); !ok {
			return
		}
	}
	c.followLinks(links, depth, ri)
}

// followLinks enqueues the in-scope links of a page at depth, on behalf
// of the start argument ri, when MaxDepth allows. A link to a page a
// sitemap or URL list named has that page's links followed.
func (c *crawler) followLinks(links []*url.URL, depth, ri int) {
	if c.w.MaxDepth > 0 && depth >= c.w.MaxDepth {
		return
	}
	for _, l := range links {
		if skipExts[strings.ToLower(path.Ext(l.Path))] {
			continue
		}
		if v, seen := c.visited.Load(pageKey(l)); seen {
			c.upgrade(v, depth+1, ri)
		} else if c.scope.allows(l) {
			c.enqueue(l, depth+1, true, ri)
		}
	}
}
