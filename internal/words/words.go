// Package words owns what a word is, for every stage that reads text:
// the word character, where a word starts and ends, when a match stands
// as a whole word, ASCII case folding that keeps byte offsets, and the
// cues that tell a clause, a question and a statement of the past.
//
// A word is a run of word characters: letters and digits ("signup",
// "v2"). A hyphen joins two words into a third ("pre-signup" is a word of
// its own, not a use of "signup"), as it does in English ("e-mail" is no
// "mail"), and so does an underscore ("signup_url" is an identifier); an
// apostrophe, a slash, a dot and white space do not ("signup's",
// "signup/login" and "signup." hold "signup"). Readers of prose split
// at joiners ("Route-Planner" is two words to the product finder);
// whole-word matches do not cross them. Every rule kind asks Bounded, so
// a term, a custom rule, a product or plan name and a key message agree
// on what a whole word is.
//
// The loops over whole texts (Is, RuneCount, AppendLower) read eight
// bytes at a time where they can; the word tests read one byte of ASCII
// from a table.
package words

import (
	"unicode"
	"unicode/utf8"
)

// IsRune reports whether r is a word character: a letter or a digit.
func IsRune(r rune) bool {
	if r < utf8.RuneSelf {
		return wordByte[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsByte reports whether the ASCII byte c is a word character; every
// byte from 0x80 up, which starts or continues a longer rune, is not.
func IsByte(c byte) bool { return wordByte[c] }

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return c-'0' < 10 }

// IsJoiner reports whether r joins the words either side of it into one:
// a hyphen ("-", U+2010 or the no-break U+2011) or an underscore.
func IsJoiner(r rune) bool { return r == '-' || r == '_' || r == '\u2010' || r == '\u2011' }

// wordByte tells the ASCII word characters; it has an entry, false, for
// every byte from 0x80 up too, so that a byte indexes it without a bounds
// check.
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// Bounded reports whether text[start:end] stands as a whole word (or
// words): at each end, either the match's own edge is no word character
// ("$0", "24/7"), or no word character touches it from outside and no
// joiner links it to one ("pre-signup" and "signup-flow" do
// not hold "signup"; "signup's" and "(signup)" do).
func Bounded(text string, start, end int) bool {
	return StartsWord(text, start) && EndsWord(text, end)
}

// StartsWord reports whether a match starting at text[i] starts a word,
// as Bounded reads its start.
func StartsWord(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return true
	}
	if first, _ := utf8.DecodeRuneInString(text[i:]); !IsRune(first) {
		return true
	}
	before, n := utf8.DecodeLastRuneInString(text[:i])
	if IsRune(before) {
		return false
	}
	return !IsJoiner(before) || i-n == 0 || !IsRune(LastRune(text[:i-n]))
}

// EndsWord reports whether a match ending at text[j] ends a word, as
// Bounded reads its end.
func EndsWord(text string, j int) bool {
	if j <= 0 || j >= len(text) {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(text[:j]); !IsRune(last) {
		return true
	}
	after, n := utf8.DecodeRuneInString(text[j:])
	if IsRune(after) {
		return false
	}
	return !IsJoiner(after) || j+n == len(text) || !IsRune(FirstRune(text[j+n:]))
}

// LastRune returns the last rune of s, utf8.RuneError for none.
func LastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// FirstRune returns the first rune of s, utf8.RuneError for none.
func FirstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// End returns where the word at text[i] ends: after its run of word characters.
func End(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !IsByte(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !IsRune(r) {
			break
		}
		i += n
	}
	return i
}

// Start returns the rune at text[i] and whether a word starts there: a
// word character that none precedes.
func Start(text string, i int) (rune, bool) {
	r := rune(text[i])
	if r >= utf8.RuneSelf {
		if !utf8.RuneStart(text[i]) {
			return r, false
		}
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	if !IsRune(r) {
		return r, false
	}
	if i == 0 {
		return r, true
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return r, !IsByte(c)
	}
	return r, !IsRune(LastRune(text[:i]))
}

// Next returns the bounds of the first word in text at or after i; start is -1 when there is none. Words of a text are read
// with it in a loop:
//
//	for s, e := words.Next(text, 0); s >= 0; s, e = words.Next(text, e) {
//		use(text[s:e])
//	}
func Next(text string, i int) (start, end int) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if IsByte(c) {
				return i, End(text, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if IsRune(r) {
			return i, End(text, i)
		}
		i += n
	}
	return -1, -1
}

// Count returns the number of words in s.
func Count(s string) int {
	n := 0
	for _, e := Next(s, 0); e >= 0; _, e = Next(s, e) {
		n++
	}
	return n
}
