// Package reader is the one entry to extraction: Extract reads a document in
// any format onestory knows by handing it to that format's reader
// (extract/html, extract/markdown, extract/plain, extract/office,
// extract/pdf). The readers share the types of package extract; this
// package alone knows them all, so none of them imports another.
package reader

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/html"
	"github.com/onestory/onestory/extract/markdown"
	"github.com/onestory/onestory/extract/office"
	"github.com/onestory/onestory/extract/pdf"
	"github.com/onestory/onestory/extract/plain"
	"github.com/onestory/onestory/format"
)

// formats is the table of extractors by format. It is read-only.
var formats = map[format.Format]extract.Func{
	format.HTML:     html.Extract,
	format.Markdown: markdown.Extract,
	format.MDX:      markdown.ExtractMDX,
	format.Text:     plain.Extract,
	format.PPTX:     office.PPTX,
	format.DOCX:     office.DOCX,
	format.PDF:      pdf.Extract,
	format.ODT:      office.ODT,
	format.ODP:      office.ODP,
}

// Extract reads data in the given format. The error says what is wrong with
// the document in one sentence; callers turn it into an unreadable-source
// finding.
func Extract(ctx context.Context, f format.Format, source string, data []byte) (*extract.Text, error) {
	return extractWith(ctx, formats[f], f, source, data)
}

// ExtractProducts is Extract that also reads the products an HTML page
// presents (html.ExtractProducts), for a story with a product catalogue.
func ExtractProducts(ctx context.Context, f format.Format, source string, data []byte) (*extract.Text, error) {
	fn := formats[f]
	if f == format.HTML {
		fn = html.ExtractProducts
	}
	return extractWith(ctx, fn, f, source, data)
}

// extractWith reads data in format f with fn, nil when f has no reader.
func extractWith(ctx context.Context, fn extract.Func, f format.Format, source string, data []byte) (*extract.Text, error) {
	if fn == nil {
		return nil, fmt.Errorf("no extractor for format %q", f)
	}
	t, err := fn(ctx, source, data)
	if err != nil {
		return nil, err
	}
	t.Source, t.Format = source, f
	return t, nil
}

// Formats returns the formats Extract reads, sorted.
func Formats() []format.Format {
	return slices.Sorted(maps.Keys(formats))
}
