package crawl

import (
	"errors"
	"io"
	"net/http"
	"net/netip"
	"sync"
	"time"
)

// maxRedirects is the longest redirect chain followed.
const maxRedirects = 10

// newHTTPClient returns the client every request of a crawl goes through:
// guarded dialing, as many idle connections per host as requests in
// flight, no environment proxy (a proxy would bypass the address guard),
// the body limit, the crawl's own headers for the hosts forHost accepts,
// jar, and checkRedirect.
func newHTTPClient(w WebOptions, d *safeDialer, checkRedirect func(*http.Request, []*http.Request) error, jar http.CookieJar, forHost func(string) bool) *http.Client {
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100 + w.Concurrency,
		MaxIdleConnsPerHost:   w.Concurrency,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   w.handshakeLimit(),
		ResponseHeaderTimeout: w.requestLimit(),
	}
	return &http.Client{
		Transport:     &limitTransport{base: &headerTransport{base: tr, header: w.Header, forHost: forHost}, max: w.MaxBody},
		CheckRedirect: checkRedirect,
		Jar:           jar,
		Timeout:       w.requestLimit(),
	}
}

// limitTransport fails responses whose body is larger than max: at once
// when Content-Length says so, otherwise as soon as byte max+1 is read,
// so an oversized body is never held whole in memory. A request whose
// context carries robotsKey (robots.txt) always gets its body, to read
// up to max bytes of it.
type limitTransport struct {
	base http.RoundTripper
	max  int64
}

// RoundTrip sends req and wraps the response body in the limit.
func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > t.max && req.Context().Value(robotsKey{}) == nil {
		resp.Body.Close()
		return nil, &BodyTooLargeError{Limit: t.max}
	}
	resp.Body = &limitedBody{ReadCloser: resp.Body, left: t.max, limit: t.max}
	return resp, nil
}

// CloseIdleConnections closes the idle connections of the transport
// underneath, so a finished crawl leaves no connection open.
func (t *limitTransport) CloseIdleConnections() {
	if ci, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		ci.CloseIdleConnections()
	}
}

// limitedBody returns a *BodyTooLargeError once more than its limit is read.
type limitedBody struct {
	io.ReadCloser
	left  int64
	limit int64
}

// Read reads at most one byte past the limit, to tell "exactly the limit"
// from "over it".
func (b *limitedBody) Read(p []byte) (int, error) {
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return 0, &BodyTooLargeError{Limit: b.limit}
	}
	return n, err
}

// errIgnored marks a redirect to a URL the story's ignore globs skip: the
// request is dropped without a Document, as a link to it would be.
var errIgnored = errors.New("redirected to an ignored URL")

// redirectChecker decides which redirects a crawl follows.
type redirectChecker struct {
	scope   *scope
	guard   *guard
	visited *sync.Map
	ignore  func(string) bool // Options.Ignore; nil for none
}

// check is an http.Client CheckRedirect function: it stops loops, chains
// longer than maxRedirects, redirects off-site, to private IP literals
// and to pages already fetched.
func (rc *redirectChecker) check(req *http.Request, via []*http.Request) error {
	to := req.URL.String()
	n, ok := normalizeURL(req.URL)
	if !ok {
		return &RedirectError{To: to, Reason: RedirectNotHTTP}
	}
	key, seen := pageKey(n), 0
	for _, v := range via {
		if prev, ok := normalizeURL(v.URL); ok && pageKey(prev) == key {
			seen++
		}
	}
	switch {
	case seen > 1:
		return &RedirectError{To: to, Reason: RedirectLoop}
	case len(via) >= maxRedirects:
		return &RedirectError{To: to, Reason: RedirectTooMany}
	case isPrivateLiteral(rc.guard, n.Hostname()):
		return &RedirectError{To: to, Reason: RedirectPrivate}
	case !rc.scope.hostAllowed(n.Hostname()):
		return &RedirectError{To: to, Reason: RedirectOffSite}
	case rc.ignore != nil && rc.ignore(n.String()):
		return errIgnored
	}
	if seen == 0 && req.Context().Value(robotsKey{}) == nil {
		if _, loaded := rc.visited.LoadOrStore(key, true); loaded {
			return &duplicateError{to: key}
		}
	}
	return nil
}

// isPrivateLiteral reports whether host is an IP address the guard refuses.
func isPrivateLiteral(g *guard, host string) bool {
	ip, err := netip.ParseAddr(host)
	return err == nil && g.check("", ip) != nil
}
