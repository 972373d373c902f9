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
