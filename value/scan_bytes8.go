package value

import (
	"math/bits"

	"github.com/onestory/onestory/internal/words"
)

// The scans read eight bytes at a time as a uint64, the first byte
// lowest, and test all eight at once (words.Letters8, words.Digits8).

// classes64 returns a bit for each of the 64 bytes of text from base
// that is a letter and one for each that is a digit, the first byte
// lowest; bytes past the end of text are neither.
func classes64(text string, base int) (letters, digits uint64) {
	for k := 0; k < 64; k += 8 {
		var v uint64
		switch i := base + k; {
		case i+8 <= len(text):
			v = words.Load8(text, i)
		case i < len(text):
			v = loadTail(text, i)
		default:
			return letters, digits
		}
		letters |= pack8(words.Letters8(v)) << k
		digits |= pack8(words.Digits8(v)) << k
	}
	return letters, digits
}

// pack8 gathers the high bits of eight bytes into the eight low bits, the
// first byte's lowest: the product adds each byte's bit, shifted to bit
// 56 and up, into the top byte, with no carries.
func pack8(high uint64) uint64 {
	return (high >> 7) * 0x0102040810204080 >> 56
}

// loadTail returns the bytes of s from i, fewer than eight, as
// words.Load8 would with zero bytes (neither letters nor digits) past the
// end of s.
func loadTail(s string, i int) uint64 {
	var v uint64
	for k := len(s) - 1; k >= i; k-- {
		v = v<<8 | uint64(s[k])
	}
	return v
}

// letterRunEnd returns the end of the run of ASCII letters that starts at
// s[i] (i itself when s[i] is not a letter), eight bytes at a time: the
// first byte that is no letter is the lowest high bit left in the
// complement of words.Letters8.
func letterRunEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if other := ^words.Letters8(words.Load8(s, i)) & words.HighBits; other != 0 {
			return i + bits.TrailingZeros64(other)>>3
		}
	}
	for i < len(s) && byteClasses[s[i]]&classLetter != 0 {
		i++
	}
	return i
}
