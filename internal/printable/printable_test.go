package printable

import (
	"encoding/json"
	"reflect"
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

func TestJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a": "plain – naïve"}`, `{"a": "plain – naïve"}`},
		{"{\"a\": \"del\x7f c1\u009b2J nel\u0085 bidi\u202e\u2066 \\u001b\"}", `{"a": "del\u007f c1\u009b2J nel\u0085 bidi\u202e\u2066 \u001b"}`},
	}
	for _, tt := range tests {
		if got := string(JSON(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("JSON(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzJSON checks that JSON leaves what a JSON string decodes to unchanged
// and leaves nothing a terminal acts on.
func FuzzJSON(f *testing.F) {
	f.Add("plain", "\u009b\u202e\x7f\x1b")
	f.Fuzz(func(t *testing.T, a, b string) {
		in, err := json.Marshal(map[string]string{a: b})
		if err != nil {
			t.Skip()
		}
		out := JSON(nil, in)
		var back map[string]string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("JSON(%s) = %s: %v", in, out, err)
		}
		var orig map[string]string
		json.Unmarshal(in, &orig)
		if !reflect.DeepEqual(back, orig) {
			t.Fatalf("JSON(%s) = %s decodes to %q, want %q", in, out, back, orig)
		}
		if i := firstUnsafe(string(out), false); i != len(out) {
			t.Fatalf("JSON(%s) = %s holds an unsafe character at %d", in, out, i)
		}
	})
}

// BenchmarkJSON scans a megabyte of JSON with nothing to escape, as most
// of a report is:
//
//	go test ./internal/printable -run '^$' -bench JSON
func BenchmarkJSON(b *testing.B) {
	data := []byte(strings.Repeat(`{"message": "Fleet costs $21 per vehicle per month — naïvely.", "line": 12},`, 1<<20/80))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		JSON(nil, data)
	}
}
