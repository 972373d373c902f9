package pdf

import (
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
)

// BenchmarkPDF measures pages/s on the bundled one-pager and real decks.
func BenchmarkPDF(b *testing.B) {
	b.Run("collateral", func(b *testing.B) {
		extracttest.Bench(b, Extract, extracttest.Collateral(b, "kestrel-onepager.pdf"), "pages")
	})
	b.Run("farmify", func(b *testing.B) {
		extracttest.Bench(b, Extract, extracttest.Deck(b, "farmify-pitch-startup-india-2018.pdf"), "pages")
	})
	b.Run("cncf", func(b *testing.B) {
		extracttest.Bench(b, Extract, extracttest.Deck(b, "cncf-2016-introduction-deck.pdf"), "pages")
	})
}
