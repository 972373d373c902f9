package analyze

import (
	"fmt"
	"testing"
)

// TestWordFront checks that a concept cache with a wordFront gives for
// every word what one without gives, over more words than slots (so that
// words share slots and take turns), words of every length around eight
// bytes, and words that differ in one byte.
func TestWordFront(t *testing.T) {
	v := testAnalyzer(t).claims.v
	with := conceptCache{v: v, seen: map[string]cachedWord{}, front: new(wordFront)}
	without := conceptCache{v: v, seen: map[string]cachedWord{}}
	var words []string
	for i := range 3000 {
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("fleet%dplans", i))
	}
	words = append(words, "a", "ab", "fleet", "fleets", "routeplanner", "routeplanned", "1234567", "12345678", "123456789", "")
	for round := range 2 {
		for _, w := range words {
			got, want := with.word([]byte(w)), without.word([]byte(w))
			if got != want {
				t.Fatalf("round %d: word(%q) = %+v, want %+v", round, w, got, want)
			}
		}
	}
}

func FuzzWordFront(f *testing.F) {
	f.Add("fleet", "fleets")
	f.Add("routeplanner", "routeplanned")
	f.Add("a", "")
	v := testAnalyzer(f).claims.v
	with := conceptCache{v: v, seen: map[string]cachedWord{}, front: new(wordFront)}
	without := conceptCache{v: v, seen: map[string]cachedWord{}}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, w := range []string{a, b, a} {
			if got, want := with.word([]byte(w)), without.word([]byte(w)); got != want {
				t.Fatalf("word(%q) = %+v, want %+v", w, got, want)
			}
		}
	})
}

// TestPackWord checks that reading eight bytes at once and masking gives
// what reading the word's bytes one by one gives, whatever follows the
// word in its slice.
func TestPackWord(t *testing.T) {
	text := []byte("fleetroute planner12345678 x")
	for start := range text {
		for end := start; end <= len(text) && end-start <= 9; end++ {
			w := text[start:end]
			got, gotOK := packWord(w)
			want, wantOK := packWord(append([]byte(nil), w...)[:len(w):len(w)])
			if got != want || gotOK != wantOK {
				t.Fatalf("packWord(%q) = %x, %v; byte by byte %x, %v", w, got, gotOK, want, wantOK)
			}
		}
	}
}
