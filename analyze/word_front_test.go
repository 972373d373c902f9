package analyze

import (
	"fmt"
	"slices"
	"testing"
)

// TestWordFront checks that a concept cache with a wordFront gives for
// every word what one without gives, over more words than slots (so that
// words share slots and take turns), words of every length around eight
// bytes, and words that differ in one byte.
func TestWordFront(t *testing.T) {
	v := testAnalyzer(t).claims.v
	with, without := newConceptCache(v), newConceptCache(v)
	with.front = new(wordFront)
	var words []string
	for i := range 3000 {
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("fleet%dplans", i))
	}
	words = append(words, "a", "ab", "fleet", "fleets", "routeplanner", "routeplanned", "1234567", "12345678", "123456789", "")
	for round := range 2 {
		for _, w := range words {
			got, gotLow := with.word([]byte(w))
			want, _ := without.word([]byte(w))
			if !sameWord(got, want) || gotLow != w {
				t.Fatalf("round %d: word(%q) = %+v, want %+v", round, w, *got, *want)
			}
		}
	}
}

func FuzzWordFront(f *testing.F) {
	f.Add("fleet", "fleets")
	f.Add("routeplanner", "routeplanned")
	f.Add("a", "")
	v := testAnalyzer(f).claims.v
	with, without := newConceptCache(v), newConceptCache(v)
	with.front = new(wordFront)
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, w := range []string{a, b, a} {
			got, gotLow := with.word([]byte(w))
			if want, _ := without.word([]byte(w)); !sameWord(got, want) || gotLow != w {
				t.Fatalf("word(%q) = %+v, want %+v", w, *got, *want)
			}
		}
	})
}

// sameWord reports whether two cached words, of two caches, say the same:
// spelling, concept, phrases and claim cues.
func sameWord(a, b *cachedWord) bool {
	if a.low != b.low || a.cues != b.cues || !sameConcept(a.con, b.con) || len(a.phrases) != len(b.phrases) {
		return false
	}
	for _, p := range a.phrases {
		if q := b.phraseWith(&cachedWord{low: p.second}); !sameConcept(p.con, q) {
			return false
		}
	}
	return true
}

// sameConcept reports whether two concepts, of two caches, are the same.
func sameConcept(a, b *concept) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.t == b.t && slices.Equal(a.msgs, b.msgs)
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
