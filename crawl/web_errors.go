package crawl

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"syscall"
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
	if cerr := connectError(err); cerr != nil {
		return cerr
	}
	return err
}

// ConnectError is the Err of a request that reached no server: the
// connection was refused or reset, the host name does not resolve, or the
// network has no route to it. Its message says so in a reader's terms,
// without Go's "dial tcp" detail.
type ConnectError struct {
	Host   string // the host name or address:port, where known
	Reason string // "refused the connection", "is not a known host name", …
	Err    error  // the cause
}

// Error returns e.g. "127.0.0.1:1 refused the connection (is the server
// running, and is the port right?)".
func (e *ConnectError) Error() string {
	if e.Host == "" {
		return "the server " + e.Reason
	}
	return e.Host + " " + e.Reason
}

// Unwrap returns the cause.
func (e *ConnectError) Unwrap() error { return e.Err }

// connectError returns the ConnectError that err is, or nil.
func connectError(err error) *ConnectError {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return &ConnectError{Host: dns.Name, Reason: "is not a known host name (check its spelling)", Err: err}
		}
		return &ConnectError{Host: dns.Name, Reason: "could not be looked up (is the network up?)", Err: err}
	}
	host := ""
	var op *net.OpError
	if errors.As(err, &op) && op.Addr != nil {
		host = op.Addr.String()
	}
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return &ConnectError{Host: host, Reason: "refused the connection (is the server running, and is the port right?)", Err: err}
	case errors.Is(err, syscall.ECONNRESET):
		return &ConnectError{Host: host, Reason: "closed the connection before answering", Err: err}
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return &ConnectError{Host: host, Reason: "cannot be reached from this network", Err: err}
	}
	return nil
}

// isTLSError reports whether err comes from the TLS handshake or
// certificate verification.
func isTLSError(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "tls:") || strings.Contains(msg, "x509:")
}
