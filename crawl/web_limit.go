package crawl

import "fmt"

// LimitError is the Err of the Document a crawl sends, after its pages,
// when MaxPages cut it short: its Source is the start URL. It is a notice
// about the crawl, not a page that could not be read.
type LimitError struct {
	MaxPages    int   // the limit in force
	NotFollowed int64 // distinct in-scope URLs found and not fetched
}

// Error says the crawl stopped and how much it left.
func (e *LimitError) Error() string {
	return fmt.Sprintf("the crawl stopped at the limit of %d pages (--max-pages): %d links were not followed", e.MaxPages, e.NotFollowed)
}

// sendLimit sends a LimitError notice for each start argument whose page
// limit turned URLs away; a cancelled crawl sends none (it was cut short
// by the caller).
func (c *crawler) sendLimit() {
	if c.w.MaxPages <= 0 || c.parent.Err() != nil {
		return
	}
	var total int64
	for _, r := range c.roots {
		over := r.taken.Load() - int64(c.w.MaxPages)
		if over <= 0 {
			continue
		}
		total += over
		err := &LimitError{MaxPages: c.w.MaxPages, NotFollowed: over}
		c.out <- page{url: r.arg, doc: Document{Source: r.arg, Channel: c.channel(r.arg), Err: err}}
	}
	if total > 0 {
		c.prog.limited(c.w.MaxPages, total)
	}
}

// sendAliases sends the other URLs of the pages sent, once every page is.
func (c *crawler) sendAliases() {
	for _, a := range c.aliases.resolved() {
		c.out <- page{url: a.URL, alias: &a}
	}
}
