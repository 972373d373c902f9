package crawl

import "context"

// Temporary signatures so other packages compile; the crawl work replaces this file.

// Walk reads every source named in args — directories (recursively), files,
// "-" for standard input, URLs, sitemaps, saved crawls — and calls yield
// with each Document in turn. yield may block; Walk reads ahead no more
// than it must, so memory does not grow with the number of sources.
func Walk(ctx context.Context, args []string, opt Options, yield func(Document) error) error {
	return nil
}
