package report

import (
	"strings"

	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// nameItems are the rows of the story matrix drawn from findings rather
// than from statements: each product's plan names, which a channel
// departs from by naming a plan the story does not know (plan-name), and
// each dated change, which a channel departs from by still stating the old
// value (stale-value). A channel that does neither says nothing about them.
func nameItems(s *story.Story) []Item {
	var items []Item
	for _, p := range s.Products {
		if len(p.Plans) == 0 {
			continue
		}
		names := make([]string, len(p.Plans))
		for i, pl := range p.Plans {
			names[i] = pl.Name
		}
		items = append(items, Item{Kind: rules.RowPlans, Subject: p.ID, Label: p.Name + " plans", Story: strings.Join(names, ", ")})
	}
	for _, c := range s.Changes {
		items = append(items, Item{Kind: rules.RowChange, Subject: c.ID,
			Label: "change: " + c.ID + " (" + c.Changed.Format("2006-01-02") + ")",
			Story: c.Now + " (was " + strings.Join(c.Was, ", ") + ")"})
	}
	return items
}

// findingStatements returns the statements of a finding-drawn row: the
// findings of its rule about its subject, each departing from the story.
func findingStatements(it Item, f rules.Finding) (Statement, bool) {
	if !rules.InRow(f, it.Kind, it.Subject) {
		return Statement{}, false
	}
	return Statement{Value: f.Found, Excerpt: f.Excerpt, Location: f.Location}, true
}
