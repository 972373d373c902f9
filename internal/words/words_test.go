package words

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestBounded(t *testing.T) {
	for _, tc := range []struct {
		text, match string
		want        bool
	}{
		{"signup", "signup", true},
		{"Finish your signup.", "signup", true},
		{"your signup's done", "signup", true},
		{"the signup/login page", "signup", true},
		{"(signup)", "signup", true},
		{"Signup - then wait", "Signup", true},
		{"pre-signup checks", "signup", false},
		{"signup-flow", "signup", false},
		{"pre\u2011signup", "signup", false},
		{"pre\u2010signup", "signup", false},
		{"signup_url", "signup", false},
		{"_signup_", "signup", true},
		{"resignup", "signup", false},
		{"signups", "signup", false},
		{"signup2", "signup", false},
		{"Ünsignup", "signup", false},
		{"signupé", "signup", false},
		{"costs$0 now", "$0", true},    // the match starts with no word character
		{"24/7x", "24/7", false},       // but ends with one, touching another
		{"- signup -", "signup", true}, // a hyphen set off by spaces joins nothing
		{"-signup", "signup", true},
	} {
		i := strings.Index(tc.text, tc.match)
		if got := Bounded(tc.text, i, i+len(tc.match)); got != tc.want {
			t.Errorf("Bounded(%q, %q) = %v, want %v", tc.text, tc.match, got, tc.want)
		}
	}
}

// refWords is the plain reading of the words of s: runs of runes that are
// letters or digits, as utf8 decodes them.
func refWords(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// refBounded is Bounded read plainly: the runes either side of the match
// and, past a joiner, the rune beyond it.
func refBounded(s string, i, j int) bool {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	joins := func(r rune) bool { return strings.ContainsRune("-_\u2010\u2011", r) }
	rs := []rune(s)
	at := utf8.RuneCountInString(s[:i])
	end := utf8.RuneCountInString(s[:j])
	left := at == 0 || at == len(rs) || !word(rs[at]) ||
		!word(rs[at-1]) && !(joins(rs[at-1]) && at >= 2 && word(rs[at-2]))
	right := end == 0 || end == len(rs) || !word(rs[end-1]) ||
		!word(rs[end]) && !(joins(rs[end]) && end+1 < len(rs) && word(rs[end+1]))
	return left && right
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "pre-signup", "Route‑Planner v2, 99.9% café_au_lait", "\xff\xfe a", "ÀB-cd_e f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the reference decodes differently; Next's invalid bytes are checked by TestNextInvalid
		}
		var got [][2]int
		for st, e := Next(s, 0); st >= 0; st, e = Next(s, e) {
			got = append(got, [2]int{st, e})
			if _, ok := Start(s, st); !ok {
				t.Errorf("Start(%q, %d): no word starts there", s, st)
			}
		}
		if want := refWords(s); !slices.Equal(got, want) {
			t.Fatalf("Next over %q = %v, want %v", s, got, want)
		}
		if Count(s) != len(got) {
			t.Errorf("Count(%q) = %d, want %d", s, Count(s), len(got))
		}
		for _, w := range got {
			if got, want := Bounded(s, w[0], w[1]), refBounded(s, w[0], w[1]); got != want {
				t.Errorf("Bounded(%q, %d, %d) = %v, want %v", s, w[0], w[1], got, want)
			}
		}
		for i := range s { // every match of up to 12 bytes, on rune starts
			for j := i + 1; j <= len(s) && j <= i+12; j++ {
				if j < len(s) && !utf8.RuneStart(s[j]) {
					continue
				}
				if got, want := Bounded(s, i, j), refBounded(s, i, j); got != want {
					t.Errorf("Bounded(%q, %d, %d) = %v, want %v", s, i, j, got, want)
				}
			}
		}
	})
}

// TestNextInvalid checks that an invalid byte splits words and is no
// word of its own.
func TestNextInvalid(t *testing.T) {
	s := "ab\xffcd \xc3"
	var got []string
	for st, e := Next(s, 0); st >= 0; st, e = Next(s, e) {
		got = append(got, s[st:e])
	}
	if want := []string{"ab", "cd"}; !slices.Equal(got, want) {
		t.Errorf("words of %q = %q, want %q", s, got, want)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Don’t": "don't", "already": "already", "ÉTÉ": "été"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if low, ok := LowerASCII("Mixed CASE 42"); !ok || low != "mixed case 42" {
		t.Errorf("LowerASCII = %q, %v", low, ok)
	}
	if _, ok := LowerASCII("café"); ok {
		t.Error("LowerASCII(café) reports ASCII")
	}
}
