package markdown

import (
	"bytes"

	"github.com/onestory/onestory/internal/words"
)

// lineCursor turns byte offsets of a source into 1-based line and column
// (in runes). It keeps no index of the lines: it moves from its last
// answer to the next, so that offsets asked in order, as a walk of the
// document asks them, cost one pass over the source in all.
type lineCursor struct {
	src []byte
	// the last answer: offset, its line and column, where its line begins
	off, line, col, start int
}

// newLineCursor returns a cursor over src at its first byte.
func newLineCursor(src []byte) lineCursor { return lineCursor{src: src, line: 1, col: 1} }

// pos returns the line and column of byte offset off.
func (c *lineCursor) pos(off int) (line, col int) {
	off = max(0, min(off, len(c.src)))
	switch {
	case off >= c.off:
		skipped := c.src[c.off:off]
		if n := bytes.Count(skipped, []byte{'\n'}); n > 0 {
			c.line += n
			c.start = c.off + bytes.LastIndexByte(skipped, '\n') + 1
			c.col = 1 + words.RuneCountBytes(c.src[c.start:off])
		} else {
			c.col += words.RuneCountBytes(skipped)
		}
	case off >= c.start: // back, on the same line
		c.col = 1 + words.RuneCountBytes(c.src[c.start:off])
	default:
		c.line -= bytes.Count(c.src[off:c.start], []byte{'\n'})
		c.start = bytes.LastIndexByte(c.src[:off], '\n') + 1
		c.col = 1 + words.RuneCountBytes(c.src[c.start:off])
	}
	c.off = off
	return c.line, c.col
}
