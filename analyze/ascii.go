package analyze

import (
	"encoding/binary"
	"unicode/utf8"
)

// ASCII case folding and tests that keep byte offsets, eight bytes at a
// time where they can.

// lowerASCII returns s with ASCII letters lower-cased, byte for byte, so that
// offsets in the result are offsets in s. It reuses buf.
func lowerASCII(buf []byte, s string) []byte {
	return appendLowerASCII(buf[:0], s)
}

// appendLowerASCII appends s to dst with ASCII letters lower-cased.
func appendLowerASCII(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	low := dst[n:]
	i := 0
	for ; i+8 <= len(low); i += 8 {
		binary.LittleEndian.PutUint64(low[i:], lower64(binary.LittleEndian.Uint64(low[i:])))
	}
	for ; i < len(low); i++ {
		low[i] = lowerByte(low[i])
	}
	return dst
}

// The bytes of a uint64 whose top bit is set, and whose value is 1.
const (
	highBits = 0x8080808080808080
	ones     = 0x0101010101010101
)

// lower64 lower-cases the ASCII letters among eight bytes at once: a byte
// gets 0x20 added when it is at least 'A', at most 'Z' and below 0x80,
// each test read from the top bit of the byte's sum with a constant.
func lower64(v uint64) uint64 {
	low7 := v &^ highBits                   // each byte's low seven bits: no carry between bytes
	fromA := low7 + (0x80-'A')*ones         // top bit: byte >= 'A'
	pastZ := low7 + (0x80-'Z'-1)*ones       // top bit: byte > 'Z'
	upper := fromA &^ pastZ &^ v & highBits // and below 0x80
	return v | upper>>2                     // 0x80 >> 2 is 0x20
}

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// isASCII reports whether s is all ASCII, reading eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s[i:])&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
