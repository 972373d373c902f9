package value

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// maxNumbers bounds how many numbers pickNumber looks at in one string.
const maxNumbers = 16

// numbersIn returns the numbers of a whole-string price, skipping
// percentages ("-30%") and malformed groupings ("15.08.2017").
func numbersIn(s string, dec rune) []span {
	var out []span
	euro, hasEuro := euroDecimal(s, dec)
	for i := 0; i < len(s) && len(out) < maxNumbers; i++ {
		if hasEuro && i >= euro.start && i < euro.end {
			out = append(out, euro)
			i, hasEuro = euro.end-1, false
			continue
		}
		startsDot := s[i] == '.' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !isDigit(s[i-1]))
		if !isDigit(s[i]) && !startsDot {
			continue
		}
		end := scanNumber(s, i, true)
		if j := skipSpaces(s, end); j < len(s) && s[j] == '%' {
			i = end
			continue
		}
		if v, ok := canonical(s[i:end], dec); ok {
			out = append(out, span{start: i, end: end, value: v})
		}
		i = end - 1
	}
	return out
}

// pickNumber chooses the amount of a whole-string price: the first number
// next to the currency marker, else the first number.
func pickNumber(s string, cur span, dec rune) (span, bool) {
	nums := numbersIn(s, dec)
	if len(nums) == 0 {
		return span{}, false
	}
	if cur.end == 0 {
		return nums[0], true
	}
	for k, n := range nums {
		if adjacent(s, n, cur) {
			if k > 0 && connected(s, nums[k-1].end, n.start) && less(nums[k-1].value, n.value) {
				return nums[k-1], true
			}
			return n, true
		}
	}
	return nums[0], true
}

// adjacent reports whether only spaces and colons separate n and the marker.
func adjacent(s string, n, cur span) bool {
	switch {
	case n.end <= cur.start:
		return strings.Trim(s[n.end:cur.start], " \u00a0\u202f") == ""
	case cur.end <= n.start:
		return strings.Trim(s[cur.end:n.start], " \u00a0\u202f:") == ""
	}
	return false
}

// connected reports whether s[i:j] joins two numbers into a range: a dash
// or "to", with spaces and currency markers around it.
func connected(s string, i, j int) bool {
	gap := s[i:j]
	if len(gap) > 24 {
		return false // longer than "US$ – US$" with spaces
	}
	for k := 0; k < len(gap); k++ {
		if n := markerAt(gap, k, inPrice); n > 0 {
			gap = gap[:k] + " " + gap[k+n:]
		}
	}
	switch strings.TrimSpace(strings.ToLower(gap)) {
	case "-", "–", "—", "to":
		return true
	}
	return false
}

// rangeAfter reads the high end of a range that follows lo: "$19–$49",
// "19 - 49 €", "$19 to $49". The high end must be larger than lo.
func rangeAfter(s string, lo span, dec rune, sc scope) (span, bool) {
	j := skipSpaces(s, lo.end)
	if n := markerAt(s, j, sc); n > 0 {
		j = skipSpaces(s, j+n)
	}
	k := j
	switch {
	case strings.HasPrefix(s[k:], "-"):
		k++
	case strings.HasPrefix(s[k:], "–") || strings.HasPrefix(s[k:], "—"):
		k += len("–")
	case len(s)-k > 3 && strings.EqualFold(s[k:k+2], "to") && s[k+2] == ' ':
		k += 2
	default:
		return span{}, false
	}
	k = skipSpaces(s, k)
	if n := markerAt(s, k, sc); n > 0 {
		k = skipSpaces(s, k+n)
	}
	if k >= len(s) || !isDigit(s[k]) {
		return span{}, false
	}
	end := scanNumber(s, k, false)
	v, ok := canonical(s[k:end], dec)
	if !ok || !less(lo.value, v) {
		return span{}, false
	}
	return span{start: k, end: end, value: v}, true
}

// applySuffix reads a multiplier written right after an amount ("$1.2k",
// "$2M", "$3bn") and scales the amounts.
func applySuffix(s string, end int, amount, maxAmount string) (string, string, int) {
	places, n := multiplierAt(s, end)
	if n == 0 {
		return amount, maxAmount, end
	}
	if maxAmount != "" {
		maxAmount = shift(maxAmount, places)
	}
	return shift(amount, places), maxAmount, end + n
}

// multiplierAt returns the power of ten and byte length of a "k", "M",
// "bn" suffix at s[j:] that no letter follows.
func multiplierAt(s string, j int) (int, int) {
	if j >= len(s) {
		return 0, 0
	}
	places, n := 0, 1
	switch s[j] {
	case 'k', 'K':
		places = 3
	case 'm', 'M':
		places = 6
	case 'b', 'B':
		places = 9
		if j+1 < len(s) && s[j+1] == 'n' {
			n = 2
		}
	default:
		return 0, 0
	}
	if j+n < len(s) && (words.IsLetter(s[j+n]) || s[j+n] >= 0x80 && startsWithLetter(s[j+n:])) {
		return 0, 0
	}
	return places, n
}

// euroDecimal reads "35€ 99" and "1,235€99", where the euro sign stands for
// the decimal point (price-parser's rule): one "€" between a number and
// two digits (any digits when dec is '€' and no space comes between).
func euroDecimal(s string, dec rune) (span, bool) {
	e := strings.Index(s, "€")
	if e <= 0 || !isDigit(s[e-1]) || (dec == 0 && strings.Count(s, "€") != 1) || (dec != 0 && dec != '€') {
		return span{}, false
	}
	start := e
	for start > 0 && (isDigit(s[start-1]) || isSep(s, start-1) > 0 || s[start-1] == ' ') {
		start--
	}
	start = skipSpaces(s, start)
	after := e + len("€")
	j := skipSpaces(s, after)
	n := digitsAt(s, j)
	if n == 0 || n != 2 && (dec == 0 || j != after) {
		return span{}, false
	}
	v, ok := canonical(s[start:j+n], '€')
	return span{start: start, end: j + n, value: v}, ok
}
