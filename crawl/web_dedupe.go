package crawl

import (
	"crypto/sha256"
	"fmt"
	"net/url"
	"strings"
	"sync"
)

// Why a URL is another address of a page, for Alias.Why.
const (
	AliasRedirect  = "redirect"     // it redirected to the page
	AliasCanonical = "canonical"    // a <link rel="canonical"> names the page
	AliasContent   = "same content" // its body is byte for byte the page's
)

// Alias is a URL the crawl found to be another address of a page it read:
// the page is read once, under Of, and the URL is not read again.
type Alias struct {
	URL string // the other address
	Of  string // the Source of the Document read
	Why string // one of the Alias* constants
}

// pageKey returns the key a crawl de-duplicates pages on: the normalised
// URL without a trailing slash (except the root's), so "/pricing/" and
// "/pricing" are one page. The URL fetched keeps its slash, since some
// servers only answer one of the two.
func pageKey(u *url.URL) string {
	if len(u.Path) <= 1 || !strings.HasSuffix(u.Path, "/") {
		return u.String()
	}
	n := *u
	n.Path = strings.TrimSuffix(n.Path, "/")
	n.RawPath = strings.TrimSuffix(n.RawPath, "/")
	return n.String()
}

// keyOf returns the page key of a URL string the crawl normalised.
func keyOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return pageKey(u)
}

// duplicateError marks a request whose page the crawl already took (a
// redirect to it): the request is dropped and the URL becomes an Alias.
type duplicateError struct {
	to string // the page key of the page it leads to
}

// Error says where the duplicate led.
func (e *duplicateError) Error() string { return fmt.Sprintf("already fetched %q", e.to) }

// aliases records the other URLs of pages while a crawl runs, by page key,
// and resolves them to the Sources of the pages read when it ends (a page
// can still be in flight when its duplicate is found).
type aliases struct {
	mu     sync.Mutex
	names  map[string]string // page key → Source of the Document sent
	hashes map[[32]byte]string
	found  []pendingAlias
}

// pendingAlias is an alias whose page is named by its key.
type pendingAlias struct {
	url, key, why string
}

// named records that the page of key was sent as source.
func (a *aliases) named(key, source string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.names == nil {
		a.names = map[string]string{}
	}
	if _, ok := a.names[key]; !ok {
		if source == key {
			source = key // one string held, not two equal ones
		}
		a.names[key] = source
	}
}

// add records u as another URL of the page of key.
func (a *aliases) add(u, key, why string) {
	if keyOf(u) == key {
		return
	}
	a.mu.Lock()
	a.found = append(a.found, pendingAlias{url: u, key: key, why: why})
	a.mu.Unlock()
}

// sameContent returns the key of a page already read with body's bytes,
// after recording body as key's when it is the first.
func (a *aliases) sameContent(key string, body []byte) (string, bool) {
	sum := sha256.Sum256(body)
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.hashes == nil {
		a.hashes = map[[32]byte]string{}
	}
	if first, ok := a.hashes[sum]; ok && first != key {
		return first, true
	}
	a.hashes[sum] = key
	return "", false
}

// resolved returns the aliases whose page was sent, each URL once; those
// of pages that failed or were never read are dropped.
func (a *aliases) resolved() []Alias {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []Alias
	seen := map[string]bool{}
	for _, p := range a.found {
		of, ok := a.names[p.key]
		if !ok || seen[p.url] || p.url == of {
			continue
		}
		seen[p.url] = true
		out = append(out, Alias{URL: p.url, Of: of, Why: p.why})
	}
	return out
}
