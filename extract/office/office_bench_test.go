package office

import (
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
)

// BenchmarkPPTX measures slides/s on the bundled deck and a real one:
// go test ./extract/office -run '^$' -bench 'PPTX|DOCX'
func BenchmarkPPTX(b *testing.B) {
	b.Run("collateral", func(b *testing.B) {
		extracttest.Bench(b, PPTX, extracttest.Collateral(b, "kestrel-pitch.pptx"), "slides")
	})
	b.Run("farmify", func(b *testing.B) {
		extracttest.Bench(b, PPTX, extracttest.Deck(b, "farmify-pitchdeck.pptx"), "slides")
	})
}

// BenchmarkDOCX measures pages/s on the bundled proposal.
func BenchmarkDOCX(b *testing.B) {
	extracttest.Bench(b, DOCX, extracttest.Collateral(b, "kestrel-proposal.docx"), "pages")
}
