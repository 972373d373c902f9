package extract

import (
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// A Cursor locates offsets in one block's text as Block.At does, but in
// time proportional to the distance from the offset it located last rather
// than from the start of the offset's segment: offsets located in
// increasing order cost one pass over the text in all. An offset before
// the last one starts it again from the block's start. The zero Cursor is
// not usable; get one from Block.Cursor.
type Cursor struct {
	b         *Block
	next      int // the first segment not yet entered
	line, col int // the current segment's line; the column at pos
	pos       int // the offset located last, or the current segment's start
}

// Cursor returns a cursor at the start of b's text.
func (b *Block) Cursor() Cursor {
	return Cursor{b: b, line: b.Location.Line, col: b.Location.Column}
}

// At returns the location of byte offset off in the block's text: what
// Block.At returns.
func (c *Cursor) At(off int) Location {
	b := c.b
	if off < 0 || off > len(b.Text) || off < len(b.Text) && !utf8.RuneStart(b.Text[off]) {
		return b.At(off) // counted from its segment's start, as a cursor cannot
	}
	if off < c.pos {
		*c = b.Cursor()
	}
	for c.next < len(b.Segments) && b.Segments[c.next].Offset <= off {
		s := b.Segments[c.next]
		c.line, c.col, c.pos = s.Line, s.Column, s.Offset
		c.next++
	}
	loc := b.Location
	if c.line == 0 {
		return loc
	}
	if off > c.pos {
		c.col += words.RuneCount(b.Text[c.pos:off])
		c.pos = off
	}
	loc.Line, loc.Column = c.line, c.col
	return loc
}
