package rules

import (
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

// storyIndex is what rules look up in the story, built once when the
// checker is made rather than for every document.
type storyIndex struct {
	plans   *planNames   // plan-name
	changes []changeForm // stale-value, and price-mismatch and fact-mismatch leave old values to it
	// olds holds the old prices and fact values of the changes, normalised
	// as the index's entries are, with the day each changed.
	olds map[oldKey]time.Time
}

// oldKey is an old value as an index entry holds it.
type oldKey struct {
	kind           analyze.Kind
	subject, value string
}

// newStoryIndex indexes the story s.
func newStoryIndex(s *story.Story) *storyIndex {
	return &storyIndex{plans: newPlanNames(s), changes: newChangeForms(s), olds: oldValues(s)}
}

// oldValues normalises the old prices and fact values of the story's
// changes as appendEntries normalises what sources state.
func oldValues(s *story.Story) map[oldKey]time.Time {
	olds := map[oldKey]time.Time{}
	if s == nil {
		return olds
	}
	add := func(k oldKey, day time.Time) {
		if was, ok := olds[k]; !ok || day.Before(was) {
			olds[k] = day
		}
	}
	for _, c := range s.Changes {
		if f := factOf(s, c.What); f != nil {
			for _, q := range c.WasQuantities {
				add(oldKey{analyze.QuantityMention, c.What, quantityValue(q, &f.Value)}, c.Changed)
			}
		}
		_, _, canon := canonicalPrice(s, c.What, false)
		for _, pr := range c.WasPrices {
			add(oldKey{analyze.PriceMention, c.What, priceValue(pr, canon)}, c.Changed)
		}
	}
	return olds
}

// oldEntry reports whether an index entry states an old value of a change
// in effect on day now.
func (x *storyIndex) oldEntry(now time.Time, e Entry) bool {
	if x == nil || len(x.olds) == 0 || e.Annual {
		return false
	}
	day, ok := x.olds[oldKey{e.Kind, e.Subject, e.Value}]
	return ok && !now.Before(day)
}
