package value

import (
	"os"
	"strings"
	"testing"
)

// pageText reads the benchmark page, repeated to about 64 KiB.
func pageText(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile("testdata/pricing-page.txt")
	if err != nil {
		b.Fatalf("read page: %v", err)
	}
	text := string(data)
	for len(text) < 64<<10 {
		text += "\n" + string(data)
	}
	return text
}

func BenchmarkFindPrices(b *testing.B) {
	text := pageText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindPrices(text)
	}
}

func BenchmarkFindQuantities(b *testing.B) {
	text := pageText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindQuantities(text)
	}
}

func BenchmarkParsePrice(b *testing.B) {
	for b.Loop() {
		for _, s := range seeds {
			_, _ = ParsePrice(s)
		}
	}
}

// pageSentences is the benchmark page cut after each ". ", as the analyze
// package hands text to the finders: a sentence at a time.
func pageSentences(b *testing.B) ([]string, int64) {
	b.Helper()
	sents := strings.SplitAfter(pageText(b), ". ")
	var n int64
	for _, s := range sents {
		n += int64(len(s))
	}
	return sents, n
}

// BenchmarkFindValues finds prices and quantities sentence by sentence in
// one call.
func BenchmarkFindValues(b *testing.B) {
	sents, n := pageSentences(b)
	b.SetBytes(n)
	for b.Loop() {
		for _, s := range sents {
			FindValues(s)
		}
	}
}

// BenchmarkFindPricesAndQuantities is BenchmarkFindValues with the two
// separate calls.
func BenchmarkFindPricesAndQuantities(b *testing.B) {
	sents, n := pageSentences(b)
	b.SetBytes(n)
	for b.Loop() {
		for _, s := range sents {
			FindPrices(s)
			FindQuantities(s)
		}
	}
}

// BenchmarkFindValuesProse is BenchmarkFindValues over a Markdown page of
// running prose with few numbers, as most pages are.
func BenchmarkFindValuesProse(b *testing.B) {
	data, err := os.ReadFile("testdata/prose-page.md")
	if err != nil {
		b.Fatalf("read page: %v", err)
	}
	sents := strings.SplitAfter(string(data), ". ")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for _, s := range sents {
			FindValues(s)
		}
	}
}

// BenchmarkScannerProse is BenchmarkFindValuesProse as the analyze
// package calls the finders: one Scanner and the same two slices for
// every sentence.
func BenchmarkScannerProse(b *testing.B) {
	data, err := os.ReadFile("testdata/prose-page.md")
	if err != nil {
		b.Fatalf("read page: %v", err)
	}
	sents := strings.SplitAfter(string(data), ". ")
	b.SetBytes(int64(len(data)))
	var (
		s  Scanner
		ps []PriceSpan
		qs []QuantitySpan
	)
	for b.Loop() {
		for _, t := range sents {
			ps, qs = s.AppendValues(ps[:0], qs[:0], t)
		}
	}
}

// BenchmarkCollectProse lists the candidates of the sentences of the
// prose page: the pass over every byte that AppendValues makes first.
func BenchmarkCollectProse(b *testing.B) {
	data, err := os.ReadFile("testdata/prose-page.md")
	if err != nil {
		b.Fatalf("read page: %v", err)
	}
	sents := strings.SplitAfter(string(data), ". ")
	b.SetBytes(int64(len(data)))
	var c candidates
	for b.Loop() {
		for _, t := range sents {
			c.n, c.k, c.upTo = 0, 0, 0
			c.collect(t)
		}
	}
}
