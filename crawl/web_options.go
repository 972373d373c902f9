package crawl

import (
	"io"
	"runtime/debug"
	"strings"
	"time"
)

// WebOptions says how URLs, sitemaps and URL lists are fetched. The zero
// value of a field means its default (see DefaultWebOptions).
type WebOptions struct {
	// MaxDepth is how many links away from a start URL the crawl goes;
	// 0 means no depth limit (MaxPages still bounds the crawl).
	MaxDepth int
	// MaxPages is the most URLs fetched in one crawl; 0 means the default
	// (10,000), a negative value means no limit.
	MaxPages int
	// Concurrency is the most requests in flight to one host, and to all
	// the hosts of one crawl together; 0 means 4. It is also the most pages
	// rendering at once.
	Concurrency int
	// Rate is the most requests per second sent to one host; 0 means no
	// limit beyond Concurrency.
	Rate float64
	// Timeout bounds one request, body included; 0 means 30 seconds and
	// a negative value no limit (a TLS handshake still gives up after
	// 10 seconds; cancelling the context stops every request).
	Timeout time.Duration
	// MaxBody is the largest response body read; a larger body becomes a
	// Document with Err. 0 means 10 MiB.
	MaxBody int64
	// UserAgent is sent with every request and matched against robots.txt
	// groups; "" means DefaultUserAgent().
	UserAgent string
	// IgnoreRobots fetches pages that robots.txt disallows.
	IgnoreRobots bool
	// AllowPrivate lets the crawl connect to private, loopback, link-local
	// and unspecified addresses even when no start URL is on one.
	AllowPrivate bool
	// StartsFromFile says the start URLs were read from a file (the story
	// file's sources), not given on the command line: like the URLs of a
	// URL list or a local sitemap, they put their hosts in scope but never
	// let the crawl reach the private, loopback or link-local address they
	// are on. Only AllowPrivate does then.
	StartsFromFile bool
	// AllowedDomains are followed besides the start URLs' own hosts; a
	// domain also allows its subdomains.
	AllowedDomains []string
	// DeniedDomains are never fetched, subdomains included; they win over
	// AllowedDomains.
	DeniedDomains []string
	// IncludePaths, when set, limits the crawl to URL paths matching one
	// of these globs ("/blog/**"); start URLs are always fetched.
	IncludePaths []string
	// ExcludePaths are URL path globs never fetched ("/cart/**").
	ExcludePaths []string
	// Progress receives the progress display (standard error in the CLI);
	// nil means none.
	Progress io.Writer
	// IsTerminal says Progress is a terminal: a live bar is drawn there;
	// otherwise a plain line is written every few seconds.
	IsTerminal bool
	// Quiet silences progress output.
	Quiet bool
	// Header holds request headers ("Authorization: …"), each sent only to
	// the host it is for (see RequestHeader), never elsewhere, and never
	// written into a report or a saved crawl.
	Header []RequestHeader
	// CookieFile is a Netscape cookie file whose cookies are sent to the
	// hosts and paths they are for.
	CookieFile string
	// Render says which HTML pages are loaded in headless Chromium and read
	// after their scripts ran; "" means RenderAuto.
	Render RenderMode
	// Browser is the Chromium (or Chrome) executable that renders pages;
	// "" looks for chromium, chromium-browser, google-chrome and
	// headless-shell on PATH.
	Browser string
	// FromCrawl is a directory written by Save; its pages are revalidated
	// with conditional requests and reused when the server answers 304.
	FromCrawl string

	// dial replaces the network dial in tests (see safety.go).
	dial dialFunc
	// lookup replaces DNS resolution in tests (see safety.go).
	lookup lookupFunc
}

// DefaultWebOptions returns the defaults the command line shows.
func DefaultWebOptions() WebOptions {
	return WebOptions{
		MaxPages:    10000,
		Concurrency: 4,
		Timeout:     30 * time.Second,
		MaxBody:     10 << 20,
		UserAgent:   DefaultUserAgent(),
	}
}

// DefaultUserAgent returns "onestory/<version> (+https://github.com/onestory/onestory)",
// with the version of the running binary ("dev" when built from a work tree).
func DefaultUserAgent() string {
	version := "dev"
	if info, ok := debug.ReadBuildInfo(); ok {
		v := info.Main.Version
		if v != "" && v != "(devel)" {
			version = strings.TrimPrefix(v, "v")
		}
	}
	return "onestory/" + version + " (+https://github.com/onestory/onestory)"
}

// requestLimit is the Timeout as net and net/http take it: 0 for none.
func (w WebOptions) requestLimit() time.Duration { return max(w.Timeout, 0) }

// handshakeLimit bounds a TLS handshake: Timeout, but never over 10 seconds.
func (w WebOptions) handshakeLimit() time.Duration {
	if w.Timeout < 0 {
		return 10 * time.Second
	}
	return min(w.Timeout, 10*time.Second)
}

// withDefaults fills the zero fields of w from DefaultWebOptions.
func (w WebOptions) withDefaults() WebOptions {
	d := DefaultWebOptions()
	if w.MaxPages == 0 {
		w.MaxPages = d.MaxPages
	}
	if w.Concurrency <= 0 {
		w.Concurrency = d.Concurrency
	}
	if w.Timeout == 0 {
		w.Timeout = d.Timeout
	}
	if w.MaxBody <= 0 {
		w.MaxBody = d.MaxBody
	}
	if w.UserAgent == "" {
		w.UserAgent = d.UserAgent
	}
	if w.Render == "" {
		w.Render = RenderAuto
	}
	return w
}
