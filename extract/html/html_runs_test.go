package html

import (
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/extract/internal/prose"
)

// TestPlainRunLen compares plainRunLen with runLen on every string of
// eight bytes from an alphabet of the bytes that matter, inside the
// contexts that decide a run: after a word, after a space, before more.
func TestPlainRunLen(t *testing.T) {
	alphabet := []byte{'a', ' ', '\n', '~', 0x7f, 0xc3}
	extracttest.EachRunContext(alphabet, func(s string) {
		if got, want := plainRunLen(s), prose.RunLen(s, false); got != want {
			t.Fatalf("plainRunLen(%q) = %d, runLen %d", s, got, want)
		}
	})
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
