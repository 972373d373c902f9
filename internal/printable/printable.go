// Package printable makes text read from sources safe to print where a
// terminal, a CI log or a rendered annotation will interpret it: page text
// and file names can carry escape sequences that clear the screen, set the
// window title or plant a hyperlink, and bidirectional overrides that make
// text read differently from what it is. Every format that prints such text
// for a person asks this package; it is the one place the policy lives.
package printable

import (
	"strings"
	"unicode/utf8"
)

// String returns s with every character that a terminal could act on
// replaced by a visible escape, and newlines and tabs kept: C0 controls
// (ESC shows as `\x1b`, a carriage return as `\r`), DEL, C1 controls
// (U+0080–U+009F, among them U+009B, the one-character CSI, shown as
// `\u009b`), the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) and every byte that is not part of valid
// UTF-8 (`\xff`). Text that needs no escape is returned as it is.
func String(s string) string { return escape(s, false) }

// Line is String for a field printed on one line: it escapes newlines
// (`\n`) too, so that text cannot start a line of its own that looks like
// the output's own.
func Line(s string) string { return escape(s, true) }

// escape returns s with its unsafe characters escaped; line says whether a
// newline is unsafe too.
func escape(s string, line bool) string {
	i := firstUnsafe(s, line)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			writeHex(&b, `\x`, uint32(s[i]), 2)
		case !unsafe(r, line):
			b.WriteString(s[i : i+size])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < utf8.RuneSelf:
			writeHex(&b, `\x`, uint32(r), 2)
		default:
			writeHex(&b, `\u`, uint32(r), 4)
		}
		i += size
	}
	return b.String()
}

// firstUnsafe returns the index of the first byte of s that escape must
// change, or len(s).
func firstUnsafe(s string, line bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if unsafe(rune(c), line) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafe(r, line) {
			return i
		}
		i += size
	}
	return len(s)
}

// Control reports whether String escapes r: a terminal or a text renderer
// could act on it. Tab and newline are not controls in this sense.
func Control(r rune) bool { return unsafe(r, false) }

// unsafe reports whether a terminal or a text renderer could act on r.
func unsafe(r rune, line bool) bool {
	switch {
	case r == '\t':
		return false
	case r == '\n':
		return line
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	}
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// writeHex writes prefix, then v as that many lower-case hex digits.
func writeHex(b *strings.Builder, prefix string, v uint32, digits int) {
	const hex = "0123456789abcdef"
	b.WriteString(prefix)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hex[v>>shift&0xf])
	}
}
