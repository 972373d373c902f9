package crawl

import (
	"net/http"
	"testing"
	"time"
)

// TestNoTimeout checks what each Timeout gives the HTTP client: 0 the
// default of 30 seconds, a negative value no limit on the request (but a
// TLS handshake still gives up after 10 seconds), a positive one itself.
func TestNoTimeout(t *testing.T) {
	tests := []struct {
		timeout            time.Duration
		request, handshake time.Duration
		message            string
	}{
		{0, 30 * time.Second, 10 * time.Second, "timed out after 30s"},
		{-1, 0, 10 * time.Second, "timed out"},
		{2 * time.Second, 2 * time.Second, 2 * time.Second, "timed out after 2s"},
	}
	for _, tt := range tests {
		w := WebOptions{Timeout: tt.timeout}.withDefaults()
		c := newHTTPClient(w, newSafeDialer(newGuard(false), nil, nil, w.requestLimit()), nil, nil, func(string) bool { return false })
		tr := c.Transport.(*limitTransport).base.(*headerTransport).base.(*http.Transport)
		if c.Timeout != tt.request || tr.ResponseHeaderTimeout != tt.request || tr.TLSHandshakeTimeout != tt.handshake {
			t.Errorf("Timeout %v: client %v, response header %v, handshake %v; want %v, %v, %v", tt.timeout,
				c.Timeout, tr.ResponseHeaderTimeout, tr.TLSHandshakeTimeout, tt.request, tt.request, tt.handshake)
		}
		if got := (&TimeoutError{After: w.Timeout}).Error(); got != tt.message {
			t.Errorf("Timeout %v: TimeoutError says %q, want %q", tt.timeout, got, tt.message)
		}
	}
}
