package crawl

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/onestory/onestory/internal/bytesize"
)

// ErrBlockedByRobots is the Err of a page that robots.txt disallows.
var ErrBlockedByRobots = errors.New("blocked by robots.txt")

// StatusError is the Err of a page that answered with an HTTP error status.
type StatusError struct {
	Code int // the HTTP status code, e.g. 404
}

// Error returns "HTTP 404 Not Found".
func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// BodyTooLargeError is the Err of a response whose body exceeds MaxBody.
type BodyTooLargeError struct {
	Limit int64 // the limit in bytes
}

// Error returns "body exceeds 10 MB limit".
func (e *BodyTooLargeError) Error() string {
	return "body exceeds " + bytesize.Format(e.Limit) + " limit"
}

// Reasons a redirect is not followed, for RedirectError.Reason.
const (
	// RedirectLoop: the chain came back to a URL it had passed twice.
	RedirectLoop = "loop"
	// RedirectOffSite: the target is outside the crawl's domains.
	RedirectOffSite = "off-site"
	// RedirectPrivate: the target is a private, loopback or link-local IP.
	RedirectPrivate = "private address"
	// RedirectTooMany: the chain is longer than 10 redirects.
	RedirectTooMany = "too many"
	// RedirectNotHTTP: the target is not an http or https URL.
	RedirectNotHTTP = "not http"
)

// RedirectError is the Err of a page whose redirect was not followed.
type RedirectError struct {
	To     string // the URL redirected to
	Reason string // one of the Redirect* constants
}

// Error says why the redirect was not followed and where it pointed,
// e.g. `redirected off-site to "https://other.example/"`.
func (e *RedirectError) Error() string {
	switch e.Reason {
	case RedirectLoop:
		return fmt.Sprintf("redirect loop back to %q", e.To)
	case RedirectTooMany:
		return fmt.Sprintf("more than %d redirects, last to %q", maxRedirects, e.To)
	case RedirectPrivate:
		return fmt.Sprintf("redirected to private address %q (use --allow-private to allow)", e.To)
	case RedirectNotHTTP:
		return fmt.Sprintf("redirected to non-HTTP URL %q", e.To)
	}
	return fmt.Sprintf("redirected off-site to %q", e.To)
}

// TimeoutError is the Err of a request that ran out of time.
type TimeoutError struct {
	After time.Duration // the timeout in force; negative when there was none
}

// Error returns "timed out after 30s", or "timed out" when no Timeout was
// in force (the network or a TLS handshake gave up).
func (e *TimeoutError) Error() string {
	if e.After <= 0 {
		return "timed out"
	}
	return fmt.Sprintf("timed out after %s", e.After)
}

// fetchError turns what colly or net/http returned into the Err of a
// Document: it unwraps transport noise and names the cause.
func fetchError(err error, timeout time.Duration) error {
	var (
		tooLarge *BodyTooLargeError
		redirect *RedirectError
		private  *PrivateAddressError
		netErr   net.Error
	)
	switch {
	case errors.As(err, &tooLarge):
		return tooLarge
	case errors.As(err, &redirect):
		return redirect
	case errors.As(err, &private):
		return private
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		return ErrBlockedByRobots
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return &TimeoutError{After: timeout}
	case isTLSError(err):
		return fmt.Errorf("TLS: %w", err)
	}
	return err
}

// isTLSError reports whether err comes from the TLS handshake or
// certificate verification.
func isTLSError(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "tls:") || strings.Contains(msg, "x509:")
}
