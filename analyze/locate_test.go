package analyze

import (
	"testing"

	"github.com/onestory/onestory/extract"
)

// TestLocatorAt checks the locator against Block.At at every offset of
// blocks with and without segments, ASCII and not.
func TestLocatorAt(t *testing.T) {
	loc := extract.Location{Source: "pricing.md", Line: 4, Column: 3}
	blocks := []extract.Block{
		{Text: "Fleet costs $18 per vehicle per month.", Location: loc},
		{Text: "Fleet costs €17 per vehicle — billed yearly.", Location: loc},
		{Text: "Start your trial today. Signup takes two minutes.", Location: loc,
			Segments: []extract.Segment{{Offset: 0, Line: 4, Column: 3}, {Offset: 24, Line: 5, Column: 1}}},
		{Text: "Café prices: €17, ¥2,000.", Location: loc,
			Segments: []extract.Segment{{Offset: 6, Line: 9, Column: 7}}},
		{Text: "No line is known here.", Location: extract.Location{Source: "deck.pdf", Page: 2},
			Segments: []extract.Segment{{Offset: 3, Line: 0, Column: 0}}},
		{Text: "", Location: loc},
	}
	for bi := range blocks {
		b := &blocks[bi]
		l := newLocator(b)
		for off := 0; off <= len(b.Text)+1; off++ {
			if got, want := l.at(off), b.At(off); got != want {
				t.Errorf("block %d offset %d: at = %+v, Block.At = %+v", bi, off, got, want)
			}
		}
	}
}
