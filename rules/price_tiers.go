package rules

import (
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// Usage-based and tiered prices (story keys tiers, prices, minimum and
// allowance of a plan), checked by price-mismatch.

// marketPrice returns the plan's price in the currency of mention m when
// the story gives one (prices:), else canon.
func marketPrice(plan *story.Plan, m *analyze.Mention, canon *value.Price) *value.Price {
	cur := m.Price.Currency
	if plan == nil || m.Annual || cur == "" || cur == canon.Currency {
		return canon
	}
	for i := range plan.Prices {
		if plan.Prices[i].Currency == cur {
			return &plan.Prices[i]
		}
	}
	return canon
}

// tierAgrees reports whether the price of m agrees with the price of one of
// the plan's tiers and, when the source states the usage the price goes up
// to (bound: "$0.002 per call up to 1M calls"), with that tier's up_to.
func tierAgrees(plan *story.Plan, m *analyze.Mention, bound *value.Quantity) bool {
	if plan == nil || m.Annual {
		return false
	}
	for _, t := range plan.Tiers {
		if priceAgrees(*m.Price, t.Price) && (bound == nil || t.UpTo != nil && quantityAgrees(*bound, *t.UpTo)) {
			return true
		}
	}
	return false
}

// tierBound returns the usage a price mention of a tiered plan says it goes
// up to: an "up to" quantity of the tiers' unit after it in its sentence,
// before the next price ("$0.002 per call up to 1M calls"); nil for none.
// The mention is d.Mentions[i]: its index, so that it is not searched for.
func tierBound(d *analyze.Doc, i int, plan *story.Plan) *value.Quantity {
	m := &d.Mentions[i]
	if plan == nil || m.Sentence < 0 || len(plan.Tiers) < 2 || plan.Tiers[0].UpTo == nil {
		return nil
	}
	unit := *plan.Tiers[0].UpTo
	for j := i + 1; j < len(d.Mentions); j++ {
		q := &d.Mentions[j]
		if q.Sentence != m.Sentence || q.Kind == analyze.PriceMention {
			break
		}
		if q.Kind == analyze.QuantityMention && q.Quantity != nil && q.Quantity.Op == "at-most" && q.Quantity.Unit != "" && sameUsage(*q.Quantity, unit) {
			return q.Quantity
		}
	}
	return nil
}

// tierNote lists the plan's other tier prices after its price, for the
// message: " (tiers: $0.002 per call up to 1,000,000 calls, $0.0015 per
// call beyond)".
func tierNote(plan *story.Plan, annual bool) string {
	if plan == nil || annual || len(plan.Tiers) == 0 {
		return ""
	}
	parts := make([]string, 0, len(plan.Tiers))
	for _, t := range plan.Tiers {
		s := priceText(t.Price)
		if t.UpTo != nil {
			s += " up to " + quantityText(*t.UpTo)
		} else {
			s += " beyond"
		}
		parts = append(parts, s)
	}
	return " (tiers: " + strings.Join(parts, ", ") + ")"
}

// checkMinimum compares a minimum-role amount stated for a plan with the
// plan's minimum charge.
func checkMinimum(p *Pass, m *analyze.Mention) {
	prod, plan := planOf(p.Story, m.Subject)
	if plan == nil || plan.Minimum == nil || m.Aside != "" || priceAgrees(*m.Price, *plan.Minimum) {
		return
	}
	found := priceText(*m.Price)
	if found == "" {
		found = m.Text
	}
	p.Report(Finding{
		Message: "The minimum charge of " + planTitle(prod, plan, false) + " is " + priceText(*plan.Minimum) +
			" in " + storyName(p) + "; " + here(p.Doc, m) + " says " + found + ".",
		Location: m.Location,
		Subject:  m.Subject,
		Expected: priceText(*plan.Minimum),
		Found:    found,
		Excerpt:  excerpt(p.Doc, m),
		value:    "minimum|" + priceValue(*m.Price, plan.Minimum),
	})
}

// checkAllowance compares the usage an allowance-role "free" of a plan
// stands with in its sentence ("the first 5,000 API calls a month are
// free") with the plan's allowance: a quantity of the allowance's unit
// (or a bare number) that no fact claims, reported when none of them
// agrees.
func checkAllowance(p *Pass, m *analyze.Mention) {
	prod, plan := planOf(p.Story, m.Subject)
	if plan == nil || plan.Allowance == nil || m.Aside != "" || m.Sentence < 0 {
		return
	}
	want := *plan.Allowance
	var wrong *analyze.Mention
	for q := range mentionsOf(p.Doc, analyze.QuantityMention) {
		if q.Sentence != m.Sentence || q.Quantity == nil || q.Aside != "" || q.Subject != "" || !sameUsage(*q.Quantity, want) {
			// a number stated for a fact is the fact's (fact-mismatch):
			// a general free volume, or a programme's own
			continue
		}
		if quantityAgrees(*q.Quantity, want) {
			return
		}
		if wrong == nil {
			wrong = q
		}
	}
	if wrong == nil {
		return
	}
	found := quantityText(*wrong.Quantity)
	p.Report(Finding{
		Message: "The free allowance of " + planTitle(prod, plan, false) + " is " + quantityText(want) +
			" in " + storyName(p) + "; " + here(p.Doc, wrong) + " says " + found + ".",
		Location: wrong.Location,
		Subject:  m.Subject,
		Expected: quantityText(want),
		Found:    found,
		Excerpt:  excerpt(p.Doc, wrong),
		value:    "allowance|" + quantityValue(*wrong.Quantity, &want),
	})
}

// sameUsage reports whether a quantity counts what an allowance counts:
// the same unit, one word of a unit of several ("calls" for "API calls"),
// or a bare number when the allowance counts something.
func sameUsage(q, allowance value.Quantity) bool {
	switch {
	case q.Unit == allowance.Unit:
		return true
	case q.Unit == "" || allowance.Unit == "" || q.Unit == "percent" || allowance.Unit == "percent":
		return q.Unit == "" && allowance.Unit != "percent" && allowance.Unit != ""
	}
	return lastWord(q.Unit) == lastWord(allowance.Unit)
}

// lastWord is the last word of a unit: "call" of "api call".
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// moneyFact returns the money-valued fact a subject names, nil for none.
func moneyFact(s *story.Story, subject string) *story.Fact {
	if f := factOf(s, subject); f != nil && f.Money != nil {
		return f
	}
	return nil
}
