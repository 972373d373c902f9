// Package extract turns the bytes of one document into blocks of text, each
// with the Location it came from. It knows formats, not the story.
//
// Extract dispatches on the format name (formats.go). Files:
//
//   - extract.go: Text, Block, Segment, Location, Directive, Warning.
//   - html.go and html_*.go: HTML (x/net/html, goquery); one scan that cuts
//     tokens where the parser's tokenizer does (html_scan*.go) records
//     where every text token stands (html_index.go, html_pos.go,
//     html_lines.go), one walk builds blocks with CSS paths and heading,
//     card and table context (html_walk.go, html_frame.go, html_table.go,
//     html_selector.go, html_runs.go), site chrome and hidden elements are
//     skipped (html_skip.go), over-deep pages are flattened
//     (html_flatten.go); the buffers are reused from page to page (html.go).
//   - structured.go, structured_microdata.go: JSON-LD and microdata prices.
//   - markdown.go and markdown_*.go: Markdown and MDX with goldmark, front
//     matter, inline text; paragraphs with nothing for the inline parsers
//     skip them and are read line by line (markdown_plain.go, with the
//     eight-byte scans of markdown_runs.go); the blocks' texts, segments
//     and contexts share a few arrays (markdown_arena.go), and lines are
//     counted as the walk goes (markdown_pos.go).
//   - plain.go, plain_builder.go: plain text, and the text builder the
//     other formats share.
//   - directive.go: onestory-disable comments.
//   - pptx.go, pptx_shapes.go, docx.go, docx_runs.go, docx_styles.go,
//     odf.go, odf_text.go, odf_slides.go, with ooxml_zip.go and ooxml_xml.go
//     (bounded zip and XML reading): decks and documents.
//   - pdf.go and pdf_*.go: PDF pages in reading order on top of
//     github.com/ledongthuc/pdf, with guards against loops (pdf_guard.go).
package extract
