package crawl

import (
	"github.com/onestory/onestory/format"
	"io"
	"time"
)

// Document is one source's bytes with where they came from.
type Document struct {
	Source  string        // path relative to the working directory, or URL
	Channel string        // from the story's channel globs; "other" when none matches
	Format  format.Format // HTML, Markdown, Text, PDF, PPTX, DOCX, ODT or ODP
	Body    []byte
	// Err is set when the source could not be read or fetched; Body is then
	// empty and the checker reports an unreadable-source finding with Err.
	Err error
	// Warnings are problems with a source that was read all the same: a
	// page that looks rendered by scripts and was not rendered, requests a
	// rendered page made that were blocked (see RenderError).
	Warnings []error
	// Status and Fetched are set for documents that came over HTTP.
	Status  int
	Fetched time.Time
}

// Options says how sources are read and classified.
type Options struct {
	// Channel returns the channel of a source path or URL.
	Channel func(source string) string
	// Ignore reports whether a source path or URL is to be skipped.
	Ignore func(source string) bool
	// Keep, when set, reports whether a file, a saved page or a page of a
	// sitemap or URL list is this run's to read (a shard's); the others are
	// passed by unread and unreported. Folders are still walked, and pages
	// whose links a crawl follows are still fetched, to find the rest.
	Keep func(source string) bool
	// MaxFileSize is the largest file read; larger files become documents
	// with Err set. 0 means 32 MiB.
	MaxFileSize int64
	// Stdin is read for the source "-"; its format is sniffed.
	Stdin io.Reader
	// Web says how URLs, sitemaps and URL lists are fetched.
	Web WebOptions
	// Aliases, when set, is told of each URL a crawl found to be another
	// address of a page it read (a redirect, a canonical link, the same
	// bytes), after the crawl's pages. It is called from the goroutine that
	// called Walk.
	Aliases func(Alias)
	// Skipped, when set, is told of each file a directory walk passes by
	// without reading it, and why: an unknown format, a symbolic link that
	// leaves the folder or names a folder, a named pipe, a device or a
	// socket. Hidden files, version-control and dependency folders and
	// files whose extension says they are not content (images, fonts,
	// styles, scripts, data) are passed by without a word. It is called
	// from the goroutine that called Walk.
	Skipped func(Skip)
}

// Skip is a file a directory walk passed by without reading it.
type Skip struct {
	Source string `json:"source"` // as a Document's Source
	Reason string `json:"reason"` // why, e.g. `unknown extension ".rst", and ...`
}
