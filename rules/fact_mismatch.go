package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/value"
)

var factMismatch = &Rule{
	ID: "fact-mismatch",
	Doc: `A number for a known fact that differs from the story

A quantity a source states about one of the story's facts (trial length,
uptime, integrations, customer count) is compared with the story's value:
the number (units of time converted, so “two weeks” agrees with “14
days”), a range's upper end, the operator (“over 100 integrations” is not
“120+ integrations”) and the unit of measure. Example: “messaging.yaml
gives the free trial as 14 days; this page says 30 days.”`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindValues,
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
			Message: storyName(p) + " gives the " + factTitle(f) + " as " + quantityText(f.Value) +
				"; " + here(p.Doc, m) + " says " + found + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: quantityText(f.Value),
			Found:    found,
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}

// quantityText is a quantity as a person reads it.
func quantityText(q value.Quantity) string {
	if s := q.String(); s != "" {
		return s
	}
	return q.Text
}
