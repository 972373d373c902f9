package prose

import "github.com/onestory/onestory/internal/words"

// PlainBlock reports whether the eight bytes of x are printable ASCII or
// spaces, no space following another (afterSpace: the byte before x is
// one). It may report false for a block that is, never true for one that
// is not.
func PlainBlock(x uint64, afterSpace bool) bool {
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

// EntityEnd returns the end of the character reference that may begin at
// raw[i] == '&': a name or number and an optional semicolon.
func EntityEnd(raw []byte, i int) int {
	k := i + 1
	if k < len(raw) && raw[k] == '#' {
		k++
		if k < len(raw) && (raw[k] == 'x' || raw[k] == 'X') {
			k++
		}
	}
	for k < len(raw) && isAlnum(raw[k]) {
		k++
	}
	if k < len(raw) && raw[k] == ';' {
		k++
	}
	return k
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
