package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// simWord is one word of a text with its byte offsets.
type simWord struct {
	low        string // lower case; numbers keep their "%", "x" or "+" suffix
	start, end int
	num        bool // starts with a digit, or "#1"
}

// simWords splits s into words: runs of letters and digits, with apostrophes
// inside words, "." and "," between digits and a number's "%", "x", "×" or
// "+" suffix kept.
func simWords(s string) []simWord {
	out := make([]simWord, 0, len(s)/6+1)
	low, ascii := words.LowerASCII(s)
	for i := 0; i < len(s); {
		start, end, num := nextSimWord(s, i)
		if start < 0 {
			break
		}
		i = end
		w := simWord{start: start, end: end, num: num}
		if ascii {
			w.low = low[start:end]
		} else {
			w.low = words.Fold(s[start:end])
		}
		out = append(out, w)
	}
	return out
}

// nextSimWord returns the bounds of the first word of s at or after i, and
// whether it is a number; start is -1 when there is none.
func nextSimWord(s string, i int) (start, end int, num bool) {
	for ; i < len(s); i++ {
		c := s[i]
		if words.IsByte(c) {
			break
		}
		if c < utf8.RuneSelf {
			if c == '#' && i+1 < len(s) && words.IsDigit(s[i+1]) {
				break
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if words.IsRune(r) {
			break
		}
		i += n - 1
	}
	if i >= len(s) {
		return -1, -1, false
	}
	start = i
	for i++; i < len(s); i++ {
		c := s[i]
		if words.IsByte(c) {
			continue // most bytes of a word
		}
		if c < utf8.RuneSelf {
			if (c == '\'' || c == '.' || c == ',') && i+1 < len(s) && simJoins(s, start, i, 1) {
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !words.IsRune(r) && !(simJoiner(r) && i+n < len(s) && simJoins(s, start, i, n)) {
			break
		}
		i += n - 1
	}
	num = words.IsDigit(s[start]) || s[start] == '#'
	if num {
		i = simNumberSuffix(s, i)
	}
	return start, i, num
}

func simJoiner(r rune) bool { return r == '\'' || r == '’' || r == '.' || r == ',' }

// simJoins reports whether the joiner at s[i:i+n] sits inside a word: an
// apostrophe between letters, or "." and "," between digits.
func simJoins(s string, start, i, n int) bool {
	if s[i] == '.' || s[i] == ',' {
		return words.IsDigit(s[i-1]) && words.IsDigit(s[i+n]) && (words.IsDigit(s[start]) || s[start] == '#')
	}
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	return unicode.IsLetter(next)
}

// simNumberSuffix extends a number ending at i over a "%", "x", "×" or "+".
func simNumberSuffix(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "×"):
		return i + len("×")
	case i < len(s) && (s[i] == '%' || s[i] == '+'):
		return i + 1
	}
	return i
}

// numberMayClaim reports whether a number may be part of a claim by
// itself: "#1", "40%", "3x".
func numberMayClaim(low string) bool {
	return low[0] == '#' || strings.HasSuffix(low, "%") || strings.HasSuffix(low, "x") || strings.HasSuffix(low, "×")
}

// prescanWords are the claim cues of the words that have some: trigger
// words (cueTrigger), words that make a claim after a number
// (cueAfterNumber: "percent", "times", time units) and number words
// (cueNumberWord: "two times").
var prescanWords = func() map[string]uint8 {
	m := map[string]uint8{"percent": cueAfterNumber, "times": cueAfterNumber}
	for w := range multipliers {
		m[w] |= cueNumberWord
	}
	for w := range timeUnits {
		m[w] |= cueAfterNumber
	}
	for w, ok := range claimTriggers {
		if ok {
			m[w] |= cueTrigger
		}
	}
	for w := range claimPairWords {
		m[w] |= cueTrigger
	}
	return m
}()
