package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"

	"github.com/onestory/onestory/internal/bytesize"
	"github.com/temoto/robotstxt"
)

// RobotsTooLargeError is the Err of a host's robots.txt (its Source is
// the robots.txt URL) when it is larger than the crawl's body limit. The
// rules in the first Limit bytes are obeyed and the rest ignored, as RFC
// 9309 section 2.5 lets a crawler do; it is reported once per host.
type RobotsTooLargeError struct {
	Host  string // host[:port]
	Limit int64  // the crawl's body limit in bytes
}

// Error says which host's robots.txt is too large and what was done.
func (e *RobotsTooLargeError) Error() string {
	return fmt.Sprintf("robots.txt of host %s is larger than the limit of %s: only the rules in its first %s are obeyed",
		e.Host, bytesize.Format(e.Limit), bytesize.Format(e.Limit))
}

// robotsCache holds each host's robots.txt rules for one crawl; each
// robots.txt is fetched once, whatever came of it.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsHost // scheme://host → its rules
}

// robotsHost is what a host's robots.txt says, once ready is closed.
type robotsHost struct {
	ready chan struct{}
	group *robotstxt.Group // the crawl's group; nil allows everything
	err   error            // the fetch failed: every page of the host fails with it
}

// robotsKey marks the context of a robots.txt request: its body may be
// read up to the body limit even when it is longer (see limitTransport),
// and its redirects are not pages of the crawl (a robots.txt redirected to
// the home page must not make the home page a duplicate; see
// redirectChecker).
type robotsKey struct{}

// robotsCheck returns nil when robots.txt lets the crawl fetch u,
// ErrBlockedByRobots when it does not, and the error of the robots.txt
// fetch when that failed. colly's own check is off (it fetches again
// after every failure, without the crawl's context, and reports a large
// robots.txt as the page's own size error).
func (c *crawler) robotsCheck(u *url.URL) error {
	if c.w.IgnoreRobots {
		return nil
	}
	key := u.Scheme + "://" + u.Host
	c.robots.mu.Lock()
	if c.robots.hosts == nil {
		c.robots.hosts = map[string]*robotsHost{}
	}
	h, ok := c.robots.hosts[key]
	if !ok {
		h = &robotsHost{ready: make(chan struct{})}
		c.robots.hosts[key] = h
	}
	c.robots.mu.Unlock()
	if !ok {
		h.group, h.err = c.fetchRobots(u.Host, key+"/robots.txt")
		close(h.ready)
	}
	select {
	case <-h.ready:
	case <-c.ctx.Done():
		return c.ctx.Err()
	}
	switch {
	case h.err != nil:
		return h.err
	case h.group == nil:
		return nil
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.Query().Encode()
	}
	if !h.group.Test(p) {
		return ErrBlockedByRobots
	}
	return nil
}

// fetchRobots GETs a host's robots.txt and returns the group of rules
// for the crawl's user agent. Over the body limit, the lines within it
// are read and the size is reported once, as the robots.txt's own
// failure.
func (c *crawler) fetchRobots(host, u string) (*robotstxt.Group, error) {
	ctx := context.WithValue(c.ctx, robotsKey{}, true)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.w.UserAgent)
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	var tooLarge *BodyTooLargeError
	switch {
	case errors.As(err, &tooLarge):
		body = body[:bytes.LastIndexByte(body, '\n')+1] // whole lines only
		c.fail(u, &RobotsTooLargeError{Host: host, Limit: c.w.MaxBody})
	case err != nil:
		return nil, err
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return nil, fmt.Errorf("robots.txt of host %s: %w", host, err)
	}
	return data.FindGroup(c.w.UserAgent), nil
}
