package rules

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

// The values of the index entries of policies and entitlements.
const (
	included    = "included"
	notIncluded = "not included"
)

// policyOf returns the story's policy with the given id, or nil.
func policyOf(s *story.Story, id string) *story.Policy {
	if s == nil {
		return nil
	}
	for i := range s.Policies {
		if s.Policies[i].ID == id {
			return &s.Policies[i]
		}
	}
	return nil
}

// featureOf returns the story's feature with the given id, and the product
// whose plans hold it; nil when there is none.
func featureOf(s *story.Story, id string) (*story.Feature, *story.Product) {
	if s == nil {
		return nil, nil
	}
	for i := range s.Features {
		f := &s.Features[i]
		if f.ID != id {
			continue
		}
		for j := range s.Products {
			if s.Products[j].ID == f.Product {
				return f, &s.Products[j]
			}
		}
	}
	return nil, nil
}

// policyTitle names a policy's subject by its first phrase.
func policyTitle(p *story.Policy) string {
	if len(p.About) > 0 {
		return p.About[0]
	}
	return p.ID
}

// contradicts reports whether a stance a source takes ("offered", "not
// offered", "pending") contradicts the policy's: a status counts as not
// offered (yet), and pending contradicts nothing.
func contradicts(p *story.Policy, found string) bool {
	switch {
	case p.Stance == "":
		return false
	case p.Offered():
		return found == story.NotOffered
	}
	return found == story.Offered
}

// planIDs returns the ids of a product's plans, in story order.
func planIDs(prod *story.Product) []string {
	ids := make([]string, len(prod.Plans))
	for i, pl := range prod.Plans {
		ids[i] = pl.ID
	}
	return ids
}

// entitled returns, for each plan an entitlement mention speaks of, whether
// it says the plan includes the feature.
func entitled(m *analyze.Mention, all []string) map[string]bool {
	named := strings.Split(m.Plans, ",")
	out := map[string]bool{}
	switch m.Match {
	case "all", "only":
		for _, id := range all {
			out[id] = slices.Contains(named, id)
		}
	case "includes", "excludes":
		for _, id := range named {
			if slices.Contains(all, id) {
				out[id] = m.Match == "includes"
			}
		}
	}
	return out
}

// appendStanceEntries appends the index entries of a policy or
// entitlement mention: a policy's stance ("offered", "not offered"), and
// for each plan an entitlement speaks of whether it includes the feature
// (subject "feature/plan").
func (c *Checker) appendStanceEntries(out []Entry, seen map[entryKey]bool, d *analyze.Doc, m *analyze.Mention) []Entry {
	add := func(subject, val string) {
		k := entryKey{m.Kind, subject, val, false, false}
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, Entry{Kind: m.Kind, Subject: subject, Channel: d.Channel, Value: val, Display: val,
			Text: clip(m.Text), Excerpt: excerpt(d, m), Location: m.Location})
	}
	switch m.Kind {
	case analyze.PolicyMention:
		if m.Match == story.Offered || m.Match == story.NotOffered {
			add(m.Subject, m.Match)
		}
	case analyze.EntitlementMention:
		f, prod := featureOf(c.story, m.Subject)
		if f == nil {
			return out
		}
		all := planIDs(prod)
		ent := entitled(m, all)
		for _, id := range all {
			if in, ok := ent[id]; ok {
				add(m.Subject+"/"+id, Inclusion(in))
			}
		}
	}
	return out
}

// Inclusion is "included" or "not included": the value an entitlement
// statement records, and the story's own value in the story matrix.
func Inclusion(in bool) string {
	if in {
		return included
	}
	return notIncluded
}

// Departs reports whether a statement of the index about a policy or a
// feature's plan contradicts what the story says; for other statements it
// reports false. The story matrix colours those statements with it.
func Departs(s *story.Story, e Entry) bool {
	switch e.Kind {
	case analyze.PolicyMention:
		p := policyOf(s, e.Subject)
		return p != nil && contradicts(p, e.Value)
	case analyze.EntitlementMention:
		id, plan, ok := strings.Cut(e.Subject, "/")
		f, _ := featureOf(s, id)
		return ok && f != nil && f.Known && f.Includes(plan) != (e.Value == included)
	}
	return false
}
