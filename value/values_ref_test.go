package value

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/onestory/onestory/internal/words"
)

// FuzzFindValuesReference checks the candidate-driven scans of FindValues,
// FindPrices and FindQuantities against the simple byte-by-byte scans.
func FuzzFindValuesReference(f *testing.F) {
	for _, s := range append(seeds, "Two weeks free, then $18/vehicle/month.", "A dozen fleets ca. 3 cu",
		"X200 costs CHF 1'049.95; contact sales", "eighteen-month term, twenty4 seven", "FREE forever for 2,500 customers", "Feel free, it felt free",
		strings.Repeat("Two weeks free, then $18/vehicle/month for 120+ drivers; talk to sales. ", 9)) {
		f.Add(s)
	}
	f.Fuzz(checkReference)
}

// TestFindValuesReference checks the scans against the reference on the
// benchmark pages, whole (more candidates than AppendValues holds) and a
// sentence at a time.
func TestFindValuesReference(t *testing.T) {
	for _, name := range []string{"testdata/pricing-page.txt", "testdata/prose-page.md"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("read page: %v", err)
		}
		checkReference(t, string(data))
		for _, s := range strings.SplitAfter(string(data), ". ") {
			checkReference(t, s)
		}
	}
}

// checkReference compares the finders on s with the reference scans.
func checkReference(t *testing.T, s string) {
	wantP, wantQ := refAppendPrices(nil, s, nil), refAppendQuantities(nil, s, nil)
	if got := FindPrices(s); !reflect.DeepEqual(got, wantP) {
		t.Errorf("FindPrices(%q) = %+v, reference %+v", s, got, wantP)
	}
	if got := FindQuantities(s); !reflect.DeepEqual(got, wantQ) {
		t.Errorf("FindQuantities(%q) = %+v, reference %+v", s, got, wantQ)
	}
	if got, want := readFirstQuantity(s, readQuantity), readFirstQuantity(s, refReadQuantity); got != want {
		t.Errorf("ParseQuantity(%q) reads %+v, reference %+v", s, got, want)
	}
	m := priceMemo{record: true}
	refQ := refAppendQuantities(nil, s, &m)
	m.record = false
	refP := refAppendPrices(nil, s, &m)
	gotP, gotQ := FindValues(s)
	if !reflect.DeepEqual(gotP, refP) || !reflect.DeepEqual(gotQ, refQ) {
		t.Errorf("FindValues(%q) = %+v, %+v, reference %+v, %+v", s, gotP, gotQ, refP, refQ)
	}
}

// refAppendPrices is the byte-by-byte scan that appendPrices replaced:
// the reference its results must equal.
func refAppendPrices(out []PriceSpan, text string, m *priceMemo) []PriceSpan {
	last := 0
	for i := 0; i < len(text); {
		c := text[i]
		if isDigit(c) {
			sp, end := m.priceAt(text, i)
			if end > i && sp.End > 0 && sp.Start >= last {
				last = sp.End
				out = append(out, sp)
			}
			i = max(end, i+1)
			continue
		}
		if !words.IsLetter(c) {
			i++
			continue
		}
		// wordPriceAt's own first test, without the call for most words
		if i+4 <= len(text) && priceWordStart(c|0x20, text[i+1]|0x20) && (i == 0 || !words.IsLetter(text[i-1])) {
			if sp, ok := refWordPriceAt(text, i); ok {
				out = append(out, sp)
				i, last = sp.End, sp.End
				continue
			}
		}
		for i++; i < len(text) && words.IsLetter(text[i]); i++ {
		} // no price starts inside a word
	}
	return out
}

