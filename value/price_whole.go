package value

import (
	"fmt"
	"strings"
	"unicode"
)

// asideWords may stand around a canonical price without changing it:
// "$29 per user per month, excl. VAT", "€49 + tax".
var asideWords = map[string]bool{"vat": true, "tax": true, "taxes": true, "gst": true, "excl": true,
	"incl": true, "excluding": true, "including": true, "plus": true, "ex": true, "only": true}

// ParseWholePrice reads s as ParsePrice does, and also requires that all of
// s is the price, as a canonical price in a story file must be: a word
// ParsePrice would pass over ("79 bucks", "$29 per user per mnth") is an
// error that names it and shows what a price looks like. Text in
// parentheses and tax words ("excl. VAT") may stand aside.
func ParseWholePrice(s string) (Price, error) {
	p, start, end, err := parsePrice(s, ParseOptions{})
	if err != nil || start == end {
		return p, err
	}
	if w := strayWord(s[:start] + " " + s[end:]); w != "" {
		return p, fmt.Errorf("cannot read %q as a price: %q is not a currency, unit or period", s, w)
	}
	return p, nil
}

// strayWord returns the words and numbers of rest — what surrounds a price
// — outside parentheses, from the first that is not an aside word on, or
// "".
func strayWord(rest string) string {
	depth := 0
	fields := strings.FieldsFunc(rest, func(r rune) bool {
		switch r {
		case '(':
			depth++
			return true
		case ')':
			depth = max(depth-1, 0)
			return true
		}
		return depth > 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range fields {
		if !asideWords[strings.ToLower(w)] {
			return strings.Join(fields[i:], " ")
		}
	}
	return ""
}
