package analyze

import (
	"github.com/onestory/onestory/internal/words"
)

// readASCII is readKnown for a sentence s of ASCII bytes only, whose
// lower-cased bytes are low: one pass over low finds the words where
// nextSimWord would, with no rune to decode and no case to fold.
func (sw *sentenceWords) readASCII(m conceptCache, s string, low []byte) {
	sw.ws, sw.cws = sw.ws[:0], sw.cws[:0]
	for i := 0; i < len(low); {
		c := low[i]
		if !words.IsByte(c) && (c != '#' || i+1 == len(low) || !words.IsDigit(low[i+1])) {
			i++
			continue
		}
		w, cw := sw.readWord(m, s, low, i)
		sw.ws, sw.cws = append(sw.ws, w), append(sw.cws, cw)
		i = w.end
	}
}

// readWord reads the word of low that starts at i and its cached form:
// no concept for a number.
func (sw *sentenceWords) readWord(m conceptCache, s string, low []byte, i int) (simWord, *cachedWord) {
	num := low[i] <= '9' // a digit or '#': letters come after '9'
	end := asciiWordEnd(low, i, num)
	if !num {
		cw, stable := m.word(low[i:end])
		return simWord{low: stable, start: i, end: end}, cw
	}
	w := simWord{low: s[i:end], start: i, end: end, num: true}
	if w.low != string(low[i:end]) {
		_, w.low = m.word(low[i:end]) // "3X": lower case
	}
	return w, m.store.none()
}

// asciiWordEnd returns where the word of ASCII text low that starts at
// start ends, as nextSimWord reads it: letters and digits, with an
// apostrophe before a letter, and in a number (num: a digit or "#"
// first) a "." or "," between digits and a "%" or "+" after it.
func asciiWordEnd(low []byte, start int, num bool) int {
	i := start + 1
	for i < len(low) {
		c := low[i]
		if words.IsByte(c) {
			i++
			continue
		}
		if i+1 == len(low) {
			break
		}
		next := low[i+1]
		if c == '\'' && words.IsLetter(next) || num && (c == '.' || c == ',') && words.IsDigit(low[i-1]) && words.IsDigit(next) {
			i++
			continue
		}
		break
	}
	if num && i < len(low) && (low[i] == '%' || low[i] == '+') {
		i++
	}
	return i
}
