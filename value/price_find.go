package value

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// priceAt reads the price whose number starts at text[i]. It returns the
// span (End 0 when there is no price) and where scanning goes on.
func priceAt(text string, i int) (PriceSpan, int) {
	end := scanNumber(text, i, false)
	if i > 0 && (isDigit(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
		return PriceSpan{}, end
	}
	p := Price{Kind: Fixed}
	start, core := i, end
	if ms := markerBefore(text, i); ms >= 0 {
		start, p.Symbol = ms, strings.TrimRight(text[ms:i], " \u00a0")
	} else if i > 0 && (words.IsLetter(text[i-1]) || text[i-1] >= 0x80 && endsWithLetter(text[:i])) {
		return PriceSpan{}, end // "X200", "v2"
	} else if j := skipSpaces(text, end); j < len(text) && (j > end || !isDigit(text[j])) {
		if n := markerAt(text, j, inText); n > 0 {
			p.Symbol, core = text[j:j+n], j+n
		}
	}
	if p.Symbol == "" {
		return PriceSpan{}, end // a plain number
	}
	lo, ok := canonical(text[i:end], 0)
	if !ok {
		return PriceSpan{}, end
	}
	p.Amount, p.Currency = lo, CurrencyCode(p.Symbol)
	if core == end {
		core, p.Amount, p.Max = suffixed(text, core, &p)
		if afterNumber(text, core) {
			return PriceSpan{}, end
		}
	}
	if hi, ok := rangeAfter(text, span{start: i, end: end, value: lo}, 0, inText); ok && hi.start >= core {
		p.Kind, p.Max, core = Range, hi.value, hi.end
		if j := skipSpaces(text, core); core > end && markerAt(text, j, inText) > 0 {
			core = j + markerAt(text, j, inText)
		}
	} else if core > end {
		core = scaledRange(text, span{start: i, end: core, value: lo}, &p, core)
	}
	return finishPrice(text, start, core, p), core
}

// scaledRange reads the high end of a range whose low end lo carries a
// multiplier ("$2.5m–$4.0m", "$250k to $400k"): the high end must carry
// the same one. It returns where the price ends.
func scaledRange(text string, lo span, p *Price, core int) int {
	places, _ := multiplierAt(text, scanNumber(text, lo.start, false))
	hi, ok := rangeAfter(text, lo, 0, inText)
	if !ok || places == 0 {
		return core
	}
	if hp, n := multiplierAt(text, hi.end); n > 0 && hp == places {
		p.Kind, p.Max = Range, shift(hi.value, places)
		return hi.end + n
	}
	return core
}

// suffixed applies a "k"/"M" multiplier after the number when a currency
// marker stands before it ("$1.2k").
func suffixed(text string, core int, p *Price) (int, string, string) {
	if p.Symbol == "" {
		return core, p.Amount, p.Max
	}
	amount, maxAmount, end := applySuffix(text, core, p.Amount, p.Max)
	if end == core {
		if k := skipSpaces(text, core); k > core && k < len(text) && words.IsLetter(text[k]) {
			if places, ok := foldLookup(bigWords, text[k:wordEnd(text, k)]); ok {
				return wordEnd(text, k), shift(amount, places), maxAmount // "$15 million"
			}
		}
	}
	return end, amount, maxAmount
}

// afterNumber reports whether what follows a number rules out a price:
// "%", a letter ("2x", "14th"), or "/", ":" or "." and a digit ("24/7",
// "10:30", "15.08."), or a digit group ("2024-05").
func afterNumber(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	c := text[j]
	if c == '%' || skipSpaces(text, j) < len(text) && text[skipSpaces(text, j)] == '%' {
		return true
	}
	if words.IsLetter(c) {
		return markerAt(text, j, inText) == 0
	}
	if (c == '/' || c == ':' || c == '.') && j+1 < len(text) && isDigit(text[j+1]) {
		return true
	}
	return false
}

// markerBefore returns where a currency marker ends right before text[i]
// (at most one space between), or -1.
func markerBefore(text string, i int) int {
	p := i
	if p > 0 && text[p-1] == ' ' {
		p--
	} else if p >= 2 && text[p-2:p] == "\u00a0" {
		p -= 2
	}
	if p == 0 {
		return -1
	}
	if c := text[p-1]; c < 0x80 && c != '$' && c != '.' && !words.IsLetter(c) {
		return -1
	}
	var starts [maxMarkerRunes]int
	n := 0
	for start := p; n < maxMarkerRunes && start > 0; n++ {
		start--
		for start > 0 && text[start]&0xC0 == 0x80 {
			start--
		}
		if c := text[start]; c == ' ' || c < 0x80 && c != '$' && c != '.' && c != '/' && !words.IsLetter(c) {
			break // no marker in running text holds a space or other punctuation
		}
		starts[n] = start
	}
	for k := n - 1; k >= 0; k-- {
		start := starts[k]
		if !markerOK(text[start:p], inText) {
			continue
		}
		if start == 0 || !startsWithLetter(text[start:]) || !endsWithLetter(text[:start]) {
			return start
		}
	}
	return -1
}

// finishPrice attaches the qualifiers after the price and a "from" before
// it, and builds the span.
func finishPrice(text string, start, core int, p Price) PriceSpan {
	if q := readQualifiers(text, core); q.end > core {
		p.Period, p.Unit, core = q.period, q.unit, q.end
	}
	if at, ok := wordBefore(text, start, fromWords); ok {
		p.From, start = true, at
	}
	if p.Kind == Fixed && p.Amount == "0" {
		p.Kind = Free
	}
	p.Text = text[start:core]
	return PriceSpan{Start: start, End: core, Price: p}
}
