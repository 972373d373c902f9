package value

import (
	"fmt"
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// ParseOptions tune ParsePriceWith for a price taken from a shop page.
type ParseOptions struct {
	// CurrencyHint is the text of a neighbouring element that may name the
	// currency ("GBP", "Price From £ 39.95"); it is read only when the price
	// itself names none.
	CurrencyHint string
	// DecimalSeparator is the decimal separator when it is known ('.', ',',
	// or '€' as in "35€99"); 0 guesses it.
	DecimalSeparator rune
}

// ParsePrice reads the whole string s as one price, as written in the story
// file or in a shop's price element: "$29 per user per month", "€49,00",
// "CHF 1'049.95", "₹ 7,50,000", "from $19", "$19–$49/mo", "free", "contact
// sales". A bare number ("45,00") is an amount with no currency. The error
// says why s is not a price; the Price returned with it still holds the
// currency, if one was named.
func ParsePrice(s string) (Price, error) { return ParsePriceWith(s, ParseOptions{}) }

// ParsePriceWith is ParsePrice with a currency hint and a known decimal
// separator.
func ParsePriceWith(s string, opt ParseOptions) (Price, error) {
	p, _, _, err := parsePrice(s, opt)
	return p, err
}

// parsePrice is ParsePriceWith, and also returns where in s the price
// starts and ends (its "from" word and qualifiers included); both are 0 for
// a price in words.
func parsePrice(s string, opt ParseOptions) (Price, int, int, error) {
	p := Price{Text: s}
	cur := pickCurrency(s, inPrice)
	p.Symbol = s[cur.start:cur.end]
	if cur.end == 0 && opt.CurrencyHint != "" {
		hint := pickCurrency(opt.CurrencyHint, inHint)
		p.Symbol = opt.CurrencyHint[hint.start:hint.end]
	}
	p.Currency = CurrencyCode(p.Symbol)
	if kind, ok := wordPrice(s); ok {
		p.Kind, p.Symbol, p.Currency = kind, "", ""
		if kind == Free {
			p.Amount = "0"
		}
		return p, 0, 0, nil
	}
	lo, ok := pickNumber(s, cur, opt.DecimalSeparator)
	if !ok {
		return p, 0, 0, fmt.Errorf("cannot read %q as a price: no amount", s)
	}
	start, core := p.amounts(s, lo, cur, opt.DecimalSeparator)
	q := readQualifiers(s, core)
	p.Period, p.Unit = q.period, q.unit
	if at, ok := wordBefore(s, start, fromWords); ok {
		p.From, start = true, at
	}
	if p.Kind == Fixed && p.Amount == "0" {
		p.Kind = Free
	}
	return p, start, q.end, nil
}

// amounts sets the amount, the high end of a range and a "k"/"M" multiplier
// from the number lo, and returns where the price starts and where its
// amount and currency end.
func (p *Price) amounts(s string, lo, cur span, dec rune) (start, core int) {
	p.Amount, start, core = lo.value, lo.start, lo.end
	if hi, ok := rangeAfter(s, lo, dec, inPrice); ok {
		p.Kind, p.Max, core = Range, hi.value, hi.end
	}
	if cur.end == 0 {
		return start, core
	}
	p.Amount, p.Max, core = applySuffix(s, core, p.Amount, p.Max)
	if cur.start >= core && strings.TrimSpace(s[core:cur.start]) == "" {
		core = cur.end
	} else if cur.end <= lo.start {
		start = cur.start
	}
	return start, core
}

// span is a currency marker or a number found in a string.
type span struct {
	start, end int
	value      string // canonical decimal, for numbers
}

// pickCurrency returns the currency marker of a whole-string price, with
// price-parser's preferences: a dollar code next to "$" ("SGD$4.90",
// "$1,190.00 AUD"), then the first symbol or known abbreviation, then the
// first ISO code or loose abbreviation. The zero span means none.
func pickCurrency(s string, sc scope) span {
	var known, other, dollar span
	hasDollar := strings.Contains(s, "$")
	for i := 0; i < len(s); i++ {
		n := markerAt(s, i, sc)
		if n == 0 {
			continue
		}
		m, inTable := markers[s[i:i+n]]
		switch {
		case hasDollar && dollar.end == 0 && isISOCode(s[i:i+n]) && s[i+n-1] == 'D':
			dollar = span{start: i, end: i + n}
		case inTable && !m.loose && known.end == 0:
			known = span{start: i, end: i + n}
		case other.end == 0:
			other = span{start: i, end: i + n}
		}
		i += n - 1
	}
	for _, c := range []span{dollar, known, other} {
		if c.end > 0 {
			return c
		}
	}
	return span{}
}

// customWords name a price that is negotiated, not stated.
var customWords = []string{"custom", "contact", "talk to sales", "get a quote",
	"request a quote", "quote", "let's talk", "call us"}

// wordPrice reads a price written without digits: "free", "custom pricing".
func wordPrice(s string) (PriceKind, bool) {
	if strings.IndexAny(s, "0123456789") >= 0 {
		return 0, false
	}
	lower := strings.ToLower(s)
	for _, w := range customWords {
		if strings.Contains(lower, w) {
			return Custom, true
		}
	}
	if i := strings.Index(lower, "free"); i >= 0 && priceWordBounded(lower, i, i+4) {
		return Free, true
	}
	return 0, false
}

// priceWordBounded reports whether s[i:j] stands as a word where a price
// word is read: as words.Bounded reads it, but a hyphen may follow, since
// a compound that starts with the word still states a price ("Free-forever
// plan", "custom-quoted").
func priceWordBounded(s string, i, j int) bool {
	return words.StartsWord(s, i) && (words.EndsWord(s, j) || s[j] == '-')
}

// fromWords mark a lowest price: "from $19", "starting at $19".
var fromWords = []string{"from", "starting at", "starts at", "from just", "from only",
	"as low as", "starting from"}

// wordBefore finds which of words ends s[:at], ignoring case and the spaces
// and colon in between, and returns where it starts.
func wordBefore(s string, at int, words []string) (int, bool) {
	if at < 0 || at > len(s) {
		return 0, false
	}
	before := s[:trimBefore(s, at)]
	for _, w := range words {
		if n := len(before) - len(w); endsWithWord(before, w) {
			return n, true
		}
	}
	return 0, false
}

// endsWithWord reports whether s ends with the word w, ignoring case.
func endsWithWord(s, w string) bool {
	n := len(s) - len(w)
	if n < 0 || len(w) > 0 && w[len(w)-1] < 0x80 && s[len(s)-1]|0x20 != w[len(w)-1]|0x20 {
		return false // most words, without EqualFold: an ASCII last letter differs
	}
	return strings.EqualFold(s[n:], w) && (n == 0 || !words.IsLetter(s[n-1]))
}

// trimBefore returns at moved back over spaces, no-break spaces and colons.
func trimBefore(s string, at int) int {
	for at > 0 {
		switch {
		case s[at-1] == ' ' || s[at-1] == ':':
			at--
		case at > 1 && s[at-2:at] == "\u00a0":
			at -= 2
		default:
			return at
		}
	}
	return at
}
