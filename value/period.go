package value

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// periods maps the words of a billing period to Price.Period.
var periods = map[string]string{
	"month": "month", "months": "month", "mo": "month", "mos": "month", "mth": "month",
	"monthly": "month", "month-to-month": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
	"annum": "year", "annually": "year", "yearly": "year", "annual": "year",
	"week": "week", "weeks": "week", "wk": "week", "weekly": "week",
	"day": "day", "days": "day", "daily": "day",
	"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "hourly": "hour",
}

// adverbs are the period words that stand alone after a price ("$49 monthly").
var adverbs = map[string]bool{"monthly": true, "month-to-month": true, "annually": true, "yearly": true,
	"weekly": true, "daily": true, "hourly": true}

// notUnits are words that may follow "per" or "/" without naming a unit.
var notUnits = map[string]bool{"the": true, "a": true, "an": true, "cent": true,
	"each": true, "ea": true, "and": true, "or": true, "to": true, "of": true}

// qualifier is what readQualifiers found after a price.
type qualifier struct {
	period, unit string
	end          int // byte offset just after the last word read
}

// readQualifiers reads the period and unit words that follow a price at
// s[i:]: "per user per month", "/vehicle/month", " a month", " monthly",
// ", billed annually", " one-time", "per 1,000 events" (unit "1000 event").
func readQualifiers(s string, i int) qualifier {
	q := qualifier{end: i}
	for {
		j := skipSpaces(s, q.end)
		next, ok := q.step(s, j)
		if !ok {
			return q
		}
		q.end = next
	}
}

// step reads one qualifier at s[j:] and returns where it ends.
func (q *qualifier) step(s string, j int) (int, bool) {
	if j < len(s) && s[j] == '/' {
		return q.perWord(s, skipSpaces(s, j+1))
	}
	if j < len(s) && s[j] == ',' {
		j = skipSpaces(s, j+1)
		if w, _ := wordAt(s, j); w != "billed" {
			return 0, false
		}
	}
	w, end := wordAt(s, j)
	switch {
	case w == "per":
		return q.perWord(s, skipSpaces(s, end))
	case w == "a" || w == "an":
		w2, end2 := wordAt(s, skipSpaces(s, end))
		if p, ok := periods[w2]; ok && q.period == "" && !adverbs[w2] {
			q.period = p
			return end2, true
		}
	case adverbs[w] && q.period == "":
		q.period = periods[w]
		return end, true
	case w == "billed":
		w2, end2 := wordAt(s, skipSpaces(s, end))
		if p, ok := periods[w2]; ok && adverbs[w2] {
			if q.period == "" {
				q.period = p
			}
			return end2, true
		}
	case w == "one-time" || w == "once" || w == "one":
		return q.once(s, w, end)
	}
	return 0, false
}

// once reads "one-time", "once" and "one time".
func (q *qualifier) once(s, w string, end int) (int, bool) {
	if w == "one" {
		w2, end2 := wordAt(s, skipSpaces(s, end))
		if w2 != "time" {
			return 0, false
		}
		end = end2
	}
	q.period = "once"
	return end, true
}

// perWord reads what follows "per" or "/": a period, a unit, or a counted
// unit ("1,000 events").
func (q *qualifier) perWord(s string, j int) (int, bool) {
	count := ""
	if j < len(s) && isDigit(s[j]) {
		end := scanNumber(s, j, false)
		c, ok := canonical(s[j:end], 0)
		if !ok {
			return 0, false
		}
		count, j = c+" ", skipSpaces(s, end)
	}
	w, end := wordAt(s, j)
	if w == "" || notUnits[w] {
		return 0, false
	}
	if p, ok := periods[w]; ok && count == "" {
		if q.period != "" {
			return 0, false
		}
		q.period = p
		return end, true
	}
	if q.unit != "" {
		return 0, false
	}
	if unitQualifiers[w] && count == "" {
		if w2, end2 := wordAt(s, skipSpaces(s, end)); w2 != "" && !notUnits[w2] && periods[w2] == "" {
			w, end = w2, end2 // "per named user": the unit is the user
		}
	}
	q.unit = count + singular(w)
	return end, true
}

// unitQualifiers are the words that may stand between "per" and its unit:
// "$1,440 / named user / year", "per active user".
var unitQualifiers = map[string]bool{"named": true, "active": true, "licensed": true,
	"additional": true, "extra": true}

// wordAt returns the lower-cased word (letters, inner hyphens) at s[j:] and
// its end; "" if s[j:] does not start with a letter.
func wordAt(s string, j int) (string, int) {
	end := wordEnd(s, j)
	return strings.ToLower(s[j:end]), end
}

// wordEnd returns the end of the word (ASCII letters, inner hyphens) at
// s[j:], or j when there is none or the word goes on in another script.
func wordEnd(s string, j int) int {
	end := j
	for end < len(s) {
		c := s[end]
		if words.IsLetter(c) || c == '-' && end > j && end+1 < len(s) && words.IsLetter(s[end+1]) {
			end++
			continue
		}
		break
	}
	if end < len(s) && s[end] >= 0x80 && end > j {
		return j
	}
	return end
}

// foldLookup looks up the ASCII word w in m ignoring case, without
// allocating.
func foldLookup[V any](m map[string]V, w string) (V, bool) {
	var buf [16]byte
	if len(w) > len(buf) {
		var zero V
		return zero, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// skipSpaces returns the first offset at or after j that is not a space.
func skipSpaces(s string, j int) int {
	for j < len(s) {
		n := isSpaceAt(s, j)
		if n == 0 {
			if s[j] == '\t' || s[j] == '\n' || s[j] == '\r' {
				n = 1
			} else {
				return j
			}
		}
		j += n
	}
	return j
}

// singular returns the singular of a lower-case English noun: "users" →
// "user", "companies" → "company", "boxes" → "box"; "address" stays.
func singular(w string) string {
	switch {
	case len(w) > 3 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || len(w) < 3:
		return w
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// plural returns the plural of a singular lower-case English noun.
func plural(w string) string {
	switch {
	case w == "" || w == "x":
		return w
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}
