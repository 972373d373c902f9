package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Rendering waits until no request of the page has been in flight for
// quietFor, and no longer than quietMax after the load event.
const (
	quietFor = 500 * time.Millisecond
	quietMax = 10 * time.Second
)

// maxBlockedReported is the most blocked requests reported for one page.
const maxBlockedReported = 10

// skippedResources are never fetched for a rendered page: they hold no text.
var skippedResources = map[network.ResourceType]bool{
	network.ResourceTypeImage: true, network.ResourceTypeMedia: true, network.ResourceTypeFont: true,
	network.ResourceTypePing: true, network.ResourceTypeCSPViolationReport: true,
}

// droppedRequestHeaders are not passed from the browser to the crawl's
// transport: it sets them itself (encoding, cookies from its jar).
var droppedRequestHeaders = map[string]bool{
	"accept-encoding": true, "cookie": true, "host": true, "connection": true, "user-agent": true,
	"content-length": true,
}

// droppedResponseHeaders are not handed back to the browser: the body is
// already decoded, and cookies stay in the crawl's jar.
var droppedResponseHeaders = map[string]bool{
	"content-encoding": true, "content-length": true, "transfer-encoding": true,
	"set-cookie": true, "connection": true,
}

// renderPage is one page being rendered: the requests it has in flight,
// and those that were blocked.
type renderPage struct {
	r      *renderer
	tab    context.Context
	url    string
	header http.Header
	body   []byte

	served   atomic.Bool  // the page's own document was answered
	inflight atomic.Int64 // requests being answered
	last     atomic.Int64 // UnixNano of the last request started or ended
	mu       sync.Mutex
	blocked  []error
	seen     map[string]bool
}

// newRenderPage returns the state of rendering the page u.
func newRenderPage(r *renderer, tab context.Context, u string, header http.Header, body []byte) *renderPage {
	p := &renderPage{r: r, tab: tab, url: u, header: header, body: body, seen: map[string]bool{}}
	p.last.Store(time.Now().UnixNano())
	return p
}

// onEvent answers each paused request in its own goroutine (a listener
// must not call the browser itself).
func (p *renderPage) onEvent(ev any) {
	if e, ok := ev.(*fetch.EventRequestPaused); ok {
		p.inflight.Add(1)
		p.last.Store(time.Now().UnixNano())
		go p.answer(e)
	}
}

// answer serves the page's own document from the body already fetched,
// drops images, fonts and media, and fetches anything else through the
// crawl's transport.
func (p *renderPage) answer(e *fetch.EventRequestPaused) {
	defer func() {
		p.inflight.Add(-1)
		p.last.Store(time.Now().UnixNano())
	}()
	u := e.Request.URL
	switch {
	case e.ResourceType == network.ResourceTypeDocument && !p.served.Load() && p.served.CompareAndSwap(false, true):
		p.fulfil(e.RequestID, http.StatusOK, p.header, p.body)
	case skippedResources[e.ResourceType]:
		p.failReq(e.RequestID, network.ErrorReasonBlockedByClient)
	case !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://"):
		p.failReq(e.RequestID, network.ErrorReasonBlockedByClient)
	default:
		p.fetch(e)
	}
}

// fetch makes a request of the page with the crawl's transport and hands
// the response to the browser; a request the address guard refused is
// reported.
func (p *renderPage) fetch(e *fetch.EventRequestPaused) {
	var body io.Reader
	if e.Request.HasPostData {
		var b bytes.Buffer
		for _, d := range e.Request.PostDataEntries {
			b.Write(d.Bytes)
		}
		body = &b
	}
	req, err := http.NewRequestWithContext(p.tab, e.Request.Method, e.Request.URL, body)
	if err != nil {
		p.failReq(e.RequestID, network.ErrorReasonFailed)
		return
	}
	for k, v := range e.Request.Headers {
		if !droppedRequestHeaders[strings.ToLower(k)] {
			req.Header.Set(k, fmt.Sprint(v))
		}
	}
	req.Header.Set("User-Agent", p.r.userAgent)
	resp, err := p.r.client.Do(req)
	if err != nil {
		p.refused(e.Request.URL, err)
		p.failReq(e.RequestID, network.ErrorReasonFailed)
		return
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		p.failReq(e.RequestID, network.ErrorReasonFailed)
		return
	}
	p.fulfil(e.RequestID, resp.StatusCode, resp.Header, b)
}

// refused records a request the address guard refused, once per URL.
func (p *renderPage) refused(u string, err error) {
	var private *PrivateAddressError
	var redirect *RedirectError
	if !errors.As(err, &private) && !(errors.As(err, &redirect) && redirect.Reason == RedirectPrivate) {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen[u] || len(p.blocked) >= maxBlockedReported {
		return
	}
	p.seen[u] = true
	cause := error(private)
	if private == nil {
		cause = redirect
	}
	p.blocked = append(p.blocked, &RenderError{URL: p.url, Reason: RenderBlocked, Request: u, Err: cause})
}

// blockedRequests returns the warnings of the requests refused so far.
func (p *renderPage) blockedRequests() []error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]error(nil), p.blocked...)
}

// fulfil answers a paused request.
func (p *renderPage) fulfil(id fetch.RequestID, status int, h http.Header, body []byte) {
	var headers []*fetch.HeaderEntry
	for k, vs := range h {
		if droppedResponseHeaders[strings.ToLower(k)] {
			continue
		}
		for _, v := range vs {
			headers = append(headers, &fetch.HeaderEntry{Name: k, Value: v})
		}
	}
	params := fetch.FulfillRequestParams{RequestID: id, ResponseCode: int64(status), ResponseHeaders: headers, Body: body}
	_, _ = chromedp.Call(p.tab, fetch.FulfillRequest, params) // fails only when the tab is gone
}

// failReq fails a paused request.
func (p *renderPage) failReq(id fetch.RequestID, why network.ErrorReason) {
	_, _ = chromedp.Call(p.tab, fetch.FailRequest, fetch.FailRequestParams{RequestID: id, ErrorReason: why}) // as fulfil
}

// waitQuiet returns once no request has been in flight for quietFor, after
// quietMax, or when ctx ends.
func (p *renderPage) waitQuiet(ctx context.Context) {
	limit := time.NewTimer(quietMax)
	defer limit.Stop()
	tick := time.NewTicker(quietFor / 5)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-limit.C:
			return
		case <-tick.C:
			idle := time.Since(time.Unix(0, p.last.Load()))
			if p.inflight.Load() == 0 && idle >= quietFor {
				return
			}
		}
	}
}
