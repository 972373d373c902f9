// Package ascii holds the byte-level ASCII tests and case folding that
// extract, analyze, value and rules share: they keep byte offsets (a
// folded text has the same offsets as the original), and the loops over
// whole texts read eight bytes at a time where they can.
package words

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// Masks over the eight bytes of a uint64: each byte's high bit, and each
// byte's lowest bit (the value 1 in every byte).
const (
	HighBits = 0x8080808080808080
	Ones     = 0x0101010101010101
)

// IsLetter reports whether c is an ASCII letter: setting bit 0x20 folds
// 'A'–'Z' onto 'a'–'z' and no other byte onto them, so one comparison
// tells.
func IsLetter(c byte) bool { return (c|0x20)-'a' < 26 }

// Lower returns c lower-cased if it is an ASCII capital, else c.
func Lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Upper returns c upper-cased if it is an ASCII small letter, else c.
func Upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// Load8 returns the eight bytes of s from i, the first lowest.
func Load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Lower8 lower-cases the ASCII capitals among eight bytes at once: a byte
// gets 0x20 added when it is at least 'A', at most 'Z' and below 0x80,
// each test read from the top bit of the byte's sum with a constant.
func Lower8(v uint64) uint64 {
	low7 := v &^ HighBits                   // each byte's low seven bits: no carry between bytes
	fromA := low7 + (0x80-'A')*Ones         // top bit: byte >= 'A'
	pastZ := low7 + (0x80-'Z'-1)*Ones       // top bit: byte > 'Z'
	upper := fromA &^ pastZ &^ v & HighBits // and below 0x80
	return v | upper>>2                     // 0x80 >> 2 is 0x20
}

// Letters8 returns the high bits of the ASCII letters among eight bytes,
// as Lower8 tests: setting 0x20 folds the capitals onto the small letters,
// and the top bit of each byte's low seven bits plus a constant tells
// whether they are at least 'a' and whether they are past 'z'; a byte
// from 0x80 up is no letter. No sum carries into the next byte.
func Letters8(v uint64) uint64 {
	low7 := (v | 0x20*Ones) &^ HighBits
	fromA := low7 + (0x80-'a')*Ones
	pastZ := low7 + (0x80-'z'-1)*Ones
	return fromA &^ pastZ &^ v & HighBits
}

// Digits8 returns the high bits of the ASCII digits among eight bytes, as
// Letters8 does for letters.
func Digits8(v uint64) uint64 {
	low7 := v &^ HighBits
	from0 := low7 + (0x80-'0')*Ones
	past9 := low7 + (0x80-'9'-1)*Ones
	return from0 &^ past9 &^ v & HighBits
}

// AppendLower appends s to dst with its ASCII capitals lower-cased, byte
// for byte.
func AppendLower(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	low := dst[n:]
	i := 0
	for ; i+8 <= len(low); i += 8 {
		binary.LittleEndian.PutUint64(low[i:], Lower8(binary.LittleEndian.Uint64(low[i:])))
	}
	for ; i < len(low); i++ {
		low[i] = Lower(low[i])
	}
	return dst
}

// LowerASCII returns s lower-cased with one allocation at most, and
// whether s is all ASCII (then offsets in the result are offsets in s);
// the string is "" when s is not.
func LowerASCII(s string) (string, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		b[i] = Lower(c)
	}
	return string(b), true
}

// Fold returns a word lower-cased, with typographic apostrophes written
// "'", as words are compared; a word that is already so is returned as it
// is, without copying.
func Fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return w
}

// Is reports whether s is all ASCII, reading eight bytes at a time.
func Is(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if Load8(s, i)&HighBits != 0 {
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

// RuneCount returns utf8.RuneCountInString(s), passing eight ASCII bytes
// at a time: eight bytes below 0x80 are eight runes, and a rune ends
// after each, so the count goes on after them as before them. Elsewhere
// it steps one rune at a time, as utf8.DecodeRuneInString reads them (an
// invalid byte is a rune of its own), which is how RuneCountInString
// counts.
func RuneCount(s string) int {
	n, i := 0, 0
	for i < len(s) {
		switch {
		case i+8 <= len(s) && Load8(s, i)&HighBits == 0:
			n, i = n+8, i+8
			continue
		case s[i] < utf8.RuneSelf:
			i++
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountBytes is RuneCount for a byte slice: utf8.RuneCount(b).
func RuneCountBytes(b []byte) int {
	n, i := 0, 0
	for i < len(b) {
		switch {
		case i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&HighBits == 0:
			n, i = n+8, i+8
			continue
		case b[i] < utf8.RuneSelf:
			i++
		default:
			_, size := utf8.DecodeRune(b[i:])
			i += size
		}
		n++
	}
	return n
}
