package value

import (
	"strings"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// readRange reads a range of quantities whose low end starts at s[i], as
// one quantity: "30–60 minutes", "25%–40%", "50-75% faster", "30 to 60
// min/day", "2–3M events". The two numbers are joined by a hyphen, an en
// or em dash, or "to"; the high end must be larger, the unit is the one
// after the high end (a "%" after the low end must be repeated by it),
// and two years ("2023–2024") are no range.
func readRange(s string, i int, whole bool) (QuantitySpan, bool) {
	end := scanNumber(s, i, false)
	j, pct := end, false
	if j < len(s) && s[j] == '%' {
		j, pct = j+1, true
	}
	k, ok := rangeJoin(s, j) // first: most numbers start no range
	if !ok || k >= len(s) || !isDigit(s[k]) {
		return QuantitySpan{}, false
	}
	lo, ok := canonical(s[i:end], '.')
	if !ok {
		return QuantitySpan{}, false
	}
	hiEnd := scanNumber(s, k, false)
	hi, ok := canonical(s[k:hiEnd], '.')
	if !ok || !less(lo, hi) || isYear(s[i:end]) && isYear(s[k:hiEnd]) || !plainEnd(s, hiEnd) {
		return QuantitySpan{}, false
	}
	if places, n := multiplierAt(s, hiEnd); n > 0 {
		lo, hi, hiEnd = shift(lo, places), shift(hi, places), hiEnd+n
	}
	sp, ok := unitAfter(s, reading{q: Quantity{Value: lo, Max: hi}, start: i, end: hiEnd, whole: whole})
	if !ok || pct && sp.Quantity.Unit != "percent" {
		return QuantitySpan{}, false
	}
	return sp, true
}

// plainEnd reports whether the number ending at s[j] is not part of a
// date, time or version ("30-60" but not "2024-05-12" or "1-2.3").
func plainEnd(s string, j int) bool {
	return j >= len(s) || !(strings.IndexByte("-/:.", s[j]) >= 0 && j+1 < len(s) && isDigit(s[j+1]))
}

// rangeJoin reads the joint of a range at s[j]: a hyphen, an en or em
// dash (spaces around allowed) or " to ". It returns where the high end
// starts.
func rangeJoin(s string, j int) (int, bool) {
	k := skipSpaces(s, j)
	spaced := k > j
	switch {
	case k < len(s) && s[k] == '-':
		k++
	case strings.HasPrefix(s[k:], "–") || strings.HasPrefix(s[k:], "—"):
		k += len("–")
	case spaced && len(s)-k > 3 && strings.EqualFold(s[k:k+2], "to") && s[k+2] == ' ':
		k += 2
	default:
		return 0, false
	}
	return skipSpaces(s, k), true
}

// symbolOps are the signs right before a number that bound it: ">1,500".
var symbolOps = []struct{ sign, op string }{{">", "at-least"}, {"≥", "at-least"},
	{"<", "at-most"}, {"≤", "at-most"}, {"~", "about"}, {"≈", "about"}}

// symbolBefore returns the bounding sign right before s[i] (a space
// between allowed) and where it starts.
func symbolBefore(s string, i int) (string, int) {
	t := i
	if t > 0 && s[t-1] == ' ' {
		t--
	}
	if t == 0 {
		return "", i
	}
	r, n := utf8.DecodeLastRuneInString(s[:t])
	for _, o := range symbolOps {
		if string(r) == o.sign && (t-n == 0 || !words.IsLetter(s[t-n-1]) && !isDigit(s[t-n-1])) {
			return o.op, t - n
		}
	}
	return "", i
}

// attachedUnits are the units that may be written right after the
// number, with no space: "10GB", "200ms", "24h".
var attachedUnits = map[string]string{"kb": "kb", "mb": "mb", "gb": "gb", "tb": "tb", "pb": "pb",
	"kib": "kb", "mib": "mb", "gib": "gb", "tib": "tb", "ms": "millisecond", "min": "minute",
	"mins": "minute", "h": "hour", "hr": "hour", "hrs": "hour", "mo": "month", "yr": "year",
	"yrs": "year", "wk": "week", "wks": "week", "kbps": "kbps", "mbps": "mbps", "gbps": "gbps"}

// attachedUnit reads a unit written right after the number at s[j]
// ("10GB"); it returns "" and j for any other word ("3D", "10am").
func attachedUnit(s string, j int) (string, int) {
	w, e := wordAt(s, j)
	if u, ok := attachedUnits[w]; ok && e > j {
		return u, e
	}
	return "", j
}

// isAcronym reports whether the word s[j:e] as written is an acronym
// ("CI", "API", "PRs"): two to five capitals, with an "s" at most.
func isAcronym(s string, j, e int) bool {
	w := strings.TrimSuffix(s[j:e], "s")
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}
