// Package crawl turns sources — file trees, single files, standard input,
// URLs, sitemaps, URL lists and saved crawls — into a stream of Documents,
// each with its format and channel. It reads bytes; it does not parse text.
//
// Walk (walk.go) dispatches each argument. Files:
//
//   - files.go: folders and files (regular files only; Skip says what a
//     folder walk passed by); skip.go: the extensions a walk passes by
//     unopened (package format detects a document's format); git.go:
//     ChangedSince.
//   - web.go and web_*.go: crawling with colly — options, the frontier of
//     URLs to fetch with its own de-duplication, link extraction, URL
//     normalisation, per-host pacing, the HTTP transport and redirect
//     checks, errors; web_seeds.go: start URLs, sitemaps and .urls lists;
//     web_robots.go: robots.txt, once per host; web_dedupe.go: one
//     document per page (page keys, content hashes, Alias); web_limit.go:
//     the LimitError notice of a crawl cut short by MaxPages; web_auth.go:
//     request headers for the start hosts and Netscape cookie files.
//   - web_shell.go: RenderMode, telling a script shell (shellSigns, read
//     by the link tokenizer) and RenderError; web_render.go: the headless
//     Chromium of a crawl; web_render_page.go: one page rendering, every
//     request it makes answered through the crawl's transport.
//   - sitemap.go: sitemaps and sitemap indexes, gzip included.
//   - safety.go: refusing private, loopback and link-local addresses.
//   - saved.go, saved_index.go, saved_write.go: saved crawls (Save,
//     IsSavedCrawl) and reading them back offline; saved_lock.go: the
//     lock that keeps two crawls out of one folder.
//   - progress.go: the progress bar or periodic lines on standard error.
package crawl
