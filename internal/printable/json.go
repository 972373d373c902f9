package printable

import "unicode/utf8"

// JSON returns JSON text with every character that JSON leaves raw but a
// terminal could act on — DEL, the C1 controls and the bidirectional
// embeddings, overrides and isolates — written as a \u escape instead
// ("\u009b"). Outside strings JSON holds only ASCII punctuation, digits
// and letters, so they can only be in strings, where the escape decodes to
// the same character: the data is unchanged. (JSON itself escapes the C0
// controls, and encoders replace invalid UTF-8.) When there is nothing to
// escape, JSON returns b itself; otherwise it appends to dst[:0].
func JSON(dst, b []byte) []byte {
	i := firstJSONUnsafe(b)
	if i == len(b) {
		return b
	}
	dst = append(dst[:0], b[:i]...)
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if size > 1 || r == 0x7f {
			if jsonUnsafe(r) {
				dst = appendU(dst, r)
				i += size
				continue
			}
		}
		dst = append(dst, b[i:i+size]...)
		i += size
	}
	return dst
}

// firstJSONUnsafe returns the index of the first character of b that JSON
// escapes, or len(b). Only three lead bytes can start one: DEL, 0xc2 (the
// C1 controls are U+0080–U+009F) and 0xe2 (the bidirectional controls);
// the bytes after them are compared as they are, without decoding.
func firstJSONUnsafe(b []byte) int {
	for i, c := range b {
		switch {
		case c == 0x7f:
			return i
		case c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f:
			return i
		case c == 0xe2 && i+2 < len(b) && (b[i+1] == 0x80 && b[i+2] >= 0xaa && b[i+2] <= 0xae ||
			b[i+1] == 0x81 && b[i+2] >= 0xa6 && b[i+2] <= 0xa9):
			return i
		}
	}
	return len(b)
}

// jsonUnsafe reports whether JSON must escape r: it is unsafe, and JSON
// text may hold it raw.
func jsonUnsafe(r rune) bool { return r >= 0x7f && r != utf8.RuneError && unsafe(r, false) }

// appendU appends r as a JSON \u escape.
func appendU(dst []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(dst, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
}
