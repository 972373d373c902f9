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
per month”; a seat is a user. Only an amount whose role is a price is
compared with the price: an allowance (“1 million events per month for
free”), a voucher, a discount, a cap or liability, a minimum spend, a
fee for something else, a perk, the plan name “Free” and money that prices
nothing (funding, revenue) are not (onestory inspect shows each amount's
role). Example:
“The Fleet plan of RoutePlanner is $18 per vehicle per month in
messaging.yaml; this page says $21 per vehicle per month.”

Usage-based plans: a price agrees with the plan's price or any of its
tiers' prices, and a price the source bounds (“$0.0015 per call up to 1M
calls”) with the tier that goes up to that usage; a price in another currency is compared with the plan's
price in that currency (prices:). A minimum-role amount for the plan
(“a minimum charge of $40 a month”) is compared with its minimum:, and the
usage an allowance-role “free” stands with (“the first 5,000 API calls a
month are free”) with its allowance:. Money that a money-valued fact's
phrase governs is that fact's (fact-mismatch), never a plan's price.
Example: “The minimum charge of the Pay as you go plan of FleetAPI is
$50 per month in messaging.yaml; this page says $40 per month.”

Catalogue products (catalog:, see docs/catalog.md): a card, product page
or structured price that differs from the catalogue's price — its sale
price while the sale holds — names the catalogue row: “Trek Poles Carbon
is $89 in the catalogue (catalog.csv:7); this card says $79.” During a
sale, a former price shown beside the sale price that is not the regular
price is a mismatch too.

One wrong price is one finding for each channel that states it: the
first place in report order, with the other places stating the same price
as related locations, and “Also at …” in the message.`,
	Severity: Error,
	Scope:    Document,
	Gather:   true,
	Reads:    analyze.FindValues,
	Marks:    MarksConflict,
	Check:    checkPriceMismatch,
}

// checkPriceMismatch reports each price stated for a plan that differs
// from the story's price.
func checkPriceMismatch(p *Pass) {
	checkListingPrices(p)
	for i := range p.Doc.Mentions {
		m := &p.Doc.Mentions[i]
		if m.Kind != analyze.PriceMention || m.Price == nil || m.Subject == "" {
			continue
		}
		switch {
		case statesPrice(m):
		case m.Role == analyze.RoleMinimum:
			checkMinimum(p, m)
			continue
		case m.Role == analyze.RoleAllowance:
			checkAllowance(p, m)
			continue
		default:
			continue
		}
		prod, plan, canon := canonicalPrice(p.Story, m.Subject, m.Annual)
		if canon == nil || p.known.oldValue(p.Now, m) {
			continue
		}
		note := tierNote(plan, m.Annual)
		if market := marketPrice(plan, m, canon); market != canon {
			canon, note = market, "" // the plan's price in the mention's currency
		}
		bound := tierBound(p.Doc, i, plan)
		if tierAgrees(plan, m, bound) || priceAgrees(*m.Price, *canon) && (bound == nil || len(plan.Tiers) == 0) {
			continue
		}
		found := priceText(*m.Price)
		if found == "" {
			found = m.Text
		}
		p.Report(Finding{
			Message: capitalize(planTitle(prod, plan, m.Annual)) + " " + storyPrice(*canon) + note +
				" in " + storyName(p) + "; " + here(p.Doc, m) + " says " + found + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: priceText(*canon),
			Found:    found,
			Excerpt:  excerpt(p.Doc, m),
			value:    priceValue(*m.Price, canon),
		})
	}
}

// statesPrice reports whether a price mention states what its subject
// costs: its role is a price (an allowance, a voucher, a cap or a fee is
// not). A mention with no role, built by hand, is taken as a price.
func statesPrice(m *analyze.Mention) bool {
	return m.Role == "" || m.Role == analyze.RolePrice
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
