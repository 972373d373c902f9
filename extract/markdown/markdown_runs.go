package markdown

import (
	"encoding/binary"

	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/onestory/onestory/internal/words"
)

// escapedRunLen is runLen(s, true), eight bytes at a time where it can:
// plainRunLen for Markdown, where a backslash or an ampersand also ends
// a run. Most of a Markdown paragraph is such runs.
func escapedRunLen(s []byte) int {
	if len(s) == 0 || !isRunByte(s[0]) {
		return 0
	}
	i := 1
	for i+8 <= len(s) {
		x := binary.LittleEndian.Uint64(s[i:])
		if !prose.PlainBlock(x, s[i-1] == ' ') || hasByte(x, '\\') || hasByte(x, '&') {
			break
		}
		i += 8
	}
	for i < len(s) {
		if c := s[i]; !isRunByte(c) && (c != ' ' || s[i-1] == ' ') {
			break
		}
		i++
	}
	if s[i-1] == ' ' { // a run ends with a word
		i--
	}
	return i
}

// isRunByte reports whether c is a word byte that does not end a run of
// Markdown text: not a backslash, not an ampersand.
func isRunByte(c byte) bool { return prose.IsWordByte(c) && c != '\\' && c != '&' }

// hasByte reports whether one of the eight bytes of x is c: x^c has a
// zero byte there, and subtracting one from each byte borrows into the
// high bit of the first zero byte (and no high bit is set otherwise,
// &^ v clearing those of bytes at 0x80 or above).
func hasByte(x uint64, c byte) bool {
	v := x ^ words.Ones*uint64(c)
	return (v-words.Ones)&^v&words.HighBits != 0
}
