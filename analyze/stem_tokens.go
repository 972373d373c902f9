package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	low, ascii := lowerASCIIString(s)
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
			w.low = simLower(s[start:end])
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
		if c < utf8.RuneSelf {
			if asciiAlnum(c) || c == '#' && i+1 < len(s) && simDigit(s[i+1]) {
				break
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if simRune(r) {
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
		if c < utf8.RuneSelf {
			if asciiAlnum(c) || (c == '\'' || c == '.' || c == ',') && i+1 < len(s) && simJoins(s, start, i, 1) {
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !simRune(r) && !(simJoiner(r) && i+n < len(s) && simJoins(s, start, i, n)) {
			break
		}
		i += n - 1
	}
	num = simDigit(s[start]) || s[start] == '#'
	if num {
		i = simNumberSuffix(s, i)
	}
	return start, i, num
}

// lowerASCIIString returns s lower-cased with one allocation at most, and
// whether s is all ASCII (then offsets in the result are offsets in s).
func lowerASCIIString(s string) (string, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), true
}

func simRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func simDigit(b byte) bool { return b >= '0' && b <= '9' }

func simJoiner(r rune) bool { return r == '\'' || r == '’' || r == '.' || r == ',' }

// simJoins reports whether the joiner at s[i:i+n] sits inside a word: an
// apostrophe between letters, or "." and "," between digits.
func simJoins(s string, start, i, n int) bool {
	if s[i] == '.' || s[i] == ',' {
		return simDigit(s[i-1]) && simDigit(s[i+n]) && (simDigit(s[start]) || s[start] == '#')
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

// simLower lower-cases s, without allocating when it already is ASCII lower
// case, and writes typographic apostrophes as "'".
func simLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

// mayHaveClaim reports whether some word of sent passes mayClaimAt,
// reading the words as simWords does but allocating only for long words and
// words outside ASCII.
func mayHaveClaim(sent string) bool {
	var buf [24]byte
	prevNum, prevWord, prevNo := false, false, false // a number, a number word, "no"
	for i := 0; i < len(sent); {
		start, end, num := nextSimWord(sent, i)
		if start < 0 {
			return false
		}
		i = end
		low := string(lowerInto(buf[:0], sent[start:end])) // short: stays on the stack
		if num {
			if prevNo || numberMayClaim(low) {
				return true
			}
			prevNum, prevWord, prevNo = true, false, false
			continue
		}
		if len(low) >= 6 && strings.HasSuffix(low, "est") {
			return true
		}
		var flags uint8
		if prescanFilter.mayHold(low) {
			flags = prescanWords[low]
		}
		if flags&1 != 0 || flags&2 != 0 && (prevNum || prevWord && low == "times") {
			return true
		}
		prevNum, prevWord, prevNo = false, flags&4 != 0, low == "no"
	}
	return false
}

// numberMayClaim reports whether a number may be part of a claim by
// itself: "#1", "40%", "3x".
func numberMayClaim(low string) bool {
	return low[0] == '#' || strings.HasSuffix(low, "%") || strings.HasSuffix(low, "x") || strings.HasSuffix(low, "×")
}

// lowerInto returns w lower-cased as simLower does, in buf when w is ASCII
// and fits.
func lowerInto(buf []byte, w string) []byte {
	if len(w) > cap(buf) {
		return []byte(simLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return []byte(simLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func asciiAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// prescanWords are the words mayHaveClaim looks for: trigger words (1),
// words that make a claim after a number (2: "percent", "times", time
// units) and number words (4: "two times").
var prescanWords = func() map[string]uint8 {
	m := map[string]uint8{"percent": 2, "times": 2}
	for w := range multipliers {
		m[w] |= 4
	}
	for w := range timeUnits {
		m[w] |= 2
	}
	for w, ok := range claimTriggers {
		if ok {
			m[w] |= 1
		}
	}
	for w := range claimPairWords {
		m[w] |= 1
	}
	return m
}()

// prescanFilter rules out most words before prescanWords is consulted.
var prescanFilter = newWordFilter(prescanWords)

// wordFilter tells, by first and last byte and length, that a word is none
// of a set of words; it may let others through.
type wordFilter struct{ first, last [256]uint64 }

func newWordFilter(words map[string]uint8) *wordFilter {
	f := &wordFilter{}
	for w := range words {
		n := min(len(w), 63)
		f.first[w[0]] |= 1 << n
		f.last[w[len(w)-1]] |= 1 << n
	}
	return f
}

// mayHold reports whether w may be one of the filter's words.
func (f *wordFilter) mayHold(w string) bool {
	n := min(len(w), 63)
	return n > 0 && f.first[w[0]]&(1<<n) != 0 && f.last[w[len(w)-1]]&(1<<n) != 0
}
