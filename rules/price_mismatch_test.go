package rules

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/value"
)

func TestPriceMismatch(t *testing.T) {
	eur := price("18", "EUR", "month", "vehicle", "€18 per vehicle per month")
	tests := []struct {
		name    string
		subject string
		annual  bool
		price   *value.Price
		want    string // the message; "" for no finding
	}{
		{"same price", "routeplanner/fleet", false, price("18", "USD", "month", "vehicle", "$18/vehicle/month"), ""},
		{"period and unit unstated", "routeplanner/fleet", false, price("18", "USD", "", "", "$18"), ""},
		{"from the same amount", "routeplanner/fleet", false, &value.Price{Kind: value.Fixed, Amount: "18", Currency: "USD", From: true, Text: "from $18"}, ""},
		{"other amount", "routeplanner/fleet", false, price("21", "USD", "month", "vehicle", "$21 per vehicle per month"),
			"The Fleet plan of RoutePlanner is {canon} in messaging.yaml; this page says {found}."},
		{"other currency", "routeplanner/fleet", false, eur,
			"The Fleet plan of RoutePlanner is {canon} in messaging.yaml; this page says {found}."},
		{"other period", "routeplanner/fleet", false, price("18", "USD", "year", "vehicle", "$18 per vehicle per year"),
			"The Fleet plan of RoutePlanner is {canon} in messaging.yaml; this page says {found}."},
		{"other unit", "routeplanner/fleet", false, price("18", "USD", "month", "user", "$18 per user per month"),
			"The Fleet plan of RoutePlanner is {canon} in messaging.yaml; this page says {found}."},
		{"annual agrees", "routeplanner/fleet", true, price("180", "USD", "year", "", "$180 a year"), ""},
		{"annual differs", "routeplanner/fleet", true, price("200", "USD", "year", "vehicle", "$200 per vehicle per year"),
			"The annual price of the Fleet plan of RoutePlanner is {canon} in messaging.yaml; this page says {found}."},
		{"custom plan with a number", "routeplanner/enterprise", false, price("99", "USD", "month", "", "$99 per month"),
			"The Enterprise plan of RoutePlanner has custom pricing (contact sales) in messaging.yaml; this page says {found}."},
		{"custom plan said custom", "routeplanner/enterprise", false, &value.Price{Kind: value.Custom, Text: "Contact sales"}, ""},
		{"free plan said free", "routeplanner/starter", false, &value.Price{Kind: value.Free, Amount: "0", Text: "Free"}, ""},
		{"free plan at $0", "routeplanner/starter", false, price("0", "USD", "month", "", "$0"), ""},
		{"free plan with a price", "routeplanner/starter", false, price("5", "USD", "month", "", "$5 per month"),
			"The Starter plan of RoutePlanner is free in messaging.yaml; this page says {found}."},
		{"plan named with its product", "driverlog/pro", false, price("12", "USD", "month", "driver", "$12 per driver per month"),
			"DriverLog Pro is {canon} in messaging.yaml; this page says {found}."},
		{"unknown plan", "routeplanner/gold", false, price("99", "USD", "", "", "$99"), ""},
		{"no subject", "", false, price("99", "USD", "", "", "$99"), ""},
	}
	c := checker(t, exampleStory())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := at("site/pricing.html", 1, analyze.Mention{Kind: analyze.PriceMention, Text: tt.price.Text, Subject: tt.subject, Price: tt.price, Annual: tt.annual})
			fs := only(checkAlone(c, doc("site/pricing.html", "marketing", []string{"Fleet costs " + tt.price.Text + "."}, m)), "price-mismatch")
			f, ok := wantOne(t, fs, tt.want)
			if !ok {
				return
			}
			_, _, canon := canonicalPrice(exampleStory(), tt.subject, tt.annual)
			want := strings.NewReplacer("{canon}", canon.String(), "{found}", tt.price.String()).Replace(tt.want)
			if f.Message != want {
				t.Errorf("message\n got %q\nwant %q", f.Message, want)
			}
			if f.Severity != Error || f.Subject != tt.subject || f.Found == "" || f.Expected == "" ||
				f.Excerpt != "Fleet costs "+tt.price.Text+"." || f.Channel != "marketing" || f.Related == nil {
				t.Errorf("finding fields: %+v", f)
			}
		})
	}
}
