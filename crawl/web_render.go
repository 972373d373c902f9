package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"sync"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// renderer loads pages in one headless Chromium per crawl, started on the
// first page that needs it, and returns their DOM after the scripts ran.
// The browser never touches the network: every request a page makes is
// paused (the DevTools Fetch domain) and answered by the crawl's own HTTP
// transport, so the address guard, the body limit, the timeouts and the
// crawl's headers and cookies (for their hosts only) apply to each one; a
// proxy that does not exist catches whatever the Fetch domain does not see
// (WebSockets, service workers). A nil *renderer renders nothing.
type renderer struct {
	mode      RenderMode
	exe       string          // the browser; "" when none was found
	crawl     context.Context // the crawl's; the browser ends with it
	client    *http.Client    // for the requests pages make
	userAgent string
	timeout   time.Duration // per page; 0 for none
	maxBody   int64
	sem       chan struct{} // pages rendering at once
	notice    io.Writer     // told once that shells were not rendered; nil for none

	once     sync.Once
	noted    sync.Once
	browser  context.Context
	stops    []context.CancelFunc
	dir      string       // the browser's fresh profile
	sink     net.Listener // the browser's proxy: closes every connection
	startErr error
}

// browserNames are the executables looked for on PATH, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell", "chrome"}

// findBrowser returns the path of the browser named (a path or a name on
// PATH) or, when name is "", of the first of browserNames on PATH; "" when
// there is none.
func findBrowser(name string) string {
	names := browserNames
	if name != "" {
		names = []string{name}
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// newRenderer returns the renderer of a crawl with options w, or nil when
// w renders nothing. RenderAlways without a browser is an error.
func newRenderer(ctx context.Context, w WebOptions, crawlClient *http.Client, g *guard) (*renderer, error) {
	if w.Render == RenderNever {
		return nil, nil
	}
	exe := findBrowser(w.Browser)
	if exe == "" && (w.Render == RenderAlways || w.Browser != "") {
		return nil, fmt.Errorf("render pages: %w", ErrNoBrowser)
	}
	client := &http.Client{
		Transport:     crawlClient.Transport,
		Jar:           crawlClient.Jar,
		Timeout:       crawlClient.Timeout,
		CheckRedirect: pageRedirect(g),
	}
	r := &renderer{
		mode: w.Render, exe: exe, crawl: ctx, client: client, userAgent: w.UserAgent,
		timeout: w.requestLimit(), maxBody: w.MaxBody, sem: make(chan struct{}, w.Concurrency),
	}
	if !w.Quiet {
		r.notice = w.Progress
	}
	return r, nil
}

// pageRedirect is the CheckRedirect of the requests a rendered page makes:
// any public host, as a browser goes, but never a private IP literal the
// guard refuses (a private host name is refused when it is dialled).
func pageRedirect(g *guard) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		switch {
		case len(via) >= maxRedirects:
			return &RedirectError{To: req.URL.String(), Reason: RedirectTooMany}
		case isPrivateLiteral(g, req.URL.Hostname()):
			return &RedirectError{To: req.URL.String(), Reason: RedirectPrivate}
		}
		return nil
	}
}

// wants reports whether a page with these signs is to be rendered.
func (r *renderer) wants(s shellSigns) bool {
	return r != nil && (r.mode == RenderAlways || r.mode == RenderAuto && s.looksLikeShell())
}

// skipped returns the warning of a shell page read as sent for want of a
// browser, and says once, on the progress writer, that it happens.
func (r *renderer) skipped(u string) error {
	r.noted.Do(func() {
		if r.notice != nil {
			fmt.Fprintln(r.notice, "onestory: some pages look filled in by scripts and no Chromium was found to render them; each is read as sent, with a render-incomplete warning (install chromium, or pass --render never)")
		}
	})
	return &RenderError{URL: u, Reason: RenderSkipped, Err: ErrNoBrowser}
}

// browserContext starts the browser the first time it is asked for.
func (r *renderer) browserContext() (context.Context, error) {
	r.once.Do(func() {
		dir, err := os.MkdirTemp("", "onestory-chromium-")
		if err != nil {
			r.startErr = fmt.Errorf("start Chromium: %w", err)
			return
		}
		r.dir = dir
		if r.sink, err = listenSink(); err != nil {
			r.startErr = fmt.Errorf("start Chromium: %w", err)
			return
		}
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(r.exe), chromedp.UserDataDir(dir),
			chromedp.NoSandbox, chromedp.DisableGPU,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("dns-prefetch-disable", true),
			chromedp.Flag("proxy-server", "http://"+r.sink.Addr().String()),
			chromedp.Flag("proxy-bypass-list", "<-loopback>"),
			chromedp.Flag("force-webrtc-ip-handling-policy", "disable_non_proxied_udp"),
			chromedp.Flag("mute-audio", true),
		)
		actx, acancel := chromedp.NewExecAllocator(r.crawl, opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		r.stops = []context.CancelFunc{bcancel, acancel}
		if err := chromedp.Do(bctx); err != nil {
			r.startErr = fmt.Errorf("start Chromium %s: %w", r.exe, err)
			return
		}
		r.browser = bctx
	})
	return r.browser, r.startErr
}

// listenSink returns a listener on loopback that closes every connection
// at once: the browser's proxy, so that a request the Fetch domain does not
// pause (a WebSocket, a service worker's) fails instead of reaching the
// network.
func listenSink() (net.Listener, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			conn.Close()
		}
	}()
	return l, nil
}

// close stops the browser, if it was started, and removes its profile.
func (r *renderer) close() {
	if r == nil {
		return
	}
	for _, stop := range r.stops {
		stop()
	}
	if r.sink != nil {
		r.sink.Close()
	}
	if r.dir != "" {
		os.RemoveAll(r.dir)
	}
}

// render loads the page u, whose fetched response was header and body, and
// returns its DOM as HTML once the page has loaded and its requests have
// gone quiet, with a warning for each request the page made that was
// blocked. Pages render Concurrency at a time.
func (r *renderer) render(ctx context.Context, u *url.URL, header http.Header, body []byte) ([]byte, []error, error) {
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	defer func() { <-r.sem }()
	bctx, err := r.browserContext()
	if err != nil {
		return nil, nil, err
	}
	tab, closeTab := chromedp.NewContext(bctx)
	defer closeTab()
	defer context.AfterFunc(ctx, closeTab)()
	tctx := tab
	if r.timeout > 0 {
		var cancel context.CancelFunc
		tctx, cancel = context.WithTimeout(tab, r.timeout)
		defer cancel()
	}
	p := newRenderPage(r, tab, u.String(), header, body)
	if err := chromedp.Listen(tab, p.onEvent); err != nil {
		return nil, nil, err
	}
	return p.load(tctx)
}

// load enables interception, navigates, waits for quiet and reads the DOM.
func (p *renderPage) load(ctx context.Context) ([]byte, []error, error) {
	patterns := []*fetch.RequestPattern{{URLPattern: "*"}}
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: patterns}); err != nil {
		return nil, nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(p.url)); err != nil {
		return nil, nil, p.cause(ctx, err)
	}
	p.waitQuiet(ctx)
	html, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	if err != nil {
		return nil, nil, p.cause(ctx, err)
	}
	if int64(len(html)) > p.r.maxBody {
		return nil, nil, &BodyTooLargeError{Limit: p.r.maxBody}
	}
	return append([]byte("<!DOCTYPE html>\n"), html...), p.blockedRequests(), nil
}

// cause names a timeout as the crawl does.
func (p *renderPage) cause(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{After: p.r.timeout}
	}
	return err
}