// refAppendQuantities is the byte-by-byte scan that appendQuantities
// replaced: the reference its results must equal.
func refAppendQuantities(out []QuantitySpan, text string, m *priceMemo) []QuantitySpan {
	for i := 0; i < len(text); {
		c := text[i]
		startsWord := i == 0 || !words.IsLetter(text[i-1]) && !isDigit(text[i-1])
		next := i + 1
		switch {
		case isDigit(c):
			if sp, _ := m.priceAt(text, i); sp.End > 0 {
				i = sp.End // money is a price, with its "per 1,000 events"
				continue
			}
			next = skipToken(text, i)
		case words.IsLetter(c):
			for next < len(text) && words.IsLetter(text[next]) {
				next++ // skipToken, without the call
			}
			if !startsWord || !numberWordShape.holds(text[i:next]) || !mayBeNumberWord(text, i) {
				i = next // most words
				continue
			}
		default:
			i = next
			continue
		}
		if startsWord {
			if sp, ok := refReadQuantity(text, i, false); ok {
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

// readFirstQuantity is ParseQuantity's loop, with read for readQuantity.
func readFirstQuantity(s string, read func(string, int, bool) (QuantitySpan, bool)) QuantitySpan {
	for i := 0; i < len(s); i = skipToken(s, i) {
		if i > 0 && (words.IsLetter(s[i-1]) || isDigit(s[i-1])) {
			continue
		}
		if sp, ok := read(s, i, true); ok {
			return sp
		}
	}
	return QuantitySpan{}
}

// refReadQuantity is readQuantity as it was, reading the bounding word
// before the unit.
func refReadQuantity(s string, i int, whole bool) (QuantitySpan, bool) {
	if strings.HasPrefix(s[i:], "24/7") && (i+4 == len(s) || !isDigit(s[i+4])) {
		return unitAfter(s, reading{q: Quantity{Value: "24/7"}, start: i, end: i + 4, whole: true})
	}
	if isDigit(s[i]) && !(i > 0 && strings.IndexByte(".,+#-/:(", s[i-1]) >= 0) {
		if sp, ok := readRange(s, i, whole); ok {
			if op, at := refOpBefore(s, i); op != "" {
				sp.Start, sp.Quantity.Op, sp.Quantity.Text = at, op, s[at:sp.End]
			}
			return sp, true
		}
	}
	r, ok := readNumber(s, i, whole)
	if !ok {
		return QuantitySpan{}, false
	}
	if op, at := refOpBefore(s, i); op != "" {
		r.q.Op, r.start = op, at
	}
	if r.end < len(s) && s[r.end] == '+' {
		r.q.Op, r.end = "at-least", r.end+1
	}
	sp, ok := unitAfter(s, r)
	if !ok || !whole && r.q.Op == "" && isYear(s[i:r.end]) && s[sp.End-1] != 's' {
		return QuantitySpan{}, false
	}
	return sp, true
}

// refOpBefore is the bounding sign or word before s[i], as boundedBefore
// reads it.
func refOpBefore(s string, i int) (string, int) {
	if op, at := symbolBefore(s, i); op != "" {
		return op, at
	}
	return opBefore(s, i)
}

// refWordPriceAt is wordPriceAt as it was, trying every phrase on every
// word that starts like one.
func refWordPriceAt(text string, i int) (PriceSpan, bool) {
	rest := text[i:]
	if len(rest) < 4 || !priceWordStart(rest[0]|0x20, rest[1]|0x20) {
		return PriceSpan{}, false
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
		return PriceSpan{}, false
	}
	if _, ok := wordBefore(text, i, idiomFree); ok {
		return PriceSpan{}, false
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

// FuzzEndsWithWord checks endsWithWord's quick test against the plain
// EqualFold for every word the finders look for before a number.
func FuzzEndsWithWord(f *testing.F) {
	for _, s := range []string{"up to", "UP TO", "starting at", "v", "Kelvin \u212a", "less thaN", "ſ", ""} {
		f.Add(s)
	}
	ends := append(append(append([]string{}, fromWords...), versionWords...), "")
	for _, o := range opsBefore {
		ends = append(ends, o.words)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range ends {
			n := len(s) - len(w)
			want := n >= 0 && strings.EqualFold(s[n:], w) && (n == 0 || !words.IsLetter(s[n-1]))
			if got := endsWithWord(s, w); got != want {
				t.Errorf("endsWithWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	})
}

// refWordShape is the table of number-word shapes that the scans once used
// (word_shapes.go), kept for the reference loops: for each pair of first
// and last letters, the lengths of numberWords and "a" as bits.
type refWordShape struct{ lens [26][26]uint16 }

// holds reports whether the ASCII letters w may be a number word,
// ignoring case.
func (s *refWordShape) holds(w string) bool {
	n := len(w)
	if n == 0 || n > 15 {
		return false
	}
	first, last := w[0]|0x20, w[n-1]|0x20
	return words.IsLetter(first) && words.IsLetter(last) && s.lens[first-'a'][last-'a']&(1<<n) != 0
}

var numberWordShape = func() refWordShape {
	var s refWordShape
	for w := range numberWords {
		s.lens[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
	}
	s.lens['a'-'a']['a'-'a'] |= 1 << 1
	return s
}()
