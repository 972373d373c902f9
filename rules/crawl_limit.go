package rules

import (
	"errors"
	"fmt"

	"github.com/onestory/onestory/crawl"
)

var crawlLimit = &Rule{
	ID: "crawl-limit",
	Doc: `A crawl that stopped at its page limit

A crawl that reached --max-pages (10,000 by default) stops taking new
pages; the links it found past the limit are not followed, so the check
saw less of the site than the site has. The finding, at the start URL,
says how many links were left: “The crawl of https://northwind.example/
stopped at the limit of 10000 pages (--max-pages): 1 links were not
followed.” Raise --max-pages, narrow the crawl with --include or
--exclude, or give a sitemap.`,
	Severity: Warning,
	Scope:    Document,
	Check:    checkCrawlLimit,
}

// checkCrawlLimit reports the notice of a crawl the page limit cut short;
// it runs on notices (Checker.Notice) and finds nothing in documents.
func checkCrawlLimit(p *Pass) {
	var le *crawl.LimitError
	if !errors.As(p.Err, &le) {
		return
	}
	p.Report(Finding{
		Message: fmt.Sprintf("The crawl of %s stopped at the limit of %d pages (--max-pages): %d links were not followed.",
			p.Doc.Source, le.MaxPages, le.NotFollowed),
		Location: locationOf(p.Doc.Source),
		Expected: "every in-scope page crawled",
		Found:    fmt.Sprintf("%d links not followed", le.NotFollowed),
	})
}
