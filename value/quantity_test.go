package value

import (
	"reflect"
	"testing"
)

// findQuantitiesCases are the cases of TestFindQuantities.
var findQuantitiesCases = []struct {
	text string
	want []string // Quantity.Key of each quantity found, in order
}{
	{"Start a 14-day trial.", []string{"|14||day"}},
	{"Try it for two weeks.", []string{"|14||day"}},
	{"We promise 99.9% uptime and 24/7 support.", []string{"|99.9||percent", "|24/7||support"}},
	{"Ingest 1M events or 1,000,000 events.", []string{"|1000000||event", "|1000000||event"}},
	{"Connect 120+ integrations.", []string{"at-least|120||integration"}},
	{"Routes 2x faster, saving up to 12% on fuel.", []string{"|2||x", "at-most|12||percent"}},
	{"Set up in under 30 seconds.", []string{"at-most|30||second"}},
	{"Trusted by 2,500 customers, over 2,500 fleets.", []string{"|2500||customer", "at-least|2500||fleet"}},
	{"A dozen reports, five days.", []string{"|12||report", "|5||day"}},
	{"Save 3 hours a week for 10+ years.", []string{"|3||hour", "at-least|10||year"}},
	{"3.5 million drivers, 50k+ drivers, 2 new features.",
		[]string{"|3500000||driver", "at-least|50000||driver", "|2||feature"}},
	{"An SLA of 99.99 % uptime, 10x ROI.", []string{"|99.99||percent", "|10||x"}},
	{"Rated 4.8/5. Version 2.0 ships. Q3 2024. One platform, one of the best.", nil},
	{"Call 555 123 4567 or (555) 123-4567 at 9:30am.", nil},
	{"In 2024 Kestrel served 2000 fleets.", []string{"|2000||fleet"}},
	// Ranges are read whole, across a hyphen, a dash or "to" (issue 12).
	{"Saves 30–60 minutes a day, 30-60 min/day, 30 to 60 minutes.",
		[]string{"|30|60|minute", "|30|60|minute", "|30|60|minute"}},
	{"Ship 25%–40% faster, 50-75% faster, 25 – 40 %.", []string{"|25|40|percent", "|50|75|percent", "|25|40|percent"}},
	{"Ingest 2–3M events.", []string{"|2000000|3000000|event"}},
	{"The 2023–2024 season, 60-30 minutes.", nil}, // two years; a high end below the low end
	// Bounds written as signs and hedges.
	{">1,500 developers, < 5 days, ~500 customers.", []string{"at-least|1500||developer", "at-most|5||day", "about|500||customer"}},
	{"About 20 users and nearly 99.9% uptime.", []string{"about|20||user", "about|99.9||percent"}},
	// Units written on the number, and acronyms that qualify a unit.
	{"10GB of storage, 200ms latency, 24h support.", []string{"|10||gb", "|200||millisecond", "|24||hour"}},
	{"1,000 CI minutes and 3 API keys.", []string{"|1000||minute", "|3||key"}},
	{"Print in 3D, meet at 10am.", nil},
	// Not quantities.
	{"Founded in 2024 by one of us.", nil},
	{"Version v2.3.1, call +1 555-123-4567.", nil},
	{"Fleet costs $18 per vehicle per month.", nil},
	{"1. Sign up\n2) Add vehicles", nil},
	{"Updated 15.08.2017 at 10:30.", nil},
	{"Model X200 ships.", nil},
}

func TestFindQuantities(t *testing.T) {
	tests := findQuantitiesCases
	for _, tt := range tests {
		var got []string
		for _, sp := range FindQuantities(tt.text) {
			if tt.text[sp.Start:sp.End] != sp.Quantity.Text {
				t.Errorf("FindQuantities(%q): span %q, Text %q", tt.text, tt.text[sp.Start:sp.End], sp.Quantity.Text)
			}
			got = append(got, sp.Quantity.Key())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindQuantities(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestParseQuantity(t *testing.T) {
	tests := map[string]string{
		"14 days": "14 days", "two weeks": "14 days", "99.95%": "99.95%",
		"120+ integrations": "120+ integrations", "2,500 customers": "2,500 customers",
		"1M events": "1,000,000 events", "24/7 support": "24/7 support", "2x": "2x",
		"up to 12%": "up to 12%", "under 30 seconds": "up to 30 seconds", "1 week": "7 days",
		"30–60 minutes": "30–60 minutes", "25%–40%": "25–40%", "about 20 users": "about 20 users",
		">1,500 developers": "1,500+ developers", "10GB": "10 GB",
	}
	for in, want := range tests {
		q, err := ParseQuantity(in)
		if err != nil || q.String() != want {
			t.Errorf("ParseQuantity(%q) = %q, %v; want %q", in, q.String(), err, want)
		}
	}
	a, _ := ParseQuantity("two weeks")
	b, _ := ParseQuantity("14 days")
	if !a.Equal(b) {
		t.Errorf("two weeks (%s) != 14 days (%s)", a.Key(), b.Key())
	}
	if _, err := ParseQuantity("forever"); err == nil {
		t.Error(`ParseQuantity("forever"): want an error`)
	}
}

func TestQuantityBounds(t *testing.T) {
	for in, want := range map[string][2]string{
		"14 days": {"14", "14"}, "about 14 days": {"14", "14"}, "120+ integrations": {"120", ""},
		"up to 12%": {"", "12"}, "30–60 minutes": {"30", "60"}, "over 1,500 users": {"1500", ""},
		"24/7 support": {"24/7", "24/7"},
	} {
		q, err := ParseQuantity(in)
		if err != nil {
			t.Fatal(err)
		}
		if lo, hi := q.Bounds(); lo != want[0] || hi != want[1] {
			t.Errorf("ParseQuantity(%q).Bounds() = %q, %q; want %q, %q", in, lo, hi, want[0], want[1])
		}
	}
}
