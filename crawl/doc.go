// Package crawl turns sources — file trees, single files, standard input,
// URLs, sitemaps and saved crawls — into a stream of Documents, each with its
// format and channel. It reads bytes; it does not parse text.
package crawl
