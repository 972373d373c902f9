package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/value"
)

var priceMismatch = &Rule{
	ID: "price-mismatch",
	Doc: `A plan's price that differs from the story

A price stated for a known plan is compared with the plan's price in the
story (its annual_price when the source gives the annual price): amount,
currency, period and per-unit. A price for a custom plan (“contact sales”)
is a mismatch whatever the number, and so is a non-zero price for a free
plan. Parts a source leaves out are not: “$18” agrees with “$18 per vehicle
per month”. Example: “The Fleet plan of RoutePlanner is $18 per vehicle per
month in messaging.yaml; this page says $21 per vehicle per month.”`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindValues,
	Check:    checkPriceMismatch,
}

// checkPriceMismatch reports each price stated for a plan that differs
// from the story's price.
func checkPriceMismatch(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.PriceMention) {
		if m.Price == nil || m.Subject == "" {
			continue
		}
		prod, plan, canon := canonicalPrice(p.Story, m.Subject, m.Annual)
		if canon == nil || priceAgrees(*m.Price, *canon) || p.known.oldValue(p.Now, m) {
			continue
		}
		found := priceText(*m.Price)
		if found == "" {
			found = m.Text
		}
		p.Report(Finding{
			Message: capitalize(planTitle(prod, plan, m.Annual)) + " " + storyPrice(*canon) +
				" in " + storyName(p) + "; " + here(p.Doc, m) + " says " + found + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: priceText(*canon),
			Found:    found,
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}

// storyPrice says what the story's price is, as the middle of a sentence:
// "is $18 per vehicle per month", "is free", "has custom pricing (contact
// sales)".
func storyPrice(canon value.Price) string {
	switch canon.Kind {
	case value.Custom:
		return "has custom pricing (contact sales)"
	case value.Free:
		return "is free"
	}
	return "is " + priceText(canon)
}

// priceText is a price as a person reads it.
func priceText(p value.Price) string {
	switch p.Kind {
	case value.Custom:
		if p.Text != "" {
			return p.Text
		}
		return "custom"
	case value.Free:
		return "free"
	}
	if s := p.String(); s != "" {
		return s
	}
	return p.Text
}
