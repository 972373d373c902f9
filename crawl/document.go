package crawl

import (
	"io"
	"time"
)

// Document is one source's bytes with where they came from.
type Document struct {
	Source  string // path relative to the working directory, or URL
	Channel string // from the story's channel globs; "other" when none matches
	Format  string // html | markdown | text | pdf | pptx | docx | odt | odp
	Body    []byte
	// Err is set when the source could not be read or fetched; Body is then
	// empty and the checker reports an unreadable-source finding with Err.
	Err error
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
	// MaxFileSize is the largest file read; larger files become documents
	// with Err set. 0 means 32 MiB.
	MaxFileSize int64
	// Stdin is read for the source "-"; its format is sniffed.
	Stdin io.Reader
	// Web says how URLs, sitemaps and URL lists are fetched.
	Web WebOptions
}
