package value

import "strings"

// priceWordHeads are the words that may start a price word: "free" and
// the first words of customPhrases.
var priceWordHeads = func() []string {
	heads := []string{"free"}
	for _, ph := range customPhrases {
		head, _, _ := strings.Cut(ph, " ")
		heads = append(heads, head)
	}
	return heads
}()

// wordShapes holds, for each pair of first and last letters of a word, the
// lengths of the words that may start a candidate: bit n for a number word
// or "a" of n letters, bit 16+n for one of priceWordHeads. It indexes a
// letter by its low five bits, which are the same for a capital and its
// small letter (1 for 'a' to 26 for 'z'), and is read only.
var wordShapes = func() (t [32][32]uint32) {
	for w := range numberWords {
		t[w[0]&31][w[len(w)-1]&31] |= 1 << len(w)
	}
	t['a'&31]['a'&31] |= 1 << 1
	for _, w := range priceWordHeads {
		t[w[0]&31][w[len(w)-1]&31] |= 1 << (16 + len(w))
	}
	return t
}()
