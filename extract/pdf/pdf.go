package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/ledongthuc/pdf"
)

// The limits on the page tree of one PDF.
const (
	maxPDFPages     = 5000
	maxPDFTreeDepth = 64
	maxPDFTreeNodes = 4 * maxPDFPages // pages and the nodes above them, visits counted
)

// Extract reads the text of a PDF page by page with
// github.com/ledongthuc/pdf for the object and font layer and onestory's own
// layout: runs of text are joined into lines by baseline and gap (a gap
// wider than 0.15 em is a space, so words are not glued; a wide gap starts
// another line, so columns are not interleaved), lines into blocks; the
// block in clearly the largest type becomes the page's Title, short blocks
// in larger type than the body text Headings, and the Context of each block
// is the title and the latest heading above it. Location.Page is 1-based. Encrypted, corrupt and
// looping files are errors; reading stops when ctx is done.
func Extract(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	type result struct {
		t   *extract.Text
		err error
	}
	done := make(chan result, 1)
	go func() {
		t, err := readPDF(ctx, source, data)
		done <- result{t, err}
	}()
	select {
	case r := <-done:
		return r.t, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("PDF reading stopped: %w", ctx.Err())
	}
}

// readPDF reads the document, turning any panic of the PDF library into an error.
func readPDF(ctx context.Context, source string, data []byte) (t *extract.Text, err error) {
	defer func() {
		if x := recover(); x != nil {
			t = nil
			var stop stopError
			if e, ok := x.(stopError); ok {
				stop = e
				err = fmt.Errorf("PDF reading stopped: %w", stop.err)
				return
			}
			err = fmt.Errorf("corrupt PDF: %v", x)
		}
	}()
	if err := checkPDF(data); err != nil {
		return nil, err
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, pdfOpenError(err)
	}
	pages, err := pdfPages(r.Trailer().Key("Root").Key("Pages"))
	if err != nil {
		return nil, err
	}
	t = &extract.Text{Pages: len(pages)}
	in := &pdfInterp{ctx: ctx}
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t.Blocks = append(t.Blocks, pdfPageBlocks(in.page(p), extract.Location{Source: source, Page: i + 1})...)
	}
	t.Title = prose.Collapse(r.Trailer().Key("Info").Key("Title").Text())
	return t, nil
}

// pdfOpenError says in one sentence why a PDF cannot be opened.
func pdfOpenError(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		return errors.New("encrypted PDF: cannot read without a password")
	case strings.Contains(strings.ToLower(msg), "encrypt"):
		return fmt.Errorf("encrypted PDF: cannot decrypt: %w", err)
	case strings.Contains(msg, "not a PDF"):
		return err // the library says so already: "not a PDF file: invalid header"
	}
	return fmt.Errorf("corrupt PDF: %w", err)
}

// pdfPage is a page dictionary and the resources it uses, its own or
// inherited from the page tree above it.
type pdfPage struct {
	v, res pdf.Value
}

// pdfPages returns the pages in order, walking the page tree with bounds on
// depth, pages and nodes visited, so that a tree whose kids loop back, or
// share subtrees to blow up, ends in an error rather than running forever.
// Resources are inherited here, not by the library, whose walk up /Parent
// has no bound.
func pdfPages(root pdf.Value) ([]pdfPage, error) {
	var out []pdfPage
	visits := 0
	var walk func(n, res pdf.Value, depth int) error
	walk = func(n, res pdf.Value, depth int) error {
		if depth > maxPDFTreeDepth {
			return fmt.Errorf("corrupt PDF: the page tree nests deeper than %d levels (it loops)", maxPDFTreeDepth)
		}
		if visits++; visits > maxPDFTreeNodes {
			return fmt.Errorf("corrupt PDF: the page tree has more than %d nodes", maxPDFTreeNodes)
		}
		if own := n.Key("Resources"); !own.IsNull() {
			res = own
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			if len(out) >= maxPDFPages {
				return fmt.Errorf("PDF has more than %d pages", maxPDFPages)
			}
			out = append(out, pdfPage{v: n, res: res})
			return nil
		}
		for i := 0; i < kids.Len(); i++ {
			if err := walk(kids.Index(i), res, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if root.IsNull() {
		return nil, errors.New("corrupt PDF: no page tree")
	}
	return out, walk(root, pdf.Value{}, 0)
}

// pdfPageBlocks lays out the runs of one page into blocks: the page's
// title first, then the rest in reading order, each under the title and the
// latest heading above it.
func pdfPageBlocks(runs []pdfRun, loc extract.Location) []extract.Block {
	blocks := layoutBlocks(layoutLines(runs))
	texts := make([]string, len(blocks))
	for i, b := range blocks {
		texts[i] = b.text()
	}
	title, headings := pageRoles(blocks, texts)
	var out []extract.Block
	var titleText, heading string
	if title >= 0 {
		titleText = texts[title]
		out = append(out, extract.Block{Kind: extract.Title, Text: titleText, Location: loc})
	}
	for i, text := range texts {
		switch {
		case i == title:
		case headings[i]:
			heading = text
			out = append(out, extract.Block{Kind: extract.Heading, Level: 2, Text: text, Location: loc, Context: prose.TitleContext(titleText)})
		default:
			out = append(out, extract.Block{Kind: extract.Paragraph, Text: text, Location: loc, Context: prose.TitleContext(titleText, heading)})
		}
	}
	return out
}
