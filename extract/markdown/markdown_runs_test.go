package markdown

import (
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/extract/internal/prose"
)

// TestEscapedRunLen compares escapedRunLen with runLen on every string of
// eight bytes from an alphabet of the bytes that matter, inside the
// contexts that decide a run: after a word, after a space, before more.
func TestEscapedRunLen(t *testing.T) {
	alphabet := []byte{'a', ' ', '\\', '&', '\n', 0x7f, 0xc3}
	extracttest.EachRunContext(alphabet, func(s string) {
		if got, want := escapedRunLen([]byte(s)), prose.RunLen(s, true); got != want {
			t.Fatalf("escapedRunLen(%q) = %d, runLen %d", s, got, want)
		}
	})
}

func FuzzEscapedRunLen(f *testing.F) {
	for _, s := range []string{"Fleet costs $18 per vehicle  per month.", "AT&amp;T \\*not\\* bold", "a!  !b", "plan café"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := escapedRunLen([]byte(s)), prose.RunLen(s, true); got != want {
			t.Fatalf("escapedRunLen(%q) = %d, runLen %d", s, got, want)
		}
	})
}

// FuzzPlainBytes compares plainBytes, eight bytes at a time, with a look-up
// of every byte in inlineBytes.
func FuzzPlainBytes(f *testing.F) {
	for _, s := range []string{"Fleet costs $18 per vehicle.", "a *b* c and some more text", "0123456`", "éé[é", "~"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, s []byte) {
		want := true
		for _, c := range s {
			want = want && !inlineBytes[c]
		}
		if got := plainBytes(s); got != want {
			t.Fatalf("plainBytes(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestPlainBytes puts every byte at every place of a word run of sixteen
// bytes and compares plainBytes with a look-up of every byte.
func TestPlainBytes(t *testing.T) {
	for c := range 256 {
		for at := range 16 {
			s := []byte("abcdefghijklmnop")
			s[at] = byte(c)
			if got, want := plainBytes(s), !inlineBytes[c]; got != want {
				t.Fatalf("plainBytes(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
