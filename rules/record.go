package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/value"
)

// appendEntries appends to out the compact index records of a document's
// mentions that corpus rules read: prices and quantities attributed to a
// subject, the approved claims it states (as approved or changed), and the
// key messages it conveys. A document counts once for each value it states
// about a subject: the first place it states it stands for the rest, so the
// index grows with the number of documents, not with how often a page
// repeats itself. seen is an empty set for the function to use.
func (c *Checker) appendEntries(out []Entry, seen map[entryKey]bool, d *analyze.Doc) []Entry {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Subject == "" {
			continue
		}
		e := Entry{Kind: m.Kind, Subject: m.Subject, Channel: d.Channel, Annual: m.Annual,
			Structured: m.Structured, Location: m.Location}
		switch {
		case m.Kind == analyze.PriceMention && m.Price != nil && (statesPrice(m) || moneyFact(c.story, m.Subject) != nil):
			_, _, canon := canonicalPrice(c.story, m.Subject, m.Annual)
			if f := moneyFact(c.story, m.Subject); f != nil {
				canon = f.Money // money that is a fact, whatever its role
			}
			e.Value, e.Display = priceValue(*m.Price, canon), priceText(*m.Price)
		case m.Kind == analyze.QuantityMention && m.Quantity != nil:
			var canon *value.Quantity
			if f := factOf(c.story, m.Subject); f != nil {
				canon = &f.Value
			}
			e.Value, e.Display = quantityValue(*m.Quantity, canon), quantityText(*m.Quantity)
		case m.Kind == analyze.MessageMention && m.Match == "conveyed":
			e.Value, e.Display = m.Subject, m.Canonical
		case m.Kind == analyze.ClaimMention && (m.Match == "approved" || m.Match == "changed"):
			e.Value, e.Display = m.Match, clip(m.Text)
		case m.Kind == analyze.PolicyMention || m.Kind == analyze.EntitlementMention:
			if m.Aside == "" { // not another party's stance, a question, the past
				out = c.appendStanceEntries(out, seen, d, m)
			}
			continue
		default:
			continue
		}
		if c.known.oldEntry(c.now, e) {
			continue // an old value after a dated change is stale-value's
		}
		k := entryKey{e.Kind, e.Subject, e.Value, e.Annual, e.Structured}
		if seen[k] {
			continue
		}
		seen[k] = true
		e.Text, e.Excerpt = clip(m.Text), excerpt(d, m)
		if e.Display == "" {
			e.Display = e.Text
		}
		out = append(out, e)
	}
	return c.appendListingEntries(out, d)
}

// entryKey is what makes two statements of one document different.
type entryKey struct {
	kind               analyze.Kind
	subject, value     string
	annual, structured bool
}

// sortIndex puts the index in a fixed order, whatever order the documents
// were checked in.
func sortIndex(ix *Index) {
	slices.SortStableFunc(ix.Docs, func(a, b DocInfo) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Channel, b.Channel),
			cmp.Compare(a.Format, b.Format), strings.Compare(a.Err, b.Err))
	})
	ix.recs.sortStable(func(ra, rb *record) int {
		a, b := ix.entry(ra), ix.entry(rb)
		if c := compareSpots(a.Location, b.Location); c != 0 {
			return c
		}
		return cmp.Or(strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.Subject, b.Subject),
			compareBool(a.Structured, b.Structured), compareBool(a.Annual, b.Annual),
			strings.Compare(a.Value, b.Value), strings.Compare(a.Text, b.Text), strings.Compare(a.Channel, b.Channel),
			strings.Compare(a.Location.Selector, b.Location.Selector))
	})
}
