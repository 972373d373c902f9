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

func FuzzFindValues(f *testing.F) {
	for _, s := range append(append([]string{}, seeds...), valueTexts...) {
		f.Add(s)
	}
	f.Fuzz(checkValues)
}
