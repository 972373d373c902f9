package analyze

import (
	"encoding/binary"
	"math/bits"

	"github.com/onestory/onestory/internal/words"
)

// readASCII is readKnown for a sentence s of ASCII bytes only, whose
// lower-cased bytes are low: one pass over low finds the words where
// nextSimWord would, with no rune to decode and no case to fold.
// frontWords reads most words, readWord the others.
func (sw *sentenceWords) readASCII(m conceptCache, s string, low []byte) {
	ws, cws := sw.ws[:cap(sw.ws)], sw.cws[:cap(sw.cws)]
	i, n := 0, 0
	for i < len(low) {
		i, n = frontWords(m.front, low, i, ws, cws, n)
		if n == len(ws) || n == len(cws) { // full: room for more, as append makes
			ws, cws = append(ws[:n], simWord{}), append(cws[:n], nil)
			ws, cws = ws[:cap(ws)], cws[:cap(cws)]
			continue
		}
		if i < len(low) {
			ws[n], cws[n] = sw.readWord(m, s, low, i)
			i = ws[n].end
			n++
		}
	}
	sw.ws, sw.cws = ws[:n], cws[:n]
}

// frontWords reads the words of low from byte i on into ws[n:] and
// cws[n:] for as long as each begins with a letter, is shorter than
// sixteen bytes and is in front (nil: none is). Each is found and looked
// up in eight or sixteen bytes of low read at once, never past its end (a
// word nearer the end goes to readWord). It returns where it stopped, len(low), the start of a word it
// cannot read or anywhere when ws or cws is full, and the number of words
// in ws. It calls nothing, so that Go keeps its loop's variables in
// registers.
func frontWords(front *wordFront, low []byte, i int, ws []simWord, cws []*cachedWord, n int) (int, int) {
	for i < len(low) && n < len(ws) && n < len(cws) {
		c := low[i]
		if !words.IsByte(c) && (c != '#' || i+1 == len(low) || !words.IsDigit(low[i+1])) {
			i++
			continue
		}
		if c <= '9' || front == nil || len(low)-i < 8 {
			break // a number, or no eight bytes to read
		}
		x := binary.LittleEndian.Uint64(low[i : i+8])
		size := alnumRun(x)
		if size == 8 && len(low)-i > 8 {
			if len(low)-i < 16 {
				break
			}
			size += alnumRun(binary.LittleEndian.Uint64(low[i+8 : i+16]))
		}
		size = min(size, len(low)-i) // the word ends with the sentence
		if size == 16 || i+size < len(low) && low[i+size] == '\'' {
			break // a longer word, or an apostrophe that may join it to more
		}
		slot := front.slot(x&(1<<(8*size)-1), size) // n == 8 shifts 1 out: all ones
		if size <= 8 && (slot.packed != x&(1<<(8*size)-1) || len(slot.low) != size) {
			break
		}
		if size > 8 {
			// as lookup mixes the first and the last eight bytes
			last := binary.LittleEndian.Uint64(low[i+size-8 : i+size])
			slot = front.slot(x^bits.RotateLeft64(last, 29), size)
			if len(slot.low) != size || words.Load8(slot.low, 0) != x || words.Load8(slot.low, size-8) != last {
				break
			}
		}
		ws[n] = simWord{low: slot.low, start: i, end: i + size}
		cws[n] = slot.w
		n++
		i += size
	}
	return i, n
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

// alnumRun returns how many of eight bytes of text, the first lowest, are
// ASCII letters or digits before the first that is not.
func alnumRun(x uint64) int {
	return bits.TrailingZeros64(^(words.Letters8(x)|words.Digits8(x))&words.HighBits) >> 3
}
