package crawl

import (
	"context"
	"github.com/onestory/onestory/format"
	"io/fs"
	"os"
	"path/filepath"
)

// Count returns how many documents Walk(ctx, args, opt, ...) will yield,
// without reading a file: the local files and saved crawls of args, under
// the same rules as the walk (hidden and ignored entries passed by, only
// files of a known extension counted). It is the total of a progress bar:
// a file of unknown extension whose content turns out to be HTML, PDF or
// an Office document is not counted, so the walk may yield a few more. ok
// is false when the number cannot be known before the run: an argument is
// a URL, a sitemap or a URL list. A cancelled ctx ends the count with ok
// false.
func Count(ctx context.Context, args []string, opt Options) (n int, ok bool) {
	w := newWalker(opt, nil)
	for _, arg := range args {
		if ctx.Err() != nil || isURL(arg) || isSeedFile(arg) {
			return n, false
		}
		if arg == StdinSource {
			n++
			continue
		}
		src := w.display(arg)
		if w.opt.Ignore(src) {
			continue
		}
		info, err := os.Stat(arg)
		switch {
		case err != nil || !info.IsDir():
			n++ // a file, or the failure to read it: one document either way
		case IsSavedCrawl(arg):
			n += w.countSaved(arg)
		default:
			n += w.countDir(ctx, arg)
		}
	}
	return n, ctx.Err() == nil
}

// countSaved counts the pages of a saved crawl that the walk reads; an
// unreadable manifest is one document (its error).
func (w *walker) countSaved(dir string) int {
	n := 0
	err := readManifest(dir, func(_ int, e savedEntry, err error) error {
		if err != nil || !w.opt.Ignore(e.Source) {
			n++
		}
		return nil
	})
	if err != nil {
		n++
	}
	return n
}

// countDir counts the documents of a folder walk (see dir and found).
func (w *walker) countDir(ctx context.Context, root string) (n int) {
	_ = w.entries(ctx, root, func(p, _ string, top bool, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			n++ // an unreadable entry is a document with its error
			return nil
		case d.IsDir() && !top && IsSavedCrawl(p):
			n += w.countSaved(p)
			return filepath.SkipDir
		case d.IsDir():
			return nil
		}
		if format.FromName(p) != "" {
			n++
		}
		return nil
	})
	return n
}

// Crawled reports whether a source argument is read from the network: a
// URL, or a local sitemap or URL list whose pages are fetched. The crawl
// shows its own progress for those.
func Crawled(arg string) bool { return isURL(arg) || isSeedFile(arg) }
