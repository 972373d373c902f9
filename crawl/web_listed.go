package crawl

import (
	"net/url"
	"sync"
)

// listed is a page taken without following its links — a sitemap or a
// URL list named it — in a crawl where some start page's links are
// followed. When that crawl reaches the page by a link too, the page is
// still fetched once, and its links are followed as if the link had
// taken it first, whichever of the two came first.
type listed struct {
	mu      sync.Mutex
	follow  bool       // a followed page links to it: follow its links
	depth   int        // the depth of that link
	root    int        // the start argument of that link
	handled bool       // its page was read
	links   []*url.URL // its links, kept from reading until follow is set
}

// upgrade is called when a followed page links to a page taken already,
// whose visited entry is v: when that page came from a sitemap or URL
// list, its links are followed from now on, or at once if it was read
// already.
func (c *crawler) upgrade(v any, depth, ri int) {
	l, ok := v.(*listed)
	if !ok {
		return
	}
	l.mu.Lock()
	if l.follow {
		l.mu.Unlock()
		return
	}
	l.follow, l.depth, l.root = true, depth, ri
	links, handled := l.links, l.handled
	l.links = nil
	l.mu.Unlock()
	if handled {
		c.followLinks(links, depth, ri)
	}
}

// listedFollow is called when the page of key, taken without following
// its links, was read: it returns the depth and start argument to follow
// its links with when a followed page linked to it, or keeps the links
// in case one does later.
func (c *crawler) listedFollow(key string, links []*url.URL) (depth, ri int, ok bool) {
	v, _ := c.visited.Load(key)
	l, ok := v.(*listed)
	if !ok {
		return 0, 0, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.handled = true
	if l.follow {
		return l.depth, l.root, true
	}
	l.links = links
	return 0, 0, false
}
