package extract

import "github.com/onestory/onestory/internal/words"

// plainRunLen is runLen(s, false), eight bytes at a time where it can:
// the length of the run of printable ASCII, with single spaces between
// words, that s begins with. Most of a page's prose is such runs.
func plainRunLen(s string) int {
	if len(s) == 0 || !isWordByte(s[0]) {
		return 0
	}
	i := 1
	for i+8 <= len(s) && plainBlock(words.Load8(s, i), s[i-1] == ' ') {
		i += 8
	}
	for i < len(s) {
		if c := s[i]; !isWordByte(c) && (c != ' ' || s[i-1] == ' ') {
			break
		}
		i++
	}
	if s[i-1] == ' ' { // a run ends with a word
		i--
	}
	return i
}

// plainBlock reports whether the eight bytes of x are printable ASCII or
// spaces, no space following another (afterSpace: the byte before x is
// one). It may report false for a block that is, never true for one that
// is not.
func plainBlock(x uint64, afterSpace bool) bool {
	// Subtracting 0x20 from each byte sets the high bit of one below
	// 0x20, adding one that of 0x7f, and one from 0x80 up has it already;
	// a borrow or carry between bytes only comes from such a byte.
	if ((x-words.Ones*0x20)|(x+words.Ones)|x)&words.HighBits != 0 {
		return false
	}
	// Spaces become zero bytes, which the borrow of subtracting one marks
	// (and perhaps a byte above one, which only makes the answer false).
	sp := x ^ words.Ones*' '
	zero := (sp - words.Ones) &^ sp & words.HighBits
	return zero&(zero<<8) == 0 && !(afterSpace && zero&0x80 != 0)
}
