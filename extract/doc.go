// Package extract holds what every format reader produces and every later
// stage reads: the Text of one document, its Blocks, each with the
// Location it came from, the Directives (onestory-disable comments),
// StructuredPrices and Products a page states, and Warnings. It knows no
// format and no story.
//
// Each format is read by a package of its own, which imports only this
// one (and extract/internal/prose, the text builder they share):
//
//   - extract/html: HTML pages (x/net/html, goquery), with JSON-LD and
//     microdata prices and the products of shop pages.
//   - extract/markdown: Markdown and MDX (goldmark), with front matter.
//   - extract/plain: plain text.
//   - extract/office: PPTX, DOCX, ODT and ODP, on a bounded zip and XML
//     reader.
//   - extract/pdf: PDF pages in reading order (github.com/ledongthuc/pdf),
//     with guards against loops.
//
// extract/reader is the one entry: reader.Extract(ctx, format, source,
// data) hands a document to the reader of its format. extract/isolate runs
// the same readers in a child process with time and memory budgets.
//
// Files: extract.go (Text, Block, Segment, Location, Directive, Warning,
// StructuredPrice, Func), product.go (Product), cursor.go (Cursor, the
// location of successive offsets of a block).
package extract
