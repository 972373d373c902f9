package value

import (
	"os"
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

func BenchmarkFindValues(b *testing.B) {
	text := pageText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindValues(text)
	}
}
