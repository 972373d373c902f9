package printable

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct{ in, str, line string }{
		{"plain text, €29 – naïve", "plain text, €29 – naïve", "plain text, €29 – naïve"},
		{"tab\tand\nnewline", "tab\tand\nnewline", `tab` + "\t" + `and\nnewline`},
		{"\x1b[2J\x1b[Hclear", `\x1b[2J\x1b[Hclear`, `\x1b[2J\x1b[Hclear`},
		{"\x1b]0;title\x07", `\x1b]0;title\x07`, `\x1b]0;title\x07`},
		{"\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", `\x1b]8;;https://evil.example\x1b\link\x1b]8;;\x1b\`, `\x1b]8;;https://evil.example\x1b\link\x1b]8;;\x1b\`},
		{"over\rwrite", `over\rwrite`, `over\rwrite`},
		{"del\x7f", `del\x7f`, `del\x7f`},
		{"c1 \u009b2J and \u0085", `c1 \u009b2J and \u0085`, `c1 \u009b2J and \u0085`},
		{"raw \x9b2J byte", `raw \x9b2J byte`, `raw \x9b2J byte`},
		{"bidi \u202egnp.exe\u202c \u2066x\u2069", `bidi \u202egnp.exe\u202c \u2066x\u2069`, `bidi \u202egnp.exe\u202c \u2066x\u2069`},
		{"nul\x00", `nul\x00`, `nul\x00`},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.str {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.str)
		}
		if got := Line(tt.in); got != tt.line {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.line)
		}
	}
}

func TestCleanTextIsNotCopied(t *testing.T) {
	s := strings.Repeat("Northwind Pulse costs $29 per user — ça va. ", 100)
	if n := testing.AllocsPerRun(10, func() { _ = Line(s) }); n != 0 {
		t.Errorf("Line allocated %v times for clean text", n)
	}
}

// FuzzString checks that no output of String or Line holds a byte a
// terminal acts on, and that text with nothing to escape comes back as is.
func FuzzString(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[31mred\x1b[0m", "\u009b\u202e\xff\xfe", "a\nb\r\tc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, line := range []bool{false, true} {
			out := escape(s, line)
			if !utf8.ValidString(out) {
				t.Fatalf("escape(%q, %v) = %q: not UTF-8", s, line, out)
			}
			for _, r := range out {
				if unsafe(r, line) {
					t.Fatalf("escape(%q, %v) = %q holds %U", s, line, out, r)
				}
			}
			if firstUnsafe(s, line) == len(s) && out != s {
				t.Fatalf("escape(%q, %v) changed safe text to %q", s, line, out)
			}
		}
	})
}
