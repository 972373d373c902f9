package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
)

// Builder collects the text of one block for every format: it collapses
// runs of white space (non-breaking and thin spaces included) to one space,
// drops invisible characters, and records a extract.Segment wherever the source
// position of a rune is not the one the previous rune predicts (a new line,
// an entity, a tag or collapsed spaces in between).
type Builder struct {
	b       []byte
	segs    []extract.Segment
	pending bool            // a space is due before the next visible rune
	first   extract.Segment // where the first rune stands
	seg     extract.Segment // the segment the last rune belongs to
	runes   int             // runes written since seg began
}

// Space asks for a space before the next visible rune.
func (t *Builder) Space() { t.pending = len(t.b) > 0 }

// Add writes r, which stands at line:col in the source; line 0 means the
// position is not known and r continues the current segment.
func (t *Builder) Add(r rune, line, col int) {
	if r < utf8.RuneSelf {
		if r == ' ' || r >= '\t' && r <= '\r' { // unicode.IsSpace for ASCII
			t.Space()
			return
		}
	} else if unicode.IsSpace(r) {
		t.Space()
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
		t.first = extract.Segment{Line: line, Column: col}
		t.seg, t.runes = t.first, 0
	case line > 0 && (line != t.seg.Line || col != t.seg.Column+t.runes):
		t.seg = extract.Segment{Offset: off, Line: line, Column: col}
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

// AddWord writes to t the run s (see RunLen), whose first byte stands at
// line:col and the others right after it on the same line: what t.add
// writes for each byte in turn, without the checks. A space inside the
// run is written as Add writes a space followed by a visible rune. It is
// no method as methods take no type parameter.
func AddWord[T string | []byte](t *Builder, s T, line, col int) {
	t.Add(rune(s[0]), line, col)
	t.b = append(t.b, s[1:]...)
	t.runes += len(s) - 1
}

// IsWordByte reports whether c is printable ASCII other than a space.
func IsWordByte(c byte) bool { return c > ' ' && c < 0x7f }

// RunLen returns the length of the run s begins with: word bytes
// (IsWordByte) with single spaces between them, beginning and ending with
// a word byte; 0 when s begins with none. With escapes, a backslash or an
// ampersand ends the run. It is the definition that plainRunLen and
// escapedRunLen, which read eight bytes at a time, are tested against.
func RunLen[T string | []byte](s T, escapes bool) int {
	end := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case IsWordByte(c) && !(escapes && (c == '\\' || c == '&')):
			end = i + 1
		case c == ' ' && end == i && i > 0:
			// one space after a word: the run goes on if a word follows
		default:
			return end
		}
	}
	return end
}

// Empty reports whether nothing visible was written since the last reset.
func (t *Builder) Empty() bool { return len(t.b) == 0 }

// Take returns the text, where it begins and its segments, and resets t.
func (t *Builder) Take() (string, extract.Segment, []extract.Segment) {
	return t.TakeAs(string(t.b))
}

// TakeIn is Take for text that may stand whole in src: when src, past
// its leading white space, begins with the text, the text is returned as
// that part of src instead of a copy.
func (t *Builder) TakeIn(src string) (string, extract.Segment, []extract.Segment) {
	src = strings.TrimLeft(src, " \t\n\f\r")
	if len(src) >= len(t.b) && src[:len(t.b)] == string(t.b) {
		return t.TakeAs(src[:len(t.b)])
	}
	return t.Take()
}

// TakeAs returns s, which is the text, where it begins and its segments,
// and resets t.
func (t *Builder) TakeAs(s string) (string, extract.Segment, []extract.Segment) {
	first, segs := t.first, t.segs
	t.b, t.segs, t.pending = t.b[:0], nil, false
	t.first, t.seg, t.runes = extract.Segment{}, extract.Segment{}, 0
	return s, first, segs
}

// Collapse returns s trimmed, each run of white space made one space and
// invisible characters dropped, as every format's blocks are; it keeps no
// positions.
func Collapse(s string) string {
	var t Builder
	for _, r := range s {
		t.Add(r, 0, 0)
	}
	text, _, _ := t.Take()
	return text
}

// Reset empties t for the next block, keeping its text buffer; the
// segments already taken stay with their block.
func (t *Builder) Reset() { *t = Builder{b: t.b[:0]} }

// Peek returns what t holds without resetting it: the text, where it
// begins and its segments. They are t's own buffers: a caller copies what
// it keeps and then calls Recycle.
func (t *Builder) Peek() ([]byte, extract.Segment, []extract.Segment) { return t.b, t.first, t.segs }

// Recycle empties t for the next block, keeping both its text and its
// segment buffers: only for a caller that copied what Peek returned.
func (t *Builder) Recycle() { *t = Builder{b: t.b[:0], segs: t.segs[:0]} }
