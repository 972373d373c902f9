package value

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// FindValues returns the prices and the quantities in running text, as
// FindPrices and FindQuantities do, in one call that reads each candidate
// price once: both scans ask whether a number is a price, and the second
// takes the first's answers.
func FindValues(text string) ([]PriceSpan, []QuantitySpan) { return AppendValues(nil, nil, text) }

// AppendValues is FindValues appending the prices to ps and the quantities
// to qs, so that a caller reading many sentences reuses their room.
func AppendValues(ps []PriceSpan, qs []QuantitySpan, text string) ([]PriceSpan, []QuantitySpan) {
	var s Scanner
	return s.AppendValues(ps, qs, text)
}

// A Scanner finds values as AppendValues does, keeping its scratch space
// (a sentence's worth of priceAt answers and of candidate positions, two
// kilobytes) from one call to the next, where AppendValues clears a new
// one each time. Its scans read only the answers and positions the
// current call wrote (up to its counts), so what earlier calls left
// behind is never read. The zero Scanner is ready for use; a Scanner is
// not safe for concurrent use, and until Reset it keeps the prices of
// the last text it read, and so that text, in memory.
type Scanner struct {
	m priceMemo
	c candidates
}

// AppendValues is the package's AppendValues, with s's scratch space.
func (s *Scanner) AppendValues(ps []PriceSpan, qs []QuantitySpan, text string) ([]PriceSpan, []QuantitySpan) {
	m, c := &s.m, &s.c
	m.record, m.n, m.np, m.next = true, 0, 0, 0
	c.n, c.k, c.upTo = 0, 0, 0
	c.collect(text)
	qs = appendQuantities(qs, text, m, c)
	m.record, c.k = false, 0
	return appendPrices(ps, text, m, c), qs
}

// Reset lets go of the last text s read.
func (s *Scanner) Reset() { *s = Scanner{} }

// FindPrices returns every price in running text, in order, with byte
// offsets. A number is a price only next to a currency marker ("$18",
// "49,00 €", "USD 49", "CHF 1'049.95"); "free" and "contact sales" or
// "custom pricing" are prices without a number. Years, versions ("v2.3.1"),
// percentages, dates, phone numbers, "24/7", model numbers ("X200") and plain
// counts are not prices. The period and unit that follow are attached:
// "$18 per vehicle per month", "$18/vehicle/month", "$180 per vehicle,
// billed annually"; so is a "from" or "starting at" before the price.
func FindPrices(text string) []PriceSpan { return appendPrices(nil, text, nil, nil) }

// FindQuantities returns every quantity in running text, in order, with
// byte offsets: "14-day", "99.9%", "120+ integrations", "over 2,500
// fleets", "two weeks", "24/7 support", "2x faster". A number needs a unit
// to be a quantity. Not quantities: prices, years, versions, dates, times,
// phone numbers, list numbering ("1. ") and number words that count
// anything but time.
func FindQuantities(text string) []QuantitySpan { return appendQuantities(nil, text, nil, nil) }

// appendPrices is FindPrices appending to out; m, when not nil, answers
// for priceAt, and c, when not nil, where to stop. It stops only at digits and at the letters that may start
// a price word ("free", "contact sales", "custom pricing", "talk to
// sales"); no price starts inside a word.
func appendPrices(out []PriceSpan, text string, m *priceMemo, c *candidates) []PriceSpan {
	last := 0
	for i := c.next(text, 0, classPriceStart); i < len(text); i = c.next(text, i, classPriceStart) {
		c := text[i]
		if byteClasses[c]&classDigit != 0 {
			sp, end := m.priceAt(text, i)
			if end > i && sp.End > 0 && sp.Start >= last {
				last = sp.End
				out = append(out, sp)
			}
			i = max(end, i+1)
			continue
		}
		// wordPriceAt's own first test, without the call for most words
		if i+4 <= len(text) && priceWordStart(c|0x20, text[i+1]|0x20) && (i == 0 || !words.IsLetter(text[i-1])) {
			if sp, ok := wordPriceAt(text, i); ok {
				out = append(out, sp)
				i, last = sp.End, sp.End
				continue
			}
		}
		i = letterRunEnd(text, i+1)
	}
	return out
}

