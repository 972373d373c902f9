package html

import (
	"testing"
	"unicode/utf8"
)

// htmlPosFromStart is where byte off of src stands, counted from the start:
// "\n", "\r\n" and a lone "\r" end a line; a carriage return takes no
// column.
func htmlPosFromStart(src string, off int) srcPos {
	p := srcPos{1, 1}
	for i := 0; i < off; {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n' || r == '\r' && (i+1 == len(src) || src[i+1] != '\n'):
			p = srcPos{p.line + 1, 1}
		case r != '\r':
			p.col++
		}
		i += size
	}
	return p
}

func TestHTMLLines(t *testing.T) {
	tests := []struct {
		name, src string
		offs      []int // asked in this order
	}{
		{"one line", "<p>Fleet costs $18</p>", []int{0, 3, 10, 22}},
		{"newlines", "<p>\nFleet</p>\n\n<p>café $18</p>\n", []int{0, 4, 9, 15, 19, 23, 28}},
		{"crlf", "<p>\r\nFleet</p>\r\n<p>x</p>", []int{0, 5, 10, 17, 20}},
		{"lone cr", "a\rb\r\rc\r", []int{0, 2, 4, 5, 7}},
		{"asked backwards", "ab\ncdé fg\nh", []int{10, 8, 3, 4, 0, 9, 11}},
		{"invalid utf-8", "a\xffb\xc3\nc", []int{2, 3, 5, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var x htmlLines
			x.reset([]byte(tt.src))
			for _, off := range tt.offs {
				if got, want := x.pos(off), htmlPosFromStart(tt.src, off); got != want {
					t.Errorf("pos(%d) = %v, want %v", off, got, want)
				}
			}
		})
	}
}
