// Package pdf reads PDF files into extract.Text: Extract.
//
// pdf.go reads the pages on top of github.com/ledongthuc/pdf; the content
// streams are interpreted (pdf_content.go, pdf_text.go, pdf_font.go),
// laid out in lines and blocks in reading order (pdf_layout.go), and the
// title and headings told by type size (pdf_roles.go). pdf_guard.go scans
// the file first and refuses loops, bombs and object counts the library
// would not survive.
package pdf
