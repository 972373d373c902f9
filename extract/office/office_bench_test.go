package office

import (
	"context"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/pdf"
)

// benchExtract reads one document b.N times and reports units (slides or
// pages) per second.
func benchExtract(b *testing.B, fn extract.Func, data []byte, unit string) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	units := 0
	for b.Loop() {
		text, err := fn(context.Background(), "bench", data)
		if err != nil {
			b.Fatal(err)
		}
		units += text.Pages
	}
	b.ReportMetric(float64(units)/b.Elapsed().Seconds(), unit+"/s")
}

// BenchmarkPPTX measures slides/s on the bundled deck and a real one:
// go test ./extract -run '^$' -bench 'PPTX|PDF|DOCX|ODP'
func BenchmarkPPTX(b *testing.B) {
	b.Run("collateral", func(b *testing.B) { benchExtract(b, PPTX, collateral(b, "kestrel-pitch.pptx"), "slides") })
	b.Run("farmify", func(b *testing.B) { benchExtract(b, PPTX, readDeck(b, "farmify-pitchdeck.pptx"), "slides") })
}

// BenchmarkPDF measures pages/s on the bundled one-pager and real decks.
func BenchmarkPDF(b *testing.B) {
	b.Run("collateral", func(b *testing.B) { benchExtract(b, pdf.Extract, collateral(b, "kestrel-onepager.pdf"), "pages") })
	b.Run("farmify", func(b *testing.B) {
		benchExtract(b, pdf.Extract, readDeck(b, "farmify-pitch-startup-india-2018.pdf"), "pages")
	})
	b.Run("cncf", func(b *testing.B) {
		benchExtract(b, pdf.Extract, readDeck(b, "cncf-2016-introduction-deck.pdf"), "pages")
	})
}

// BenchmarkDOCX measures pages/s on the bundled proposal.
func BenchmarkDOCX(b *testing.B) {
	benchExtract(b, DOCX, collateral(b, "kestrel-proposal.docx"), "pages")
}
