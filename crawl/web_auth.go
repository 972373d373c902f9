package crawl

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// ParseHeader reads a request header as the command line gives it,
// "Name: value", and checks the name. The error never repeats what was
// given, which is often a secret.
func ParseHeader(s string) (name, value string, err error) {
	name, value, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.ContainsAny(name, " \t\r\n") {
		return "", "", fmt.Errorf("header: want \"Name: value\", a name without spaces, a colon, then the value")
	}
	value = strings.TrimSpace(value)
	if strings.ContainsAny(value, "\r\n") {
		return "", "", fmt.Errorf("header %q: the value has a line break", name)
	}
	return http.CanonicalHeaderKey(name), value, nil
}

// headerTransport adds the crawl's own request headers (WebOptions.Header)
// to requests for the hosts of its start URLs, and only to them: a page's
// links, redirects and the requests a rendered page makes to other hosts
// never carry them.
type headerTransport struct {
	base    http.RoundTripper
	header  http.Header
	forHost func(host string) bool
}

// RoundTrip sends req, with the headers when its host is one they are for.
func (t *headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if len(t.header) == 0 || !t.forHost(strings.ToLower(req.URL.Hostname())) {
		return t.base.RoundTrip(req)
	}
	req = req.Clone(req.Context())
	for k, vs := range t.header {
		req.Header.Del(k)
		for _, v := range vs {
			req.Header.Add(k, v)
		}
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
