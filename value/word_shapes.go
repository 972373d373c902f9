package value

import "github.com/onestory/onestory/internal/words"

// wordShapes holds, for each pair of first and last letters of a word, the
// lengths of the words that may start a candidate: bit n for a number word
// or "a" of n letters (shapeNumber), bit 16+n for one of priceWordHeads
// (shapePriceHead). It indexes a letter by its low five bits, which are
// the same for a capital and its small letter (1 for 'a' to 26 for 'z'),
// and is read only. One look-up rules out most words of copy.
var wordShapes = func() (t [32][32]uint32) {
	for w := range numberWords {
		t[w[0]&31][w[len(w)-1]&31] |= shapeNumber << len(w)
	}
	t['a'&31]['a'&31] |= shapeNumber << 1
	for _, w := range priceWordHeads {
		t[w[0]&31][w[len(w)-1]&31] |= shapePriceHead << len(w)
	}
	return t
}()

// The bits of shapeOf.
const (
	shapeNumber    = 1       // a number word or "a" may have the word's shape
	shapePriceHead = 1 << 16 // one of priceWordHeads may
)

// shapeOf returns what the ASCII word w may be, by its first and last
// letters and its length: shapeNumber, shapePriceHead, both or neither.
func shapeOf(w string) uint32 {
	if len(w) == 0 || !words.IsLetter(w[0]) || !words.IsLetter(w[len(w)-1]) {
		return 0
	}
	return letterShape(w, 0, len(w))
}

// letterShape is shapeOf for text[i:end], a run of ASCII letters: small
// enough to be inlined in the scan that meets every word.
func letterShape(text string, i, end int) uint32 {
	n := end - i
	if n > 15 {
		return 0
	}
	return wordShapes[text[i]&31][text[end-1]&31] >> n & (shapeNumber | shapePriceHead)
}

// numberWordShaped reports whether the ASCII word w, in any case, may be
// a number word or "a".
func numberWordShaped(w string) bool { return shapeOf(w)&shapeNumber != 0 }
