package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

var factMismatch = &Rule{
	ID: "fact-mismatch",
	Doc: `A number for a known fact that differs from the story

A quantity a source states about one of the story's facts (trial length,
uptime, integrations, customer count) is compared with the story's value:
both are intervals, and they agree when every bound the source states is
the story's bound at that end (units of time converted, so “two weeks”
agrees with “14 days”): “up to 10 users” states the story's 10 users,
“over 1,500” and “>1,500” its “1,500+”, “30-60 minutes” its “30–60
minutes”; “over 100 integrations” is not “120+ integrations”, and a unit of
measure must not differ. Example: “messaging.yaml gives the free trial as
14 days; this page says 30 days.”

A fact whose value is money (“$5,000 per year”) is stated by amounts of
money its phrase governs, whatever their role (a threshold, a credit, a
list price): “messaging.yaml gives the invoicing as $5,000 per
year; this page says $2,500 per year.” A scoped fact (scope:) is compared
only with what is stated where its scope is named (in the sentence or a
heading above it); a general fact named by the same phrase is not:
“messaging.yaml gives the discount (education programme) as 40%; this
page says 50%.”

One wrong value is one finding for each channel that states it: the first
place in report order, with the other places stating the same value as
related locations, and “Also at …” in the message.`,
	Severity: Error,
	Scope:    Document,
	Gather:   true,
	Reads:    analyze.FindValues,
	Marks:    MarksConflict,
	Check:    checkFactMismatch,
}

// checkFactMismatch reports each quantity stated for a fact that differs
// from the story's value.
func checkFactMismatch(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.QuantityMention) {
		if m.Quantity == nil || m.Subject == "" {
			continue
		}
		f := factOf(p.Story, m.Subject)
		if f == nil || quantityAgrees(*m.Quantity, f.Value) || p.known.oldValue(p.Now, m) {
			continue
		}
		found := quantityText(*m.Quantity)
		if found == "" {
			found = m.Text
		}
		p.Report(Finding{
			Message: storyName(p) + " gives the " + factTitle(f) + scopeNote(f) + " as " + quantityText(f.Value) +
				"; " + here(p.Doc, m) + " says " + found + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: quantityText(f.Value),
			Found:    found,
			Excerpt:  excerpt(p.Doc, m),
			value:    quantityValue(*m.Quantity, &f.Value),
		})
	}
	checkMoneyFacts(p)
}

// checkMoneyFacts reports each amount of money stated for a money-valued
// fact ("invoicing from $5,000 a year") that differs from the story's
// value: amount, currency, period and per-unit, parts a source leaves out
// not compared (but see moneyAgrees).
func checkMoneyFacts(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.PriceMention) {
		if m.Price == nil || m.Subject == "" || m.Aside != "" {
			continue
		}
		f := factOf(p.Story, m.Subject)
		if f == nil || f.Money == nil || moneyAgrees(*m.Price, *f.Money) || p.known.oldValue(p.Now, m) {
			continue
		}
		found := priceText(*m.Price)
		if found == "" {
			found = m.Text
		}
		p.Report(Finding{
			Message: storyName(p) + " gives the " + factTitle(f) + scopeNote(f) + " as " + priceText(*f.Money) +
				"; " + here(p.Doc, m) + " says " + found + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: priceText(*f.Money),
			Found:    found,
			Excerpt:  excerpt(p.Doc, m),
			value:    priceValue(*m.Price, f.Money),
		})
	}
}

// moneyAgrees reports whether an amount stated for a money fact agrees
// with the fact's value, as priceAgrees does, except that an amount that
// states its period but not the fact's unit is a flat amount, which
// disagrees: a list price of "$99 / month" is not "$99 per user per
// month". (A plan's price keeps priceAgrees: "$180 a year" next to a plan
// whose per-vehicle price the page gives is read with that unit.)
func moneyAgrees(src, canon value.Price) bool {
	if src.Period != "" && src.Unit == "" && canon.Unit != "" && src.Kind == value.Fixed {
		return false
	}
	return priceAgrees(src, canon)
}

// scopeNote names the scope of a scoped fact: " (reseller programme)".
func scopeNote(f *story.Fact) string {
	if len(f.Scope) == 0 {
		return ""
	}
	return " (" + f.Scope[0] + ")"
}

// quantityText is a quantity as a person reads it.
func quantityText(q value.Quantity) string {
	if s := q.String(); s != "" {
		return s
	}
	return q.Text
}
