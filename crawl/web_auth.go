package crawl

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// RequestHeader is a header a crawl sends, and the host it is for.
type RequestHeader struct {
	// Host is the host name the header goes to (any port); "" means the
	// hosts of the crawl's start URLs and their www. twins.
	Host        string
	Name, Value string
}

// ParseHeader reads a request header as the command line gives it:
// "Name: value" for the start URLs' hosts, or "host=Name: value" for one
// host (a port after the host is ignored). The error never repeats what
// was given, which is often a secret.
func ParseHeader(s string) (RequestHeader, error) {
	host, rest := splitHeaderHost(s)
	name, value, ok := strings.Cut(rest, ":")
	name, value = strings.TrimSpace(name), strings.TrimSpace(value)
	switch {
	case !ok || !validHeaderName(name):
		return RequestHeader{}, errors.New(`header: want "Name: value" or "host=Name: value", a name of letters, digits and "-", a colon, then the value`)
	case host == "" && strings.HasPrefix(value, "//") && (strings.EqualFold(name, "http") || strings.EqualFold(name, "https")):
		return RequestHeader{}, errors.New(`header: want a host name before "=", not a URL, as in "portal.example.com=Authorization: Bearer …"`)
	case strings.ContainsAny(value, "\r\n"):
		return RequestHeader{}, fmt.Errorf("header %s: the value has a line break", http.CanonicalHeaderKey(name))
	}
	return RequestHeader{Host: host, Name: http.CanonicalHeaderKey(name), Value: value}, nil
}

// splitHeaderHost splits "host=Name: value" into the host, lower case and
// without a port, and the header; s without a host before "=" (a header
// whose value has "=" in it, as tokens do) is all header.
func splitHeaderHost(s string) (host, header string) {
	pre, post, found := strings.Cut(s, "=")
	pre = strings.TrimSpace(pre)
	if !found || pre == "" || !strings.Contains(post, ":") {
		return "", s
	}
	for _, r := range pre {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-:[]", r)) {
			return "", s
		}
	}
	if h, _, err := net.SplitHostPort(pre); err == nil {
		pre = h
	}
	return strings.ToLower(strings.Trim(pre, "[]")), post
}

// validHeaderName reports whether name is an HTTP header name (a token).
func validHeaderName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!#$%&'*+-.^_`|~", r)) {
			return false
		}
	}
	return true
}

// headerTransport adds the crawl's own request headers (WebOptions.Header)
// to requests for the hosts they are for, and only to them: a page's
// links, redirects and the requests a rendered page makes to other hosts
// never carry them.
type headerTransport struct {
	base    http.RoundTripper
	header  []RequestHeader
	forHost func(host string) bool // whether a host is a start URL's
}

// RoundTrip sends req, with the headers that are for its host in place
// of any of the same name.
func (t *headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var mine []RequestHeader
	host := strings.ToLower(req.URL.Hostname())
	for _, h := range t.header {
		if h.Host == host || h.Host == "" && t.forHost(host) {
			mine = append(mine, h)
		}
	}
	if len(mine) == 0 {
		return t.base.RoundTrip(req)
	}
	req = req.Clone(req.Context())
	for _, h := range mine {
		req.Header.Del(h.Name)
	}
	for _, h := range mine {
		req.Header.Add(h.Name, h.Value)
	}
	return t.base.RoundTrip(req)
}

// CloseIdleConnections closes the idle connections underneath.
func (t *headerTransport) CloseIdleConnections() {
	if ci, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		ci.CloseIdleConnections()
	}
}

// newJar returns the crawl's cookie jar, holding the cookies of a
// Netscape cookie file when name is set. The jar sends each cookie only
// to the hosts its domain and path match, and secure ones only over HTTPS.
func newJar(name string, now time.Time) (http.CookieJar, error) {
	jar, _ := cookiejar.New(nil) // cookiejar.New never fails without options
	if name == "" {
		return jar, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cookie file: %w", err)
	}
	defer f.Close()
	cookies, err := readCookieFile(bufio.NewScanner(f), now)
	if err != nil {
		return nil, fmt.Errorf("cookie file %s: %w", name, err)
	}
	for _, c := range cookies {
		jar.SetCookies(c.url, []*http.Cookie{c.cookie})
	}
	return jar, nil
}

// fileCookie is a cookie of a cookie file and the URL it was set for.
type fileCookie struct {
	url    *url.URL
	cookie *http.Cookie
}

// readCookieFile reads a Netscape cookie file (curl's -c, browsers'
// "cookies.txt" exports): tab-separated domain, include-subdomains flag,
// path, secure flag, expiry (Unix seconds, 0 for a session cookie), name
// and value. Comment lines start with #, except the "#HttpOnly_" prefix
// of a domain. Expired cookies are left out. Errors name the line, never
// the value.
func readCookieFile(sc *bufio.Scanner, now time.Time) ([]fileCookie, error) {
	var out []fileCookie
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		line, httpOnly := strings.CutPrefix(line, "#HttpOnly_")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, err := parseCookieLine(line, httpOnly)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if !c.cookie.Expires.IsZero() && c.cookie.Expires.Before(now) {
			continue
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// parseCookieLine reads one line of a cookie file.
func parseCookieLine(line string, httpOnly bool) (fileCookie, error) {
	f := strings.Split(line, "\t")
	if len(f) == 6 { // an empty value loses its tab in some exports
		f = append(f, "")
	}
	if len(f) != 7 {
		return fileCookie{}, fmt.Errorf("want 7 tab-separated fields, found %d", len(f))
	}
	domain := strings.ToLower(strings.TrimSpace(f[0]))
	host := strings.TrimPrefix(domain, ".")
	if host == "" || f[5] == "" {
		return fileCookie{}, fmt.Errorf("a cookie needs a domain and a name")
	}
	expiry, err := strconv.ParseInt(strings.TrimSpace(f[4]), 10, 64)
	if err != nil {
		return fileCookie{}, fmt.Errorf("expiry %q is not a number of seconds", f[4])
	}
	secure := strings.EqualFold(f[3], "TRUE")
	scheme := "http"
	if secure {
		scheme = "https"
	}
	c := &http.Cookie{Name: f[5], Value: f[6], Path: f[2], Secure: secure, HttpOnly: httpOnly}
	if strings.EqualFold(f[1], "TRUE") {
		c.Domain = host // sent to the subdomains too
	}
	if expiry > 0 {
		c.Expires = time.Unix(expiry, 0)
	}
	if c.Path == "" {
		c.Path = "/"
	}
	return fileCookie{url: &url.URL{Scheme: scheme, Host: host, Path: c.Path}, cookie: c}, nil
}
