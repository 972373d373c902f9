package html

import (
	"bytes"
	"context"
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"

	xhtml "golang.org/x/net/html"
)

// BenchmarkHTML measures HTML extraction of a realistic marketing page:
// go test -run '^$' -bench 'HTML|Markdown' ./extract/
func BenchmarkHTML(b *testing.B) {
	page := extracttest.MarketingPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), "pricing.html", page); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLParse is the floor BenchmarkHTML compares with: parsing
// the same page with golang.org/x/net/html alone.
func BenchmarkHTMLParse(b *testing.B) {
	page := extracttest.MarketingPage()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := xhtml.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLIndex measures the pass BenchmarkHTML makes besides the
// parse and the walk: cutting the page into tokens and recording where
// each text token stands, with buffers reused as from page to page.
func BenchmarkHTMLIndex(b *testing.B) {
	page := extracttest.MarketingPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	var x htmlIndex
	for b.Loop() {
		x.index(page)
	}
}
