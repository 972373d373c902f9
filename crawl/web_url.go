package crawl

import (
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
)

// trackingParams are query parameters that only track a visit; URLs that
// differ in them are the same page.
var trackingParams = map[string]bool{
	"gclid": true, "fbclid": true, "msclkid": true, "dclid": true,
	"yclid": true, "mc_cid": true, "mc_eid": true, "_hsenc": true, "_hsmi": true,
}

// isTrackingParam reports whether the query key k only tracks a visit.
func isTrackingParam(k string) bool {
	k = strings.ToLower(k)
	return strings.HasPrefix(k, "utm_") || trackingParams[k]
}

// normalizeURL returns the form of u that the crawl de-duplicates on:
// lowercase scheme and host, no default port, no fragment, no tracking
// parameters, sorted query, "/" for an empty path. It returns false for
// URLs that are not http or https.
func normalizeURL(u *url.URL) (*url.URL, bool) {
	n := *u
	n.Scheme = strings.ToLower(n.Scheme)
	if n.Scheme != "http" && n.Scheme != "https" || n.Hostname() == "" {
		return nil, false
	}
	n.Host = strings.ToLower(n.Host)
	if p := n.Port(); p == "80" && n.Scheme == "http" || p == "443" && n.Scheme == "https" {
		n.Host = n.Hostname()
		if strings.Contains(n.Host, ":") {
			n.Host = "[" + n.Host + "]"
		}
	}
	n.Fragment, n.RawFragment = "", ""
	n.User = nil
	if n.Path == "" {
		n.Path, n.RawPath = "/", ""
	}
	if n.RawQuery != "" {
		n.RawQuery = cleanQuery(n.RawQuery)
	}
	n.ForceQuery = false
	return &n, true
}

// cleanQuery drops tracking parameters and sorts the rest.
func cleanQuery(raw string) string {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return raw
	}
	for k := range q {
		if isTrackingParam(k) {
			delete(q, k)
		}
	}
	return q.Encode()
}

// parseStartURL parses a URL given by the user and normalises it.
func parseStartURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("read URL %q: %w", raw, err)
	}
	n, ok := normalizeURL(u)
	if !ok {
		return nil, fmt.Errorf("read URL %q: want an http or https URL with a host", raw)
	}
	return n, nil
}

// scope says which URLs a crawl may fetch: the start URLs' hosts (and
// their www. twin), AllowedDomains, minus DeniedDomains, filtered by the
// path globs.
type scope struct {
	mu      sync.RWMutex
	hosts   map[string]bool
	allowed []string
	denied  []string
	include []string
	exclude []string
}

// newScope checks the globs of w and returns a scope with no start hosts.
func newScope(w WebOptions) (*scope, error) {
	for _, g := range append(append([]string{}, w.IncludePaths...), w.ExcludePaths...) {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("path glob %q is not valid", g)
		}
	}
	return &scope{
		hosts:   map[string]bool{},
		allowed: lowerAll(w.AllowedDomains),
		denied:  lowerAll(w.DeniedDomains),
		include: w.IncludePaths,
		exclude: w.ExcludePaths,
	}, nil
}

// lowerAll returns the domains in lower case without a leading dot.
func lowerAll(domains []string) []string {
	out := make([]string, 0, len(domains))
	for _, d := range domains {
		if d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), "."); d != "" {
			out = append(out, d)
		}
	}
	return out
}

// addStart puts a start URL's host, and its www. twin, in scope.
func (s *scope) addStart(u *url.URL) {
	h := u.Hostname()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hosts[h] = true
	if twin, ok := strings.CutPrefix(h, "www."); ok {
		s.hosts[twin] = true
	} else {
		s.hosts["www."+h] = true
	}
}

// isStart reports whether host is the host of a start URL.
func (s *scope) isStart(host string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.hosts[host]
}

// hostAllowed reports whether URLs on host may be fetched.
func (s *scope) hostAllowed(host string) bool {
	if matchDomain(s.denied, host) {
		return false
	}
	return s.isStart(host) || matchDomain(s.allowed, host)
}

// pathAllowed reports whether a URL path passes the include and exclude globs.
func (s *scope) pathAllowed(path string) bool {
	for _, g := range s.exclude {
		if ok, _ := doublestar.Match(g, path); ok {
			return false
		}
	}
	if len(s.include) == 0 {
		return true
	}
	for _, g := range s.include {
		if ok, _ := doublestar.Match(g, path); ok {
			return true
		}
	}
	return false
}

// allows reports whether a (normalised) link may be followed.
func (s *scope) allows(u *url.URL) bool {
	return s.hostAllowed(u.Hostname()) && s.pathAllowed(u.Path)
}

// matchDomain reports whether host is one of domains or a subdomain of one.
func matchDomain(domains []string, host string) bool {
	for _, d := range domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}
