package value

import (
	"slices"
	"strings"
)

// customPhrases are the words that, in running text, state a custom price.
var customPhrases = []string{"contact sales", "custom pricing", "custom price",
	"custom quote", "talk to sales", "contact us for pricing"}

// priceWordHeads are the words that may start a price word: "free" and
// the first words of customPhrases.
var priceWordHeads = func() []string {
	heads := []string{"free"}
	for _, ph := range customPhrases {
		head, _, _ := strings.Cut(ph, " ")
		if !slices.Contains(heads, head) {
			heads = append(heads, head)
		}
	}
	return heads
}()

// priceWordStarts holds the first two letters of priceWordHeads.
var priceWordStarts = func() (t [26][26]bool) {
	for _, h := range priceWordHeads {
		t[h[0]-'a'][h[1]-'a'] = true
	}
	return t
}()

// notFree are the words after "free" that make it something other than a
// price: a free trial is not a free plan.
var notFree = []string{" trial", "-trial", " shipping", " of ", "-", " from ", " up "}

// idiomFree are the words before "free" in idioms that price nothing.
var idiomFree = []string{"feel", "feels", "felt", "break", "set", "breaks"}

// wordPriceAt reads "free" or a custom-price phrase that starts at text[i].
func wordPriceAt(text string, i int) (PriceSpan, bool) {
	rest := text[i:]
	if len(rest) < 4 || !priceWordStart(rest[0]|0x20, rest[1]|0x20) || !priceWordHead(rest[:letterRunEnd(rest, 0)]) {
		return PriceSpan{}, false // most words: not "free", "contact", "custom" or "talk"
	}
	for _, ph := range customPhrases {
		if len(rest) >= len(ph) && strings.EqualFold(rest[:len(ph)], ph) && priceWordBounded(text, i, i+len(ph)) {
			p := Price{Kind: Custom, Text: text[i : i+len(ph)]}
			return PriceSpan{Start: i, End: i + len(ph), Price: p}, true
		}
	}
	if len(rest) < 4 || !strings.EqualFold(rest[:4], "free") || !priceWordBounded(text, i, i+4) {
		return PriceSpan{}, false
	}
	if i > 0 && (text[i-1] == '-' || text[i-1] == '/') {
		return PriceSpan{}, false // "risk-free", "toll-free"
	}
	if _, ok := wordBefore(text, i, idiomFree); ok {
		return PriceSpan{}, false // "feel free to", "break free"
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
// one of priceWordHeads: an EqualFold of an ASCII word with as many bytes
// matches ASCII letters only, so no other word can start a price word.
func priceWordHead(w string) bool {
	for _, h := range priceWordHeads {
		if asciiFoldEqual(w, h) {
			return true
		}
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
// are a and b may be one of priceWordHeads.
func priceWordStart(a, b byte) bool {
	return a-'a' < 26 && b-'a' < 26 && priceWordStarts[a-'a'][b-'a']
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
