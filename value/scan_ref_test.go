package value

import (
	"os"
	"strings"
	"testing"
)

// FuzzCollect checks collect, which passes over most words by their
// shape, against the plain loop that reads every word.
func FuzzCollect(f *testing.F) {
	for _, s := range append(seeds, "Two weeks free, then $18/vehicle/month.", "a\xc3\xa9 dozen3free",
		"Contact sales or talk to us: custom pricing for twenty fleets",
		strings.Repeat("one 2 three 4 free a ", 20)) {
		f.Add(s)
	}
	f.Fuzz(checkCollect)
}

// TestCollectPages checks collect against the reference on the benchmark
// pages, whole and a sentence at a time.
func TestCollectPages(t *testing.T) {
	for _, name := range []string{"testdata/pricing-page.txt", "testdata/prose-page.md"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("read page: %v", err)
		}
		checkCollect(t, string(data))
		for _, s := range strings.SplitAfter(string(data), ". ") {
			checkCollect(t, s)
		}
	}
}

// checkCollect compares collect on s with the reference. collect may leave out a word the reference holds when its
// first two letters rule it out; such a word is no number word, "a" or
// price word's head, where the scans act.
func checkCollect(t *testing.T, s string) {
	var c candidates
	c.collect(s)
	held := map[int]byteClass{}
	for k := range c.n {
		held[c.at[k]] = c.class[k]
		if k > 0 && c.at[k] <= c.at[k-1] {
			t.Fatalf("collect(%q): position %d after %d", s, c.at[k], c.at[k-1])
		}
	}
	ref := refCandidates(s)
	for _, r := range ref {
		cls, ok := held[r.at]
		switch {
		case r.at >= c.upTo:
		case ok && cls != r.class:
			t.Fatalf("collect(%q): class %d at %d, reference %d", s, cls, r.at, r.class)
		case !ok && mayBeScanned(s, r.at):
			t.Fatalf("collect(%q): %q at %d is left out", s, s[r.at:refLetterRunEnd(s, r.at)], r.at)
		}
		delete(held, r.at)
	}
	if len(held) > 0 {
		t.Fatalf("collect(%q): %v not in the reference", s, held)
	}
	want := len(s) // the end of the last run held, when collect is full
	if last := c.at[max(c.n-1, 0)]; c.n == len(c.at) && isDigit(s[last]) {
		want = last + 1 + digitsAt(s, last+1)
	} else if c.n == len(c.at) {
		want = refLetterRunEnd(s, last)
	}
	if c.upTo != want {
		t.Fatalf("collect(%q) holds %d up to %d, want %d", s, c.n, c.upTo, want)
	}
}

// mayBeScanned reports whether a scan may act at s[i]: a digit, a number
// word, "a" or the head of a price word.
func mayBeScanned(s string, i int) bool {
	if isDigit(s[i]) {
		return true
	}
	w := s[i:refLetterRunEnd(s, i)]
	_, number := foldLookup(numberWords, w)
	return number || w == "a" || w == "A" || priceWordHead(w)
}

// refCandidate is a position the reference collect holds.
type refCandidate struct {
	at    int
	class byteClass
}

// refLetterRunEnd is the byte-by-byte letterRunEnd.
func refLetterRunEnd(s string, i int) int {
	for i < len(s) && byteClasses[s[i]]&classLetter != 0 {
		i++
	}
	return i
}

// refCandidates is the byte-by-byte collect that collect replaced,
// without its limit.
func refCandidates(text string) []refCandidate {
	var out []refCandidate
	for i := 0; ; {
		i = skipTo(text, i, classLetter|classDigit)
		if i == len(text) {
			return out
		}
		start, cls := i, classQuantityStart|classPriceStart
		if isDigit(text[i]) {
			i += 1 + digitsAt(text, i+1)
		} else {
			i = refLetterRunEnd(text, i+1)
			if cls &= byteClasses[text[start]]; cls != 0 {
				cls = refWordClass(text, start, i)
			}
		}
		if cls != 0 {
			out = append(out, refCandidate{start, cls})
		}
	}
}

// refWordClass is wordClass with no first-letter filter: the number
// words and "a" are looked up by their lower case.
func refWordClass(text string, i, end int) byteClass {
	var cls byteClass
	low := strings.ToLower(text[i:end])
	if _, number := numberWords[low]; (i == 0 || !isDigit(text[i-1])) && (number || low == "a") {
		cls |= classQuantityStart
	}
	if end-i >= 4 && priceWordStart(text[i]|0x20, text[i+1]|0x20) && priceWordHead(text[i:end]) {
		cls |= classPriceStart
	}
	return cls
}
