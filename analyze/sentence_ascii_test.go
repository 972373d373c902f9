package analyze

import (
	"slices"
	"testing"
)

// asciiSentences are seeds for FuzzReadASCII: the benchmark copy, and
// words that join across an apostrophe, a dot or a comma, numbers with
// their suffixes, words of seven, eight and nine letters, and words cut
// off by the end of the sentence.
var asciiSentences = append(slices.Clone(copySentences),
	"It's 3.5x faster: #1 in the 2,500-van U.K. market; O'Neil's rock'n'roll 40%+ of 'em",
	"Dispatch dispatch1 dispatchers routes. ROUTES, Routes' route's 7-day 7DAY 1,2,3 1.2.3 #",
	"abcdefg abcdefgh abcdefghi a b c 12345678 1234567 #12 # #a a#1 x'",
	"A", "", "  ", "9", "ok.", "can't", "100%", "12+",
)

// FuzzReadASCII checks that readASCII reads an ASCII sentence as the
// reader that decodes runes (nextSimWord) does, word for word and to the
// same cached words, whatever bytes follow the sentence in its buffer,
// whether the cache's front holds the
// words yet or not.
func FuzzReadASCII(f *testing.F) {
	for _, s := range asciiSentences {
		f.Add(s, " and more text")
	}
	f.Add("route", "r's")
	f.Add("van", "\xff\xfeé")
	a := testAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, after string) {
		b := []byte(text)
		for i := range b {
			b[i] &= 0x7f
		}
		s := string(b)
		low := lowerASCII(nil, s+after)[:len(s)]
		cache := a.newRunCache()
		var got, want sentenceWords
		for round := range 2 {
			got.readASCII(cache, s, low)
			want.readRunes(cache, s, low)
			if !slices.Equal(got.ws, want.ws) || !slices.Equal(got.cws, want.cws) {
				t.Fatalf("round %d, %q then %q: readASCII words %+v, want %+v", round, s, after, got.ws, want.ws)
			}
		}
	})
}
