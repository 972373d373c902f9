package value

import (
	"fmt"
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// ParseQuantity reads the whole string s as one quantity, as written in the
// story file: "14 days", "two weeks", "99.95%", "120+ integrations",
// "2,500 customers", "up to 12%", "1M events", "24/7 support", "2x".
func ParseQuantity(s string) (Quantity, error) {
	for i := 0; i < len(s); i = skipToken(s, i) {
		if i > 0 && (words.IsLetter(s[i-1]) || isDigit(s[i-1])) {
			continue
		}
		if sp, ok := readQuantity(s, i, true); ok {
			sp.Quantity.Text = s
			return sp.Quantity, nil
		}
	}
	return Quantity{Text: s}, fmt.Errorf("cannot read %q as a quantity: no number", s)
}

// wordInitials are the first letters of the number words.
const wordInitials = "otfsenad"

// skipToken returns where the word or number at text[i] ends (at least i+1).
func skipToken(text string, i int) int {
	j := i + 1
	if isDigit(text[i]) {
		return max(j, scanNumber(text, i, false))
	}
	for words.IsLetter(text[i]) && j < len(text) && words.IsLetter(text[j]) {
		j++
	}
	return j
}

// reading is a number being read as a quantity.
type reading struct {
	q          Quantity
	start, end int  // the quantity so far: bounding word, number, "+"
	word       bool // the number is a word ("two"), which counts only time
	whole      bool // ParseQuantity: a bare number is a quantity
}

// readQuantity reads a quantity whose number (digits or a number word)
// starts at s[i]. whole is set for ParseQuantity, which accepts a bare
// number and does not skip years.
func readQuantity(s string, i int, whole bool) (QuantitySpan, bool) {
	if strings.HasPrefix(s[i:], "24/7") && (i+4 == len(s) || !isDigit(s[i+4])) {
		return unitAfter(s, reading{q: Quantity{Value: "24/7"}, start: i, end: i + 4, whole: true})
	}
	if isDigit(s[i]) && !(i > 0 && strings.IndexByte(".,+#-/:(", s[i-1]) >= 0) {
		if sp, ok := readRange(s, i, whole); ok {
			return boundedBefore(s, i, sp), true
		}
	}
	r, ok := readNumber(s, i, whole)
	if !ok {
		return QuantitySpan{}, false
	}
	if r.end < len(s) && s[r.end] == '+' {
		r.q.Op, r.end = "at-least", r.end+1
	}
	sp, ok := unitAfter(s, r) // first: most numbers have no unit
	if !ok {
		return QuantitySpan{}, false
	}
	sp = boundedBefore(s, i, sp)
	if !whole && sp.Quantity.Op == "" && isYear(s[i:r.end]) && s[sp.End-1] != 's' {
		return QuantitySpan{}, false // "in 2024", but "2000 customers"
	}
	return sp, true
}

// boundedBefore extends sp, a quantity whose number starts at s[i], over
// the bounding word or sign before it: "up to 5", ">1,500", "about 20".
func boundedBefore(s string, i int, sp QuantitySpan) QuantitySpan {
	op, at := symbolBefore(s, i)
	if op == "" {
		op, at = opBefore(s, i)
	}
	if op != "" {
		sp.Start, sp.Quantity.Text = at, s[at:sp.End]
		if sp.Quantity.Op == "" {
			sp.Quantity.Op = op // "up to 5", but "over 120+" is "at-least"
		}
	}
	return sp
}

// isYear reports whether a number as written looks like a year: 1900–2099.
func isYear(n string) bool {
	return len(n) == 4 && plainDigits(n) && (n[:2] == "19" || n[:2] == "20")
}

// readNumber reads the number at s[i]: digits with grouping and a
// multiplier ("1M", "1.5 million"), or a number word.
func readNumber(s string, i int, whole bool) (reading, bool) {
	r := reading{start: i, whole: whole}
	if !isDigit(s[i]) {
		r.end, r.word = wordEnd(s, i), true
		v, ok := foldLookup(numberWords, s[i:r.end])
		if w := s[i:r.end]; strings.EqualFold(w, "a") || strings.EqualFold(w, "one") {
			if k := skipSpaces(s, r.end); strings.EqualFold(s[k:wordEnd(s, k)], "dozen") {
				v, r.end, ok = "12", wordEnd(s, k), true
			}
		}
		r.q.Value = v
		return r, ok
	}
	if i > 0 && (s[i-1] == '.' || s[i-1] == ',' || s[i-1] == '+' || s[i-1] == '#') {
		return r, false // "v2.3", "+1 555", "#3"
	}
	end := scanNumber(s, i, false)
	v, ok := canonical(s[i:end], '.')
	if !ok || notAQuantity(s, i, end, whole) {
		return r, false
	}
	if places, n := multiplierAt(s, end); n > 0 {
		v, end = shift(v, places), end+n
	} else if k := skipSpaces(s, end); k < len(s) && words.IsLetter(s[k]) {
		if places, ok := foldLookup(bigWords, s[k:wordEnd(s, k)]); ok {
			v, end = shift(v, places), wordEnd(s, k)
		}
	}
	r.q.Value, r.end = v, end
	return r, true
}

// notAQuantity rules out dates, times, phone numbers, versions, years and
// list numbering around the number s[i:end].
func notAQuantity(s string, i, end int, whole bool) bool {
	if end < len(s) && strings.IndexByte("-/:.", s[end]) >= 0 && end+1 < len(s) && isDigit(s[end+1]) {
		return true
	}
	if i > 0 && strings.IndexByte("-/:(", s[i-1]) >= 0 && i > 1 && isDigit(s[i-2]) {
		return true
	}
	if whole {
		return false
	}
	if _, ok := wordBefore(s, i, versionWords); ok {
		return true
	}
	return lineStart(s, i) && end < len(s) && (s[end] == '.' || s[end] == ')')
}

// lineStart reports whether only spaces come between the start of the line
// and s[i].
func lineStart(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || s[i-1] == '\n' || s[i-1] == '\r'
}

// opBefore returns the bounding word right before s[i] and where it starts.
func opBefore(s string, i int) (string, int) {
	t := trimBefore(s, i)
	before := s[:t]
	if t == i && i > 0 {
		return "", i // a word right before the number: not "up to 5"
	}
	for _, o := range opsBefore {
		if endsWithWord(before, o.words) {
			return o.op, len(before) - len(o.words)
		}
	}
	return "", i
}

// unitAfter reads the unit after the number and returns the quantity
// span. Weeks become days.
func unitAfter(s string, r reading) (QuantitySpan, bool) {
	q, j := r.q, r.end
	if k := skipSpaces(s, j); k < len(s) && s[k] == '%' && k-j <= 1 {
		j = k // "99.99 %"
	}
	switch {
	case j < len(s) && s[j] == '%':
		q.Unit, j = "percent", j+1
	case strings.HasPrefix(s[j:], "×"):
		q.Unit, j = "x", j+len("×")
	case j < len(s) && (s[j] == 'x' || s[j] == 'X') && !startsWithLetter(s[j+1:]):
		q.Unit, j = "x", j+1
	default:
		q.Unit, j = unitWord(s, j)
	}
	if q.Unit == "week" {
		q.Unit, q.Value = "day", times(q.Value, 7)
	}
	if r.word && !timeUnits[q.Unit] && q.Value != "12" || q.Value == "" {
		return QuantitySpan{}, false
	}
	if q.Unit == "" && !r.whole && q.Value != "24/7" {
		return QuantitySpan{}, false
	}
	q.Text = s[r.start:j]
	return QuantitySpan{Start: r.start, End: j, Quantity: q}, true
}

// unitWord reads the unit word after a number that ends at s[j]: after a
// space or a hyphen ("14-day"), over an adjective ("2 new features"); it
// returns the canonical unit and its end, or "" and j.
func unitWord(s string, j int) (string, int) {
	k := j
	if k < len(s) && s[k] == '-' {
		k++
	} else {
		k = skipSpaces(s, k)
	}
	if k == j {
		return attachedUnit(s, j) // "10GB"
	}
	w, e := wordAt(s, k)
	if isAcronym(s, k, e) && attachedUnits[w] == "" {
		if w2, e2 := wordAt(s, skipSpaces(s, e)); w2 != "" && !stopWords[w2] {
			w, e = w2, e2 // "1,000 CI minutes": the acronym qualifies the unit
		}
	}
	if adjectives[w] {
		if w2, e2 := wordAt(s, skipSpaces(s, e)); w2 != "" && !stopWords[w2] {
			w, e = w2, e2
		}
	}
	if w == "per" {
		if w2, e2 := wordAt(s, skipSpaces(s, e)); w2 == "cent" {
			w, e = "percent", e2
		}
	}
	if w == "" || stopWords[w] {
		return "", j
	}
	return canonicalUnit(w), e
}
