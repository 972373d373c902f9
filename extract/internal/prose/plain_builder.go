package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBuilder collects the text of one block for every format: it collapses
// runs of white space (non-breaking and thin spaces included) to one space,
// drops invisible characters, and records a Segment wherever the source
// position of a rune is not the one the previous rune predicts (a new line,
// an entity, a tag or collapsed spaces in between).
type textBuilder struct {
	b       []byte
	segs    []Segment
	pending bool    // a space is due before the next visible rune
	first   Segment // where the first rune stands
	seg     Segment // the segment the last rune belongs to
	runes   int     // runes written since seg began
}

// space asks for a space before the next visible rune.
func (t *textBuilder) space() { t.pending = len(t.b) > 0 }

// add writes r, which stands at line:col in the source; line 0 means the
// position is not known and r continues the current segment.
func (t *textBuilder) add(r rune, line, col int) {
	if r < utf8.RuneSelf {
		if r == ' ' || r >= '\t' && r <= '\r' { // unicode.IsSpace for ASCII
			t.space()
			return
		}
	} else if unicode.IsSpace(r) {
		t.space()
		return
	} else if r == '\u200b' || r == '\u00ad' || r == '\ufeff' {
		return
	}
	if t.pending {
		t.b = append(t.b, ' ')
		t.runes++
		t.pending = false
	}
	off := len(t.b)
	switch {
	case off == 0:
		t.first = Segment{Line: line, Column: col}
		t.seg, t.runes = t.first, 0
	case line > 0 && (line != t.seg.Line || col != t.seg.Column+t.runes):
		t.seg = Segment{Offset: off, Line: line, Column: col}
		t.segs = append(t.segs, t.seg)
		t.runes = 0
	}
	if r < utf8.RuneSelf {
		t.b = append(t.b, byte(r))
	} else {
		t.b = utf8.AppendRune(t.b, r)
	}
	t.runes++
}

// addWord writes to t the run s (see runLen), whose first byte stands at
// line:col and the others right after it on the same line: what t.add
// writes for each byte in turn, without the checks. A space inside the
// run is written as add writes a space followed by a visible rune. It is
// no method as methods take no type parameter.
func addWord[T string | []byte](t *textBuilder, s T, line, col int) {
	t.add(rune(s[0]), line, col)
	t.b = append(t.b, s[1:]...)
	t.runes += len(s) - 1
}

// isWordByte reports whether c is printable ASCII other than a space.
func isWordByte(c byte) bool { return c > ' ' && c < 0x7f }

// runLen returns the length of the run s begins with: word bytes
// (isWordByte) with single spaces between them, beginning and ending with
// a word byte; 0 when s begins with none. With escapes, a backslash or an
// ampersand ends the run. It is the definition that plainRunLen and
// escapedRunLen, which read eight bytes at a time, are tested against.
func runLen[T string | []byte](s T, escapes bool) int {
	end := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isWordByte(c) && !(escapes && (c == '\\' || c == '&')):
			end = i + 1
		case c == ' ' && end == i && i > 0:
			// one space after a word: the run goes on if a word follows
		default:
			return end
		}
	}
	return end
}

// empty reports whether nothing visible was written since the last reset.
func (t *textBuilder) empty() bool { return len(t.b) == 0 }

// take returns the text, where it begins and its segments, and resets t.
func (t *textBuilder) take() (string, Segment, []Segment) {
	return t.takeAs(string(t.b))
}

// takeIn is take for text that may stand whole in src: when src, past
// its leading white space, begins with the text, the text is returned as
// that part of src instead of a copy.
func (t *textBuilder) takeIn(src string) (string, Segment, []Segment) {
	src = strings.TrimLeft(src, " \t\n\f\r")
	if len(src) >= len(t.b) && src[:len(t.b)] == string(t.b) {
		return t.takeAs(src[:len(t.b)])
	}
	return t.take()
}

// takeAs returns s, which is the text, where it begins and its segments,
// and resets t.
func (t *textBuilder) takeAs(s string) (string, Segment, []Segment) {
	first, segs := t.first, t.segs
	t.b, t.segs, t.pending = t.b[:0], nil, false
	t.first, t.seg, t.runes = Segment{}, Segment{}, 0
	return s, first, segs
}

// collapse returns s trimmed, each run of white space made one space and
// invisible characters dropped, as every format's blocks are; it keeps no
// positions.
func collapse(s string) string {
	var t textBuilder
	for _, r := range s {
		t.add(r, 0, 0)
	}
	text, _, _ := t.take()
	return text
}
