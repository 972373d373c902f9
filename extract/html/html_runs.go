package html

import (
	"github.com/onestory/onestory/extract/internal/prose"
	"github.com/onestory/onestory/internal/words"
)

// plainRunLen is runLen(s, false), eight bytes at a time where it can:
// the length of the run of printable ASCII, with single spaces between
// words, that s begins with. Most of a page's prose is such runs.
func plainRunLen(s string) int {
	if len(s) == 0 || !prose.IsWordByte(s[0]) {
		return 0
	}
	i := 1
	for i+8 <= len(s) && prose.PlainBlock(words.Load8(s, i), s[i-1] == ' ') {
		i += 8
	}
	for i < len(s) {
		if c := s[i]; !prose.IsWordByte(c) && (c != ' ' || s[i-1] == ' ') {
			break
		}
		i++
	}
	if s[i-1] == ' ' { // a run ends with a word
		i--
	}
	return i
}
