package value

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// parsePriceCases are the cases of TestParsePrice.
var parsePriceCases = []struct {
	in   string
	want Price
}{
	{"$29 per user per month", Price{Amount: "29", Currency: "USD", Period: "month", Unit: "user"}},
	{"$49/mo", Price{Amount: "49", Currency: "USD", Period: "month"}},
	{"USD 49 monthly", Price{Amount: "49", Currency: "USD", Period: "month"}},
	{"€49,00", Price{Amount: "49", Currency: "EUR"}},
	{"49,00 €", Price{Amount: "49", Currency: "EUR"}},
	{"£1,299.99", Price{Amount: "1299.99", Currency: "GBP"}},
	{"1.299,99 €", Price{Amount: "1299.99", Currency: "EUR"}},
	{"CHF 1'049.95", Price{Amount: "1049.95", Currency: "CHF"}},
	{"₹ 7,50,000", Price{Amount: "750000", Currency: "INR"}},
	{"$1.2k", Price{Amount: "1200", Currency: "USD"}},
	{"US$ 18", Price{Amount: "18", Currency: "USD"}},
	{"A$190.00", Price{Amount: "190", Currency: "AUD"}},
	{"C$5.95 per seat", Price{Amount: "5.95", Currency: "CAD", Unit: "seat"}},
	{"R$ 1.500,00", Price{Amount: "1500", Currency: "BRL"}},
	{"3,500円", Price{Amount: "3500", Currency: "JPY"}},
	{"12,000원", Price{Amount: "12000", Currency: "KRW"}},
	{"45,00 zł", Price{Amount: "45", Currency: "PLN"}},
	{"9 800 Kč", Price{Amount: "9800", Currency: "CZK"}},
	{"3,439.00 درهم", Price{Amount: "3439", Currency: "AED"}},
	{"45,00", Price{Amount: "45"}},
	{"$0", Price{Kind: Free, Amount: "0", Currency: "USD"}},
	{"free", Price{Kind: Free, Amount: "0"}},
	{"Custom pricing", Price{Kind: Custom}},
	{"contact sales", Price{Kind: Custom}},
	{"Contact us", Price{Kind: Custom}},
	{"from $19", Price{Amount: "19", Currency: "USD", From: true}},
	{"starting at $19/mo", Price{Amount: "19", Currency: "USD", Period: "month", From: true}},
	{"$19–$49", Price{Kind: Range, Amount: "19", Max: "49", Currency: "USD"}},
	{"$19 - $49 per month", Price{Kind: Range, Amount: "19", Max: "49", Currency: "USD", Period: "month"}},
	{"$18 per vehicle per month", Price{Amount: "18", Currency: "USD", Period: "month", Unit: "vehicle"}},
	{"$180 per vehicle per year", Price{Amount: "180", Currency: "USD", Period: "year", Unit: "vehicle"}},
	{"$180 per vehicle, billed annually", Price{Amount: "180", Currency: "USD", Period: "year", Unit: "vehicle"}},
	{"$15/mo billed annually", Price{Amount: "15", Currency: "USD", Period: "month"}},
	{"$18 a month", Price{Amount: "18", Currency: "USD", Period: "month"}},
	{"$290 a year", Price{Amount: "290", Currency: "USD", Period: "year"}},
	{"$99 one-time", Price{Amount: "99", Currency: "USD", Period: "once"}},
	{"$9 /seat", Price{Amount: "9", Currency: "USD", Unit: "seat"}},
	{"$9 per driver per month", Price{Amount: "9", Currency: "USD", Period: "month", Unit: "driver"}},
	{"$5 per 1,000 events", Price{Amount: "5", Currency: "USD", Unit: "1000 event"}},
	{"$49 /yr", Price{Amount: "49", Currency: "USD", Period: "year"}},
}

