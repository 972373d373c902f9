package markdown

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// naivePos is lineCursor.pos the slow way: counting from the start.
func naivePos(src []byte, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off; {
		r, n := utf8.DecodeRune(src[i:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return line, col
}

func TestLineCursor(t *testing.T) {
	src := []byte("# Prix\r\n\nFleet coûte 18 € par véhicule.\n\n- Démarrage\n  - Itinéraires\n\n\n😀 fin")
	offsets := func(order string) []int {
		offs := make([]int, 0, len(src)+1)
		for i := range len(src) + 1 {
			offs = append(offs, i)
		}
		switch order {
		case "backward":
			for i, j := 0, len(offs)-1; i < j; i, j = i+1, j-1 {
				offs[i], offs[j] = offs[j], offs[i]
			}
		case "shuffled":
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
		}
		return offs
	}
	for _, order := range []string{"forward", "backward", "shuffled"} {
		c := newLineCursor(src)
		for _, off := range offsets(order) {
			if off < len(src) && !utf8.RuneStart(src[off]) {
				continue // a column is counted in runes: offsets inside one are not asked
			}
			line, col := c.pos(off)
			if wl, wc := naivePos(src, off); line != wl || col != wc {
				t.Fatalf("%s: pos(%d) = %d:%d, want %d:%d", order, off, line, col, wl, wc)
			}
		}
	}
	c := newLineCursor(src)
	if line, col := c.pos(-5); line != 1 || col != 1 {
		t.Errorf("pos(-5) = %d:%d, want 1:1", line, col)
	}
	if line, col := c.pos(len(src) + 5); line != 9 || col != 6 {
		t.Errorf("pos past the end = %d:%d, want 9:6", line, col)
	}
}
