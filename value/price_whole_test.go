package value

import (
	"strings"
	"testing"
)

func TestParseWholePrice(t *testing.T) {
	for _, s := range []string{
		"$29 per user per month", "$290 per user per year", "€49", "79", "79 USD", "USD 79 per month",
		"£8/user/mo", "from $19", "Starting at $19 per month", "$19–$49/mo", "$29 per user per month, billed annually",
		"$29 per user per month (billed annually)", "€49 excl. VAT", "$18 per vehicle per month", "CHF 1'049.95",
		"79 dollars", "€79 per seat", "$0.002 per 1,000 events", "free", "custom", "contact sales", "$29.",
	} {
		if _, err := ParseWholePrice(s); err != nil {
			t.Errorf("ParseWholePrice(%q): %v", s, err)
		}
	}
	for s, word := range map[string]string{
		"79 bucks":               "bucks",
		"$79 bucks":              "bucks",
		"$29 per user per mnth":  "per mnth",
		"$29 per user soon":      "soon",
		"about $29":              "about",
		"$29 per user, 10 seats": "10 seats",
	} {
		_, err := ParseWholePrice(s)
		if err == nil || !strings.Contains(err.Error(), `"`+word+`"`) {
			t.Errorf("ParseWholePrice(%q) = %v, want an error naming %q", s, err, word)
		}
	}
}

func FuzzParseWholePrice(f *testing.F) {
	for _, s := range []string{"79 bucks", "$29 per user per month", "(x) $1 (y", "from €9/mo + VAT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseWholePrice(s)
		q, err2 := ParsePrice(s)
		if err2 != nil && err == nil {
			t.Fatalf("%q: ParsePrice fails (%v) but ParseWholePrice does not", s, err2)
		}
		if err == nil && p != q {
			t.Fatalf("%q: ParseWholePrice = %+v, ParsePrice = %+v", s, p, q)
		}
	})
}
