package value

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// valueTexts are sentences dense with prices, numbers and number words,
// where the two scans of FindValues meet the same numbers.
var valueTexts = []string{
	"Fleet costs $18 per vehicle per month, or $180 per vehicle per year when billed annually.",
	"Start your 14-day free trial; 2,500 customers, 99.95% uptime and 120+ integrations.",
	"Plans from $19–$49/mo, $5 per 1,000 events, and a dozen add-ons for two weeks.",
	"Enterprise: contact sales for custom pricing. Talk to sales about 3 vehicles, free forever.",
	"Version 3.2.1 shipped on 15.08.2024; call +1 (555) 123-4567 between 9am and 5pm, 24/7 support.",
	"Prices in Europe are €17 per vehicle per month (€170 per vehicle per year); CHF 19.90 monthly.",
	"A dozen drivers, one van, twenty-one stops, three months free, 2x faster, up to 12% less fuel.",
	strings.Repeat("$1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 ", 3), // more than the memo holds
}

// TestFindValuesAgrees checks that FindValues, which reads each candidate
// price once for both scans, finds what FindPrices and FindQuantities find.
func TestFindValuesAgrees(t *testing.T) {
	page, err := os.ReadFile("testdata/pricing-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := append(append([]string{}, valueTexts...), seeds...)
	texts = append(texts, strings.SplitAfter(string(page), ". ")...)
	for _, text := range texts {
		checkValues(t, text)
	}
}

func checkValues(t *testing.T, text string) {
	t.Helper()
	ps, qs := FindValues(text)
	if want := FindPrices(text); !reflect.DeepEqual(ps, want) {
		t.Errorf("FindValues(%q) prices = %+v\nFindPrices = %+v", text, ps, want)
	}
	if want := FindQuantities(text); !reflect.DeepEqual(qs, want) {
		t.Errorf("FindValues(%q) quantities = %+v\nFindQuantities = %+v", text, qs, want)
	}
}

// TestAppendValues checks that AppendValues keeps what its slices hold and
// appends what FindValues finds, reusing their room sentence after
// sentence.
func TestAppendValues(t *testing.T) {
	var ps []PriceSpan
	var qs []QuantitySpan
	var wantPs []PriceSpan
	var wantQs []QuantitySpan
	for _, text := range valueTexts {
		p, q := FindValues(text)
		wantPs, wantQs = append(wantPs, p...), append(wantQs, q...)
		ps, qs = AppendValues(ps, qs, text)
		if !reflect.DeepEqual(ps, wantPs) || !reflect.DeepEqual(qs, wantQs) {
			t.Fatalf("after %q: AppendValues = %+v, %+v\nwant %+v, %+v", text, ps, qs, wantPs, wantQs)
		}
	}
	if len(wantPs) == 0 || len(wantQs) == 0 {
		t.Fatal("valueTexts hold no prices or no quantities: the test checks too little")
	}
	for _, text := range valueTexts {
		ps, qs = AppendValues(ps[:0], qs[:0], text)
		if p, q := FindValues(text); !sameSpans(ps, p) || !sameSpans(qs, q) {
			t.Errorf("AppendValues(%q) into emptied slices = %+v, %+v; want %+v, %+v", text, ps, qs, p, q)
		}
	}
}

// sameSpans reports whether two lists of spans hold the same, empty and
// nil alike.
func sameSpans[S any](a, b []S) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

func FuzzFindValues(f *testing.F) {
	for _, s := range append(append([]string{}, seeds...), valueTexts...) {
		f.Add(s)
	}
	f.Fuzz(checkValues)
}

// TestNumberWordShape checks that the shape lets through every number word
// in any case, the only thing it must do, and keeps out the commonest
// words of copy, which it is there for.
func TestNumberWordShape(t *testing.T) {
	for w := range numberWords {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !numberWordShaped(form) {
				t.Errorf("holds(%q) = false for a number word", form)
			}
		}
	}
	for _, w := range []string{"a", "A"} {
		if !numberWordShaped(w) {
			t.Errorf("holds(%q) = false, for the \"a\" of \"a dozen\"", w)
		}
	}
	for _, w := range []string{"the", "that", "for", "and", "to", "of", "in", "on", "fleet", "route", "tone", "twin", "eve", "I", "", "twentytwentytwenty"} {
		if numberWordShaped(w) {
			t.Errorf("holds(%q) = true, want false", w)
		}
	}
}

// FuzzScanner checks that a Scanner that read other texts before finds in
// a text what a new one finds: none of its old answers or candidates is
// read again. The seeds pair texts dense with prices and numbers, the
// first longer than a Scanner holds, so that the second reuses scratch
// space the first filled.
func FuzzScanner(f *testing.F) {
	texts := append(append([]string{}, seeds...), valueTexts...)
	long := strings.Repeat("$18 per vehicle, 2 weeks, 99.9% and two clicks; ", 20)
	for i, s := range texts {
		f.Add(long, s)
		f.Add(texts[(i+1)%len(texts)], s)
	}
	var sc Scanner
	f.Fuzz(func(t *testing.T, before, text string) {
		sc.AppendValues(nil, nil, before)
		gotP, gotQ := sc.AppendValues(nil, nil, text)
		wantP, wantQ := FindValues(text)
		if !sameSpans(gotP, wantP) || !sameSpans(gotQ, wantQ) {
			t.Fatalf("after %q, Scanner found in %q\n%+v %+v\nwant\n%+v %+v", before, text, gotP, gotQ, wantP, wantQ)
		}
	})
}
