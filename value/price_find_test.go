package value

import (
	"reflect"
	"testing"
)

// findPricesCases are the cases of TestFindPrices.
var findPricesCases = []struct {
	text string
	want []string // Price.String of each price found, in order
}{
	{"RoutePlanner Fleet costs $18 per vehicle per month.", []string{"$18 per vehicle per month"}},
	{"Fleet: $18/vehicle/month, or $180 per vehicle, billed annually.",
		[]string{"$18 per vehicle per month", "$180 per vehicle per year"}},
	{"Plans from $19–$49/mo.", []string{"from $19–$49 per month"}},
	{"Starter is free. Enterprise? Contact sales.", []string{"free", "custom pricing"}},
	{"Enterprise has custom pricing.", []string{"custom pricing"}},
	{"Try it for $0 today.", []string{"free"}},
	{"Preis: 49,00 € pro Monat oder USD 49 monthly.", []string{"€49", "$49 per month"}},
	{"In India ₹ 7,50,000 a year; in Zurich CHF 1'049.95.", []string{"₹750,000 per year", "CHF 1,049.95"}},
	{"Raised $1.2M from investors.", []string{"$1,200,000"}},
	{"Seats are €10 - €20 per seat.", []string{"€10–€20 per seat"}},
	{"DriverLog Pro is $9 per driver per month.", []string{"$9 per driver per month"}},
	{"Events cost $5 per 1,000 events.", []string{"$5 per 1,000 events"}},
	{"Only 45 zł or 12,000원.", []string{"PLN 45", "₩12,000"}},
	{"Pricing: $29/user/month billed annually or $35 month-to-month.",
		[]string{"$29 per user per month", "$35 per month"}},
	{"It costs 18 dollars a month, or 5 EUR/month.", []string{"$18 per month", "€5 per month"}},
	{"Pay US$18, A$25 or CA$ 30.", []string{"$18", "A$25", "C$30"}},
	{"Seats are $5-10 per seat.", []string{"$5–$10 per seat"}},
	{"Save $100 (20%) with Rs. 500 off.", []string{"$100", "₹500"}},
	{"Raised $15 million, then $2.5m–$4.0m, and $250k to $400k.",
		[]string{"$15,000,000", "$2,500,000–$4,000,000", "$250,000–$400,000"}},
	{"List price of $1440 / named user / year, $99 per active user per month.",
		[]string{"$1,440 per user per year", "$99 per user per month"}},
	// Not prices.
	{"Feel free to ask; it felt free.", nil},
	{"Founded in 2024 with 3 people.", nil},
	{"Call +1 (555) 123-4567 or 0800 123 456.", nil},
	{"Release v2.3.1 is out; v10 soon.", nil},
	{"Save 20% today, 99.9% uptime.", nil},
	{"Support 24/7, 365 days a year.", nil},
	{"Published 15.08.2017 and July, 2004.", nil},
	{"The X200 and the A4 model.", nil},
	{"We serve 2,500 customers and 120+ integrations.", nil},
	{"Start your 14-day free trial, risk-free, with free shipping.", nil},
	{"Contact us for help.", nil},
	{"It is 10:30 on 2026-11-27.", nil},
}

func TestFindPrices(t *testing.T) {
	tests := findPricesCases
	for _, tt := range tests {
		var got []string
		for _, sp := range FindPrices(tt.text) {
			if tt.text[sp.Start:sp.End] != sp.Price.Text {
				t.Errorf("FindPrices(%q): span %d:%d is %q, Text %q", tt.text, sp.Start, sp.End, tt.text[sp.Start:sp.End], sp.Price.Text)
			}
			got = append(got, sp.Price.String())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindPrices(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindPricesOffsets(t *testing.T) {
	text := "Fleet is $18/vehicle/month."
	got := FindPrices(text)
	if len(got) != 1 || got[0].Start != 9 || got[0].End != 26 || got[0].Price.Text != "$18/vehicle/month" {
		t.Fatalf("FindPrices(%q) = %+v, want one span 9:26 \"$18/vehicle/month\"", text, got)
	}
}

func TestFreePeriodIsNotAPrice(t *testing.T) {
	for _, text := range []string{
		"And for the logbook fans: three months free on DriverLog Pro.",
		"Get 2 months free when you pay yearly.",
		"The first month free, then $9 per driver per month.",
		"Try it free for 30 days.",
		"Pro is free for the first three months.",
	} {
		for _, sp := range FindPrices(text) {
			if sp.Price.Kind == Free {
				t.Errorf("%q: %q read as a free price", text, text[sp.Start:sp.End])
			}
		}
	}
	for _, text := range []string{"Starter is free for up to 3 vehicles.", "Starter: Free", "It's free forever."} {
		found := false
		for _, sp := range FindPrices(text) {
			found = found || sp.Price.Kind == Free
		}
		if !found {
			t.Errorf("%q: no free price found", text)
		}
	}
}