// appendQuantities is FindQuantities appending to out; m, when not nil,
// answers for priceAt, and c, when not nil, where to stop. It stops only at digits and at the letters that
// may start a number word; a word that starts inside another is passed.
func appendQuantities(out []QuantitySpan, text string, m *priceMemo, c *candidates) []QuantitySpan {
	for i := c.next(text, 0, classQuantityStart); i < len(text); i = c.next(text, i, classQuantityStart) {
		startsWord := i == 0 || byteClasses[text[i-1]]&(classLetter|classDigit) == 0
		var next int
		if byteClasses[text[i]]&classDigit != 0 {
			if sp, _ := m.priceAt(text, i); sp.End > 0 {
				i = sp.End // money is a price, with its "per 1,000 events"
				continue
			}
			next = skipToken(text, i)
		} else {
			next = letterRunEnd(text, i+1)
			if !startsWord || !numberWordShaped(text[i:next]) || !mayBeNumberWord(text, i) {
				i = next // most words
				continue
			}
		}
		if startsWord {
			if sp, ok := readQuantity(text, i, false); ok {
				if out == nil {
					out = make([]QuantitySpan, 0, 2) // one allocation for most sentences
				}
				out = append(out, sp)
				next = sp.End
			}
		}
		i = next
	}
	return out
}

// mayBeNumberWord reports whether the word at text[i] may be a number
// word that readQuantity reads ("two", "A dozen"): most words are ruled
// out by their first and last letters and length, without a map look-up,
// and "a" by the word after it.
func mayBeNumberWord(text string, i int) bool {
	end := wordEnd(text, i)
	if !numberWordShaped(text[i:end]) {
		return false
	}
	if end-i == 1 { // "a": a number only in "a dozen", as readNumber reads it
		k := skipSpaces(text, end)
		return strings.EqualFold(text[k:wordEnd(text, k)], "dozen")
	}
	return true // numberWordShaped found it among the number words
}

// priceMemo keeps what priceAt answered during one scan of a text so that
// a second scan of the same text, asking about positions in the same
// increasing order, does not read the same prices again. It holds a
// sentence's worth of answers, in place; a position it does not hold is
// read again. A nil memo remembers nothing.
type priceMemo struct {
	record bool // true: remember the answers; false: replay them
	n, np  int  // answers and prices held
	next   int  // the first answer a replay has not passed
	got    [32]priceAnswer
	prices [4]PriceSpan // the prices of the answers that found one
}

// priceAnswer is what priceAt said at one position: where scanning goes
// on, and the index of the price in priceMemo.prices, or -1.
type priceAnswer struct {
	at, end, price int
}

// priceAt is priceAt(text, i), remembered or replayed.
func (m *priceMemo) priceAt(text string, i int) (PriceSpan, int) {
	switch {
	case m == nil:
		return priceAt(text, i)
	case m.record:
		sp, end := priceAt(text, i)
		m.remember(i, sp, end)
		return sp, end
	}
	for m.next < m.n && m.got[m.next].at < i {
		m.next++
	}
	if m.next < m.n && m.got[m.next].at == i {
		a := m.got[m.next]
		if a.price < 0 {
			return PriceSpan{}, a.end
		}
		return m.prices[a.price], a.end
	}
	return priceAt(text, i)
}

// remember records one answer, if there is room for it.
func (m *priceMemo) remember(i int, sp PriceSpan, end int) {
	a := priceAnswer{at: i, end: end, price: -1}
	if sp.End > 0 {
		if m.np == len(m.prices) {
			return
		}
		a.price = m.np
		m.prices[m.np] = sp
		m.np++
	}
	if m.n < len(m.got) {
		m.got[m.n] = a
		m.n++
	}
}
