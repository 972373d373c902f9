package value

import "strings"

// customPhrases are the words that, in running text, state a custom price.
var customPhrases = []string{"contact sales", "custom pricing", "custom price",
	"custom quote", "talk to sales", "contact us for pricing"}

// notFree are the words after "free" that make it something other than a
// price: a free trial is not a free plan.
var notFree = []string{" trial", "-trial", " shipping", " of ", "-", " from ", " up "}

// wordPriceAt reads "free" or a custom-price phrase that starts at text[i].
func wordPriceAt(text string, i int) (PriceSpan, bool) {
	rest := text[i:]
	if len(rest) < 4 || !priceWordStart(rest[0]|0x20, rest[1]|0x20) || !priceWordHead(rest[:letterRunEnd(rest, 0)]) {
		return PriceSpan{}, false // most words: not "free", "contact", "custom" or "talk"
	}
	for _, ph := range customPhrases {
		if len(rest) >= len(ph) && strings.EqualFold(rest[:len(ph)], ph) && wordBounded(text, i, i+len(ph)) {
			p := Price{Kind: Custom, Text: text[i : i+len(ph)]}
			return PriceSpan{Start: i, End: i + len(ph), Price: p}, true
		}
	}
	if len(rest) < 4 || !strings.EqualFold(rest[:4], "free") || !wordBounded(text, i, i+4) {
		return PriceSpan{}, false
	}
	if i > 0 && (text[i-1] == '-' || text[i-1] == '/') {
		return PriceSpan{}, false // "risk-free", "toll-free"
	}
	after := strings.ToLower(rest[4:min(len(rest), 14)])
	for _, w := range notFree {
		if strings.HasPrefix(after, w) {
			return PriceSpan{}, false
		}
	}
	if freeTime(text[:i], rest[4:]) {
		return PriceSpan{}, false
	}
	p := Price{Kind: Free, Amount: "0", Text: text[i : i+4]}
	return PriceSpan{Start: i, End: i + 4, Price: p}, true
}

// priceWordHead reports whether the ASCII letters w are, ignoring case,
// "free" or the first word of one of customPhrases: an EqualFold of an
// ASCII phrase with as many bytes matches ASCII letters only, so no other
// word can start a price word.
func priceWordHead(w string) bool {
	switch len(w) {
	case 4:
		return asciiFoldEqual(w, "free") || asciiFoldEqual(w, "talk")
	case 6:
		return asciiFoldEqual(w, "custom")
	case 7:
		return asciiFoldEqual(w, "contact")
	}
	return false
}

// asciiFoldEqual reports whether the ASCII letters w equal the lower-case
// word lower, ignoring case.
func asciiFoldEqual(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// priceWordStart reports whether a word whose first two letters, lower-cased,
// are a and b may be "free" or start one of customPhrases.
func priceWordStart(a, b byte) bool {
	switch a {
	case 'f':
		return b == 'r'
	case 'c':
		return b == 'o' || b == 'u'
	case 't':
		return b == 'a'
	}
	return false
}

// timeWords are the units of a free period: "three months free" and "free
// for 30 days" are offers, not the price of a plan.
var timeWords = map[string]bool{"day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true}

// freeTime reports whether "free" stands after a time unit ("two months
// free") or before "for" and a time ("free for 30 days").
func freeTime(before, after string) bool {
	words := strings.Fields(strings.ToLower(before[max(0, len(before)-16):]))
	if len(words) > 0 && timeWords[strings.Trim(words[len(words)-1], ".,;:!?()")] {
		return true
	}
	next := strings.Fields(strings.ToLower(after[:min(len(after), 30)]))
	if len(next) < 3 || next[0] != "for" {
		return false
	}
	unit := strings.Trim(next[2], ".,;:!?()")
	if next[1] == "the" || next[1] == "a" || next[1] == "one" || next[1] == "your" {
		unit = strings.Trim(next[min(3, len(next)-1)], ".,;:!?()")
		if next[1] == "the" && len(next) > 3 && (next[2] == "first" || next[2] == "next") {
			unit = strings.Trim(next[min(4, len(next)-1)], ".,;:!?()")
		}
	}
	return timeWords[unit]
}
