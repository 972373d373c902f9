package extract

import (
	"math/rand/v2"
	"testing"
)

// TestCursorAgreesWithAt locates offsets in random order, increasing runs
// and single steps alike, in blocks of mixed scripts with segments, and
// wants from a Cursor what Block.At gives.
func TestCursorAgreesWithAt(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"Fleet ", "plan ", "€18 ", "über ", "日本 ", "\n", "—", "a", "🚚 "}
	for n := range 500 {
		text := ""
		for range r.IntN(30) {
			text += pieces[r.IntN(len(pieces))]
		}
		b := &Block{Text: text, Location: Location{Source: "x.html", Line: 3 + r.IntN(2), Column: r.IntN(3)}}
		for off := 0; off < len(text); off += 1 + r.IntN(12) {
			if r.IntN(3) == 0 {
				b.Segments = append(b.Segments, Segment{Offset: off, Line: r.IntN(9), Column: 1 + r.IntN(40)})
			}
		}
		c := b.Cursor()
		for range 40 {
			off := r.IntN(len(text) + 3)
			if r.IntN(2) == 0 {
				off = min(len(text)+2, off/4+r.IntN(4)) // short forward steps
			}
			if got, want := c.At(off), b.At(off); got != want {
				t.Fatalf("block %d %q segments %v: Cursor.At(%d) = %+v, want %+v", n, text, b.Segments, off, got, want)
			}
		}
	}
}
