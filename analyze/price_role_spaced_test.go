package analyze

import (
	"strings"
	"testing"
)

// FuzzSpacedIndex compares spacedIndex and spacedLastEnd with the plain
// search for " "+w+" ".
func FuzzSpacedIndex(f *testing.F) {
	f.Add(" up to 10 users ", "up to")
	f.Add(" aa aa a ", "a")
	f.Add("a a", "a")
	f.Add(" a  a ", "a")
	f.Add(" per per ", "per")
	f.Fuzz(func(t *testing.T, s, w string) {
		if w == "" {
			return
		}
		pad := " " + w + " "
		if got, want := spacedIndex(s, w), strings.Index(s, pad); got != want {
			t.Fatalf("spacedIndex(%q, %q) = %d, want %d", s, w, got, want)
		}
		want := strings.LastIndex(s, pad)
		if want >= 0 {
			want += len(pad)
		}
		if got := spacedLastEnd(s, w); got != want {
			t.Fatalf("spacedLastEnd(%q, %q) = %d, want %d", s, w, got, want)
		}
	})
}
