package html

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
)

// matchWindow bounds how far past the cursor a text node is looked for in
// the token stream, so that a document the parser rearranges costs linear
// time. Past it a node's position falls back to the last known one.
const matchWindow = 16 << 10

// find returns the stream offset at or after from where a text node with
// data begins, or -1. The parser sees the same text tokens in the same
// order as the tokenizer pass, so data is nearly always right at from;
// nodes the parser moved (foster-parented table text) or trimmed (the
// newline after <pre>) are searched for a little further on.
func (x *htmlIndex) find(data string, from int) int {
	if from > len(x.stream) {
		return -1
	}
	rest := x.stream[from:]
	if len(rest) >= len(data) && string(rest[:len(data)]) == data {
		return from
	}
	if strings.TrimSpace(data) == "" {
		return -1
	}
	if len(rest) > matchWindow+len(data) {
		rest = rest[:matchWindow+len(data)]
	}
	if i := bytes.Index(rest, []byte(data)); i >= 0 {
		return from + i
	}
	return -1
}

// cursor walks the stream rune by rune and tells where each rune stands in
// the source.
type cursor struct {
	x   *htmlIndex
	ti  int // current token
	off int // stream offset of the next rune
	pos srcPos
	ent int // next entity to reach, an index into x.ents
}

// at returns a cursor on stream offset off.
func (x *htmlIndex) at(off int) cursor {
	ti := x.tokAt(off)
	if ti < 0 {
		return cursor{x: x, ti: -1, off: off, pos: srcPos{1, 1}}
	}
	t := x.toks[ti]
	c := cursor{x: x, ti: ti, off: int(t.start), pos: x.tokPos(ti), ent: int(t.ent0)}
	for c.off < off && c.off < len(x.stream) {
		r, size := utf8.DecodeRune(x.stream[c.off:])
		c.next(r, size)
	}
	return c
}

// tokAt returns the index of the text token that stream offset off is
// in, or -1 before the first. Offsets are mostly asked in increasing
// order, a few tokens apart, so the tokens from the last answer on are
// tried before searching.
func (x *htmlIndex) tokAt(off int) int {
	toks := x.toks
	for ti := x.hint; ti < len(toks) && ti <= x.hint+8; ti++ {
		if int(toks[ti].start) <= off && (ti+1 == len(toks) || int(toks[ti+1].start) > off) {
			x.hint = ti
			return ti
		}
	}
	ti := sort.Search(len(toks), func(i int) bool { return int(toks[i].start) > off }) - 1
	x.hint = max(ti, 0)
	return ti
}

// next returns where the rune r of size bytes at the cursor stands, and
// moves past it.
func (c *cursor) next(r rune, size int) srcPos {
	toks := c.x.toks
	for c.ti+1 < len(toks) && c.off >= int(toks[c.ti+1].start) {
		c.ti++
		c.pos, c.ent = c.x.tokPos(c.ti), int(toks[c.ti].ent0)
	}
	if c.ti < 0 {
		c.off += size
		return c.pos
	}
	ents, last := c.x.ents, int(toks[c.ti].ent1)
	for c.ent < last && ents[c.ent].end <= c.off {
		c.ent++
	}
	p := c.pos
	c.off += size
	switch {
	case c.ent < last && ents[c.ent].start <= c.off-size:
		if c.off >= ents[c.ent].end {
			c.pos.col += ents[c.ent].rawLen
			c.ent++
		}
	case r == '\n':
		c.pos = srcPos{c.pos.line + 1, 1}
	default:
		c.pos.col++
	}
	return p
}

// plain returns how many of the next n bytes of the stream, where they
// are printable ASCII, stand one column after another from c.pos: those
// before the next token and the next character reference. It moves the
// cursor to the token it is in, as next does, but not past any byte.
func (c *cursor) plain(n int) int {
	toks := c.x.toks
	for c.ti+1 < len(toks) && c.off >= int(toks[c.ti+1].start) {
		c.ti++
		c.pos, c.ent = c.x.tokPos(c.ti), int(toks[c.ti].ent0)
	}
	if c.ti < 0 {
		return 0
	}
	ents, last := c.x.ents, int(toks[c.ti].ent1)
	for c.ent < last && ents[c.ent].end <= c.off {
		c.ent++
	}
	if c.ent < last {
		n = min(n, ents[c.ent].start-c.off)
	}
	if c.ti+1 < len(toks) {
		n = min(n, int(toks[c.ti+1].start)-c.off)
	}
	return max(n, 0)
}

// skipPlain moves the cursor past k bytes that plain allowed.
func (c *cursor) skipPlain(k int) {
	c.off += k
	c.pos.col += k
}
