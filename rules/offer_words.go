package rules

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// offerWords is the words of an offer, numbered, to measure what share of
// them a sentence states without building the sentence's word set.
type offerWords struct {
	set   map[string]bool
	index map[string]int
	key   string // the longest word: a sentence without it is skipped at once
	// anchor is the index of key's rarest letter, which containsFoldAt
	// looks for first.
	anchor int
}

func newOfferWords(text string) *offerWords {
	o := &offerWords{set: wordSet(text), index: map[string]int{}}
	for w := range o.set {
		o.index[w] = len(o.index)
	}
	o.key = longestWord(o.set)
	o.anchor = rarestByte(o.key)
	return o
}

// share is overlap(o.set, wordSet(s)): the share of the offer's words that s
// states. An ASCII sentence is read in place, a byte at a time, each word
// lower-cased into a buffer on the stack; other sentences, and offers of
// more than 64 words, go through wordSet.
func (o *offerWords) share(s string) float64 {
	if len(o.index) == 0 || len(o.index) > 64 || !words.Is(s) {
		return overlap(o.set, wordSet(s))
	}
	var (
		seen uint64
		buf  [64]byte
	)
	mark := func(w []byte) {
		if i, ok := o.index[string(w)]; ok {
			seen |= 1 << i
		}
	}
	for i := 0; i < len(s); {
		if !wordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && wordByte(s[j]) {
			j++
		}
		w := s[i:j]
		i = j
		if len(w) > len(buf) {
			mark([]byte(strings.ToLower(w))) // too long for the buffer: rare
			continue
		}
		lw := buf[:0]
		for k := 0; k < len(w); k++ {
			lw = append(lw, words.Lower(w[k]))
		}
		if n := len(lw); n > 1 && lw[n-1] == '%' { // "20%" is "20" and "%"
			mark(lw[:n-1])
			lw = lw[n-1:]
		}
		mark(lw)
	}
	n := 0
	for ; seen != 0; seen &= seen - 1 {
		n++
	}
	return float64(n) / float64(len(o.index))
}

// wordByte reports whether an ASCII byte belongs to a word as wordSet reads
// words: a letter, a digit or "%".
func wordByte(c byte) bool {
	return words.IsByte(c) || c == '%'
}
