// Package html reads HTML pages into extract.Text: Extract.
//
// One scan that cuts tokens where the parser's tokenizer does
// (html_scan*.go) records where every text token stands (html_index.go,
// html_pos.go, html_lines.go); one walk builds blocks with CSS paths and
// heading, card and table context (html_walk.go, html_frame.go,
// html_table.go, html_selector.go, html_runs.go); site chrome and hidden
// elements are skipped (html_skip.go); over-deep pages are flattened
// (html_flatten.go); the buffers are reused from page to page (html.go).
// structured.go and structured_microdata.go read JSON-LD and microdata
// prices; product*.go the products of shop pages (structured data,
// product pages and listing cards).
package html
