package reader

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/html"
	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/extract/markdown"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// runeAt returns the rune at 1-based line and column of src, or -1.
func runeAt(lines []string, line, col int) rune {
	if line < 1 || line > len(lines) {
		return -1
	}
	for i, r := range strings.TrimSuffix(lines[line-1], "\r") {
		if col--; col == 0 {
			_ = i
			return r
		}
	}
	return -1
}

// checkPointsAtText fails when a block or segment position does not hold
// the rune the block text has there; an entity or escape ('&', '\\') may
// stand for it.
func checkPointsAtText(t *testing.T, name string, x *extract.Text, src []byte) {
	t.Helper()
	lines := strings.Split(string(src), "\n")
	check := func(b extract.Block, off, line, col int) {
		want, _ := utf8.DecodeRuneInString(b.Text[off:])
		got := runeAt(lines, line, col)
		if got != want && got != '&' && got != '\\' && !(want == ' ' && got == '\t') {
			t.Errorf("%s:%d:%d holds %q, block %q has %q at offset %d", name, line, col, got, b.Text, want, off)
		}
	}
	for _, b := range x.Blocks {
		if b.Kind == extract.Meta || b.Location.Line == 0 {
			continue
		}
		check(b, 0, b.Location.Line, b.Location.Column)
		for _, s := range b.Segments {
			check(b, s.Offset, s.Line, s.Column)
		}
	}
}

func TestPositionsPointAtText(t *testing.T) {
	inputs := map[string]extract.Func{"pricing.html": html.Extract, "routeplanner.md": markdown.Extract, "pricing.mdx": markdown.Extract}
	fixtures := map[string]string{"pricing.html": "../html/testdata/pricing.html", "routeplanner.md": "../markdown/testdata/routeplanner.md", "pricing.mdx": "../markdown/testdata/pricing.mdx"}
	for name, fn := range inputs {
		src := extracttest.Fixture(t, fixtures[name])
		x, err := fn(context.Background(), name, src)
		if err != nil {
			t.Fatal(err)
		}
		checkPointsAtText(t, name, x, src)
	}
	page := extracttest.MarketingPage()
	x, err := html.Extract(context.Background(), "page.html", page)
	if err != nil {
		t.Fatal(err)
	}
	checkPointsAtText(t, "page.html", x, page)
}

// TestCorpusPositions checks every position of every real page, and of
// the same page rendered to HTML.
func TestCorpusPositions(t *testing.T) {
	if _, err := os.Stat(extracttest.CorpusDir()); err != nil {
		t.Skipf("no corpus at %s", extracttest.CorpusDir())
	}
	extracttest.ForCorpus(t, func(path string, data []byte) {
		x, err := markdown.Extract(context.Background(), path, data)
		if err != nil {
			t.Fatal(err)
		}
		checkPointsAtText(t, path, x, data)
		var page bytes.Buffer
		if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(data, &page); err != nil {
			t.Fatal(err)
		}
		h, err := html.Extract(context.Background(), path+".html", page.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		checkPointsAtText(t, path+".html", h, page.Bytes())
	})
}
