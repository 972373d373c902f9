package story

import (
	"strings"
	"testing"
)

func TestUsageKeys(t *testing.T) {
	s, err := Parse("messaging.yaml", []byte(`version: 1
products:
  - id: api
    name: API
    plans:
      - id: metered
        name: Metered
        price: "$0.002 per call"
        allowance: "10,000 calls per month"
        minimum: "$50 per month"
        tiers:
          - price: "$0.002 per call"
            up_to: "1,000,000 calls"
          - price: "$0.0015 per call"
        prices: ["€0.0019 per call"]
facts:
  - id: invoicing
    about: [invoicing]
    value: "$5,000 per year"
  - id: edu
    about: [discount]
    scope: [education programme]
    value: "40%"
`))
	if err != nil {
		t.Fatal(err)
	}
	pl := s.Products[0].Plans[0]
	if pl.Allowance == nil || pl.Allowance.Value != "10000" || pl.Minimum == nil || pl.Minimum.Amount != "50" ||
		len(pl.Tiers) != 2 || pl.Tiers[0].UpTo == nil || pl.Tiers[1].UpTo != nil || pl.Tiers[1].Price.Amount != "0.0015" ||
		len(pl.Prices) != 1 || pl.Prices[0].Currency != "EUR" {
		t.Errorf("plan = %+v", pl)
	}
	if f := s.Facts[0]; f.Money == nil || f.Money.Amount != "5000" || f.Money.Period != "year" {
		t.Errorf("money fact = %+v", f)
	}
	if f := s.Facts[1]; f.Money != nil || len(f.Scope) != 1 || f.Scope[0] != "education programme" {
		t.Errorf("scoped fact = %+v", f)
	}
}

func TestUsageKeyErrors(t *testing.T) {
	_, err := Parse("messaging.yaml", []byte(`version: 1
products:
  - id: api
    name: API
    plans:
      - id: metered
        name: Metered
        price: "$0.002 per call"
        allowance: "lots"
        minimum: "fifty"
        prices: ["€1", "€2", "3"]
        tiers:
          - price: "$0.002 per call"
          - price: "$0.001 per call"
            up_to: "500 calls"
          - up_to: "100 calls"
facts:
  - id: edu
    about: [discount]
    scope: education
    value: "40%"
`))
	want := []string{
		`messaging.yaml:9:20: products[0].plans[0].allowance: cannot read "lots" as a quantity`,
		`messaging.yaml:10:18: products[0].plans[0].minimum: cannot read "fifty" as a price`,
		`messaging.yaml:11:24: products[0].plans[0].prices[1]: a price in EUR is given twice for this plan`,
		`messaging.yaml:11:30: products[0].plans[0].prices[2]: "3" names no currency`,
		`messaging.yaml:13:13: products[0].plans[0].tiers[0]: only the last tier may leave out up_to`,
		`messaging.yaml:16:13: products[0].plans[0].tiers[2]: a tier needs a price`,
		`messaging.yaml:16:20: products[0].plans[0].tiers[2].up_to: tier 3 goes up to 100 calls, not beyond tier 2's 500 calls`,
		`messaging.yaml:20:12: facts[0].scope: want a list of strings`,
	}
	if err == nil {
		t.Fatal("no error")
	}
	got := err.Error()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("errors lack %q:\n%s", w, got)
		}
	}
}
