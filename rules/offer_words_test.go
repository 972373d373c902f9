package rules

import "testing"

func TestOfferShare(t *testing.T) {
	o := newOfferWords("20% off annual Fleet plans")
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"Get 20% off all annual Fleet plans today!", 1},
		{"20 % OFF ANNUAL FLEET PLANS", 1},
		{"Fleet plans, annual or monthly.", 0.5},    // 3 of 20, %, off, annual, fleet, plans
		{"Fleet plans: 20%% off annually", 4.0 / 6}, // "20%%" is "20%" and "%"
		{"Ünïcode: 20% off annual Fleet plans", 1},
		{"", 0},
	} {
		if got := o.share(tc.s); got != tc.want {
			t.Errorf("share(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// FuzzOfferShare checks share against the word sets it stands for.
func FuzzOfferShare(f *testing.F) {
	f.Add("Three months free on DriverLog Pro", "3 months FREE on driverlog pro!")
	f.Add("20% off annual Fleet plans", "20%% off; annual—Fleet plans%")
	f.Add("İstanbul offer", "İSTANBUL offer")
	f.Fuzz(func(t *testing.T, offer, s string) {
		o := newOfferWords(offer)
		if got, want := o.share(s), overlap(o.set, wordSet(s)); got != want {
			t.Errorf("offer %q, sentence %q: share = %v, word sets say %v", offer, s, got, want)
		}
	})
}
