package check

import (
	"slices"
	"sync"

	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/report"
)

// otherURLs collects the other addresses of crawled pages (crawl.Alias),
// by the Source of the page read, for the report to name a page once.
type otherURLs struct {
	mu   sync.Mutex
	byOf map[string][]string
}

// add records one alias.
func (o *otherURLs) add(a crawl.Alias) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.byOf == nil {
		o.byOf = map[string][]string{}
	}
	o.byOf[a.Of] = append(o.byOf[a.Of], a.URL)
}

// attach sets the OtherURLs of the documents that have any, sorted.
func (o *otherURLs) attach(docs []report.Document) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for i, d := range docs {
		if urls := o.byOf[d.Source]; len(urls) > 0 {
			urls = slices.Clone(urls)
			slices.Sort(urls)
			docs[i].OtherURLs = slices.Compact(urls)
		}
	}
}

// alsoAlias returns a crawl.Options.Aliases that calls both prev (when
// set) and fn.
func alsoAlias(prev, fn func(crawl.Alias)) func(crawl.Alias) {
	if prev == nil {
		return fn
	}
	return func(a crawl.Alias) { prev(a); fn(a) }
}
