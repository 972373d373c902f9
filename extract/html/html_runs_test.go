package html

import (
	"github.com/onestory/onestory/extract/internal/prose"
	"testing"
)

// TestPlainRunLen compares plainRunLen with runLen on every string of
// eight bytes from an alphabet of the bytes that matter, inside the
// contexts that decide a run: after a word, after a space, before more.
func TestPlainRunLen(t *testing.T) {
	alphabet := []byte{'a', ' ', '\n', '~', 0x7f, 0xc3}
	eachRunContext(alphabet, func(s string) {
		if got, want := plainRunLen(s), prose.RunLen(s, false); got != want {
			t.Fatalf("plainRunLen(%q) = %d, runLen %d", s, got, want)
		}
	})
}

// eachRunContext calls fn with every string of eight bytes from alphabet,
// alone and inside the contexts that decide a run: after a word, after a
// space, before more.
func eachRunContext(alphabet []byte, fn func(string)) {
	p := make([]byte, 8)
	var fill func(int)
	fill = func(k int) {
		if k == len(p) {
			for _, s := range []string{string(p), "a" + string(p) + "b", "a " + string(p) + " b", "ab" + string(p) + string(p)} {
				fn(s)
			}
			return
		}
		for _, c := range alphabet {
			p[k] = c
			fill(k + 1)
		}
	}
	fill(0)
}

func FuzzPlainRunLen(f *testing.F) {
	for _, s := range []string{"Fleet costs $18 per vehicle  per month.", "one two\nthree", "a!  !b", "plan café"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := plainRunLen(s), prose.RunLen(s, false); got != want {
			t.Fatalf("plainRunLen(%q) = %d, runLen %d", s, got, want)
		}
	})
}
