// Package prose is what the format readers share to build blocks: the
// text Builder (white space collapsed, invisible characters dropped,
// segments mapping the text back to source lines), the onestory-disable
// comment syntax, and the eight-byte scans the HTML and Markdown readers
// both use.
//
// Files: builder.go (Builder, Collapse, RunLen), directive.go
// (ParseDirective), blocks.go (BOM, ErrBinary, Hide, TitleContext), scan.go
// (PlainBlock, EntityEnd).
package prose
