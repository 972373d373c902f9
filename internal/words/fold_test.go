package words

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// asciiCases are texts for the ASCII helpers, of every length around
// their eight-byte steps, with every byte class at every place.
var asciiCases = []string{
	"", "A", "Z", "a", "@", "[", "`", "{", "\x7f", "\x80", "\xff",
	"RoutePlanner", "ROUTEPLANNER costs $18", "Fleet@[Z]`{a}~\x7f",
	"Crème Brûlée ÀÉÎ", "SIGN-UP for the DRIVER APP today. 14 DAYS FREE!",
	"ABCDEFGH", "ABCDEFGHI", "abcdefg\x80", "\x80bcdefgh", "@@@@@@@@[[[[[[[[",
}

func lowerByByte(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func asciiByByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func TestAppendLowerAndIs(t *testing.T) {
	for _, s := range allBytesCases() {
		if got, want := string(AppendLower([]byte("Keep"), s)), "Keep"+lowerByByte(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := Is(s), asciiByByte(s); got != want {
			t.Errorf("Is(%q) = %v, want %v", s, got, want)
		}
	}
}

// allBytesCases returns asciiCases and, for each byte value, a text that
// holds it at each of the eight places of an eight-byte step.
func allBytesCases() []string {
	out := append([]string(nil), asciiCases...)
	for c := range 256 {
		for at := range 8 {
			b := []byte(strings.Repeat("Mm", 5))
			b[at+1] = byte(c)
			out = append(out, string(b))
		}
	}
	return out
}

func FuzzAppendLower(f *testing.F) {
	for _, s := range asciiCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendLower(nil, s)), lowerByByte(s); got != want {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := Is(s), asciiByByte(s); got != want {
			t.Fatalf("Is(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestLetterAndCase(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		if IsLetter(b) != letter {
			t.Errorf("IsLetter(%q) = %v", b, !letter)
		}
		if got, want := string([]byte{Lower(b)}), lowerByByte(string([]byte{b})); got != want {
			t.Errorf("Lower(%q) = %q, want %q", b, got, want)
		}
		if got, want := Upper(Lower(b)), b; letter && 'A' <= b && b <= 'Z' && got != want {
			t.Errorf("Upper(Lower(%q)) = %q", b, got)
		}
		if !letter && Upper(b) != b {
			t.Errorf("Upper(%q) = %q, want it unchanged", b, Upper(b))
		}
	}
}

func TestRuneCount(t *testing.T) {
	for _, s := range append(allBytesCases(), "abcdefgh\xe2\x80", "abcdefg\xe2\x80\x94abcdefgh\xff", "\xf0\x9f\x98\x80abcdefghijk") {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := RuneCountBytes([]byte(s)), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCountBytes(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzRuneCount(f *testing.F) {
	for _, s := range asciiCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := RuneCountBytes([]byte(s)), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCountBytes(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestBytes8 checks Letters8 and Digits8 against the byte tests for every
// byte value in every position of the eight.
func TestBytes8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			v := uint64(c)<<(8*pos) | 0x41_30_7a_2f_5b_40_60_7b&^(0xff<<(8*pos))
			for k := range 8 {
				b := byte(v >> (8 * k))
				if got, want := Letters8(v)>>(8*k+7)&1 == 1, IsLetter(b); got != want {
					t.Fatalf("Letters8(%#x) byte %d (%#x) = %v, want %v", v, k, b, got, want)
				}
				if got, want := Digits8(v)>>(8*k+7)&1 == 1, '0' <= b && b <= '9'; got != want {
					t.Fatalf("Digits8(%#x) byte %d (%#x) = %v, want %v", v, k, b, got, want)
				}
			}
		}
	}
}
