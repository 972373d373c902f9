package value

import (
	"math/big"
	"strings"
)

// Decimal separator guessing follows scrapinghub/price-parser
// (get_decimal_separator, parse_number; BSD-3-Clause, Copyright (c)
// Scrapinghub): the last '.' or ',' is the decimal point unless exactly three
// digits follow it. Two refinements: a separator that differs from an
// earlier one is always the decimal point ("123,456.789"), and grouped
// digits must come in threes (Indian "7,50,000" allows twos), so that
// "15.08.2017" is not read as a number at all.

// canonical turns a number as written ("1.299,99", "7,50,000", ".75",
// "1 049'95") into a canonical decimal string ("1299.99"). dec is the
// decimal separator when the caller knows it, or 0 to guess. ok is false
// when the text is not a well-formed number.
func canonical(text string, dec rune) (string, bool) {
	if plainDigits(text) {
		return text, true // the common case: no separator, no leading zero
	}
	var dbuf [32]byte
	var sbuf [8]sepPos
	digits := dbuf[:0]
	seps := sbuf[:0] // separators, with the number of digits before each
	var lead rune    // a separator before the first digit: ".75"
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case len(digits) == 0:
			if r == '.' || r == ',' || r == dec {
				lead = r
			}
		case r == '.' || r == ',' || r == '\'' || r == '’' || r == dec:
			seps = append(seps, sepPos{r, len(digits)})
		}
	}
	if len(digits) == 0 {
		return "", false
	}
	if lead != 0 && (len(seps) == 0 || lead == dec && !hasSep(seps, dec)) {
		return tidy("0", string(digits)), true
	}
	point, ok := decimalPoint(seps, len(digits), dec, digits[0] == '0')
	if !ok {
		return "", false
	}
	if point < 0 {
		return tidy(string(digits), ""), true
	}
	return tidy(string(digits[:point]), string(digits[point:])), true
}

// sepPos is a separator inside a number and how many digits precede it.
type sepPos struct {
	r  rune
	at int
}

// decimalPoint returns how many digits come before the decimal point, -1 if
// there is none, and ok false if the grouping is malformed. zero tells that
// the number starts with 0 ("0.125" has a point, not a group).
func decimalPoint(seps []sepPos, n int, dec rune, zero bool) (int, bool) {
	if len(seps) == 0 {
		return -1, true
	}
	last := seps[len(seps)-1]
	if dec != 0 {
		if last.r == dec {
			return last.at, true
		}
		return -1, true
	}
	same, other := false, false
	for _, s := range seps[:len(seps)-1] {
		same = same || s.r == last.r
		other = other || s.r != last.r
	}
	after := n - last.at
	isPoint := last.r != '\'' && last.r != '’' && !same &&
		(other || after != 3 || zero && last.at == 1)
	groups := seps
	if isPoint {
		groups = seps[:len(seps)-1]
	}
	if !groupsOK(groups, n, isPoint, last.at) {
		return 0, false
	}
	if isPoint {
		return last.at, true
	}
	return -1, true
}

// groupsOK checks that grouping separators sit between groups of three
// digits, or of two before the final three (Indian grouping).
func groupsOK(groups []sepPos, n int, hasPoint bool, point int) bool {
	end := n
	if hasPoint {
		end = point
	}
	for k := len(groups) - 1; k >= 0; k-- {
		next := end
		if k+1 < len(groups) {
			next = groups[k+1].at
		}
		size := next - groups[k].at
		if size != 3 && !(size == 2 && k+1 < len(groups)) {
			return false
		}
	}
	return true
}

// tidy joins integer and fraction digits into a canonical decimal: no
// leading zeros, no trailing fraction zeros.
func tidy(intPart, frac string) string {
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// shift multiplies a canonical decimal by 10^places ("1.2", 3 → "1200").
func shift(d string, places int) string {
	intPart, frac, _ := strings.Cut(d, ".")
	for ; places > 0; places-- {
		if frac == "" {
			intPart += "0"
			continue
		}
		intPart, frac = intPart+frac[:1], frac[1:]
	}
	return tidy(intPart, frac)
}

// times multiplies a canonical decimal by a whole number ("2", 7 → "14").
func times(d string, k int64) string {
	r, ok := new(big.Rat).SetString(d)
	if !ok {
		return d
	}
	r.Mul(r, new(big.Rat).SetInt64(k))
	intPart, frac, _ := strings.Cut(r.FloatString(len(d)), ".")
	return tidy(intPart, frac)
}

// less reports whether canonical decimal a is smaller than b.
func less(a, b string) bool {
	x, okx := new(big.Rat).SetString(a)
	y, oky := new(big.Rat).SetString(b)
	return okx && oky && x.Cmp(y) < 0
}

// hasSep reports whether r is among the separators.
func hasSep(seps []sepPos, r rune) bool {
	for _, s := range seps {
		if s.r == r {
			return true
		}
	}
	return false
}

// plainDigits reports whether s is already a canonical whole number.
func plainDigits(s string) bool {
	if s == "" || s[0] == '0' && len(s) > 1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