func TestParsePrice(t *testing.T) {
	tests := parsePriceCases
	for _, tt := range tests {
		got, err := ParsePrice(tt.in)
		if err != nil {
			t.Errorf("ParsePrice(%q): %v", tt.in, err)
			continue
		}
		got.Text, got.Symbol = "", ""
		if got != tt.want {
			t.Errorf("ParsePrice(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParsePriceErrors(t *testing.T) {
	for _, in := range []string{"", "AQUAFINESSE", "40% OFF", "per month", "15.08.2017"} {
		if p, err := ParsePrice(in); err == nil {
			t.Errorf("ParsePrice(%q) = %+v, want an error", in, p)
		}
	}
}

func TestPriceStringKeyDiff(t *testing.T) {
	must := func(s string) Price {
		p, err := ParsePrice(s)
		if err != nil {
			t.Fatalf("ParsePrice(%q): %v", s, err)
		}
		return p
	}
	strings := map[string]string{
		"$18/vehicle/month": "$18 per vehicle per month", "€49,00 per month": "€49 per month",
		"free": "free", "contact sales": "custom pricing", "$19 - $49/mo": "$19–$49 per month",
		"CHF 1'049.95": "CHF 1,049.95", "$29.5": "$29.50", "$5 per 1,000 events": "$5 per 1,000 events",
		"from $19": "from $19", "49 kr": "49 kr",
	}
	for in, want := range strings {
		if got := must(in).String(); got != want {
			t.Errorf("ParsePrice(%q).String() = %q, want %q", in, got, want)
		}
	}
	if !must("$18 per vehicle per month").Equal(must("USD 18/vehicle/mo")) {
		t.Error("$18 per vehicle per month != USD 18/vehicle/mo")
	}
	if !must("from $19").Equal(must("$19")) || !must("$0").Equal(must("Free")) {
		t.Error("From or free changes the Key")
	}
	diffs := []struct {
		a, b string
		want []string
	}{
		{"$18 per vehicle per month", "$18 per vehicle per year", []string{"period"}},
		{"$18 per vehicle per month", "€20 per vehicle per month", []string{"amount", "currency"}},
		{"$18 per vehicle per month", "$18 per driver per month", []string{"unit"}},
		{"custom", "$18", []string{"kind"}},
		{"$18/mo", "$18 per month", nil},
	}
	for _, d := range diffs {
		if got := must(d.a).Diff(must(d.b)); !slices.Equal(got, d.want) {
			t.Errorf("Diff(%q, %q) = %v, want %v", d.a, d.b, got, d.want)
		}
	}
}

func TestCurrencyCode(t *testing.T) {
	for in, want := range map[string]string{"$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD",
		"CA$": "CAD", "€": "EUR", "£": "GBP", "¥": "JPY", "円": "JPY", "₹": "INR", "Rs": "INR",
		"zł": "PLN", "руб.": "RUB", "R$": "BRL", "CHF": "CHF", "kr": "kr", "Kč": "CZK", "₩": "KRW",
		"원": "KRW", "درهم": "AED", "usd": "USD", " EUR ": "EUR", "₤": "₤", "": ""} {
		if got := CurrencyCode(in); got != want {
			t.Errorf("CurrencyCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkerLengths(t *testing.T) {
	for k := range markers {
		if n := utf8.RuneCountInString(k); n > maxMarkerRunes {
			t.Errorf("marker %q has %d runes, maxMarkerRunes is %d", k, n, maxMarkerRunes)
		}
	}
	for k := range rareMarkers {
		if n := utf8.RuneCountInString(k); n > maxRareRunes {
			t.Errorf("rare marker %q has %d runes, maxRareRunes is %d", k, n, maxRareRunes)
		}
	}
}

func TestPriceSeatIsUser(t *testing.T) {
	a, err := ParsePrice("$228/seat/year")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParsePrice("$228 per user per year")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Equal(b) || a.Diff(b) != nil {
		t.Errorf("%s (%s) and %s (%s) differ: %v", a.Text, a.Key(), b.Text, b.Key(), a.Diff(b))
	}
	c, _ := ParsePrice("$228 per vehicle per year")
	if a.Equal(c) {
		t.Errorf("%s equals %s", a.Text, c.Text)
	}
}
