package analyze

import (
	"bytes"
	"slices"
	"testing"

	"github.com/onestory/onestory/internal/words"
)

// plainHits is stanceFinder.hits without its filters: every key at every
// place where a word starts.
func plainHits(f *stanceFinder, lower []byte) []hit {
	var out []hit
	for i := range lower {
		if i > 0 && words.IsByte(lower[i-1]) {
			continue
		}
		for ki, k := range f.keys {
			if len(k) > 0 && bytes.HasPrefix(lower[i:], k) {
				out = append(out, hit{i, ki})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b hit) int { return a.off - b.off })
	return out
}

// FuzzStanceHits compares hits, with its table of key starts, with the
// plain search.
func FuzzStanceHits(f *testing.F) {
	f.Add([]byte("we offer refunds on the sso plan; a x 24/7 support"), "refund,sso,a,24/7 support,x")
	f.Add([]byte("x"), "x,xy")
	f.Add([]byte("ab"), "b,ab,a")
	f.Fuzz(func(t *testing.T, lower []byte, keys string) {
		finder := &stanceFinder{starts: new([256][256]bool)}
		for _, k := range bytes.Split([]byte(keys), []byte(",")) {
			finder.key(string(k))
		}
		got, want := finder.hits(nil, lower), plainHits(finder, lower)
		if !slices.Equal(got, want) {
			t.Fatalf("hits(%q) = %v, want %v", lower, got, want)
		}
	})
}
