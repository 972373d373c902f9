package value

import (
	"strings"
	"unicode/utf8"
)

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isSep reports whether s[j:] starts with a separator that may sit inside a
// number ('.', ',', apostrophes), returning its byte length.
func isSep(s string, j int) int {
	switch {
	case s[j] == '.' || s[j] == ',' || s[j] == '\'':
		return 1
	case strings.HasPrefix(s[j:], "’"):
		return len("’")
	}
	return 0
}

// isSpaceAt returns the byte length of the space (ASCII, no-break, thin or
// narrow no-break) that starts s[j:], or 0.
func isSpaceAt(s string, j int) int {
	if s[j] == ' ' {
		return 1
	}
	if s[j] < utf8.RuneSelf {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if r == '\u00a0' || r == '\u202f' || r == '\u2009' {
		return n
	}
	return 0
}

// digitsAt counts the ASCII digits that start s[j:].
func digitsAt(s string, j int) int {
	n := 0
	for j+n < len(s) && isDigit(s[j+n]) {
		n++
	}
	return n
}

// scanNumber returns the end of the number written at s[i:], where s[i] is a
// digit or a '.' run before a digit. Separators are kept only when a digit
// follows. A space groups only a run of exactly three digits, and only
// before any '.' or ',' ("1 298,00", not "2.00 100").
// loose also joins "119. 95" and "1.837, 32", as shop pages write them.
func scanNumber(s string, i int, loose bool) int {
	j, group, point := i, 0, false
	for j < len(s) && s[j] == '.' {
		j++
	}
	for j < len(s) {
		if isDigit(s[j]) {
			j++
			group++
			continue
		}
		if n := isSep(s, j); n > 0 {
			point = point || s[j] == '.' || s[j] == ','
			if j+n < len(s) && isDigit(s[j+n]) {
				j, group = j+n, 0
				continue
			}
			if sp := spaceAfter(s, j+n); loose && sp > 0 && between(digitsAt(s, j+n+sp), 1, 2) {
				j, group = j+n+sp, 0
				continue
			}
			break
		}
		if n := isSpaceAt(s, j); n > 0 && !point && group <= 3 && group > 0 && digitsAt(s, j+n) == 3 {
			j, group = j+n, 0
			continue
		}
		break
	}
	return j
}

// spaceAfter returns the length of the space at s[j:], or 0 at the end.
func spaceAfter(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	return isSpaceAt(s, j)
}

// between reports whether lo <= n <= hi.
func between(n, lo, hi int) bool { return n >= lo && n <= hi }
