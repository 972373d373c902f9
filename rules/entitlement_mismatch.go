package rules

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

var entitlementMismatch = &Rule{
	ID: "entitlement-mismatch",
	Doc: `A sentence that puts a feature in a plan that lacks it, or denies it to one that has it

A feature of the story (SSO, audit logs, an uptime SLA) lists the plans
that include it (“included_in”); every other plan of its product lacks it.
A sentence that names the feature (by its name or an alias) and places it
in plans is compared with that list: “available on every plan” or “all
plans except Free”, “Enterprise only” or “only on the Enterprise plan”,
“Team and above” or “Team or higher” (plans in story order), “all paid
plans”, “the Team plan includes SSO”, denials (“SSO isn't available on
Free”), and the marks of a features table (✓ or — under a plan's column,
in the feature's row). Questions, conditions, plans to come (“coming soon”) and other
parties are not read. Example: “messaging.yaml includes SSO in Enterprise
only; this page says every plan.”`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindStances,
	Marks:    MarksConflict,
	Check:    checkEntitlementMismatch,
}

// checkEntitlementMismatch reports each sentence that places a feature in
// plans otherwise than the story.
func checkEntitlementMismatch(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.EntitlementMention) {
		if m.Aside != "" {
			continue // not the company speaking: a competitor, a question, the past, an example
		}
		f, prod := featureOf(p.Story, m.Subject)
		if f == nil || !f.Known {
			continue
		}
		all := planIDs(prod)
		wrong := false
		for id, in := range entitled(m, all) {
			wrong = wrong || in != f.Includes(id)
		}
		if !wrong {
			continue
		}
		expected := plansText(prod, f.IncludedIn, "only")
		found := plansText(prod, strings.Split(m.Plans, ","), m.Match)
		p.Report(Finding{
			Message:  storyName(p) + " includes " + f.Name + " in " + expected + "; " + here(p.Doc, m) + " says " + found + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: expected,
			Found:    found,
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}

// plansText says which plans a feature is in, as a person reads it: "every
// plan", "Enterprise only", "Team and Business", "not Free", "no plan".
func plansText(prod *story.Product, ids []string, match string) string {
	var names []string
	for _, pl := range prod.Plans {
		if slices.Contains(ids, pl.ID) {
			names = append(names, pl.Name)
		}
	}
	switch {
	case match == "excludes":
		return "not " + joinAnd(names)
	case len(names) == 0:
		return "no plan"
	case len(names) == len(prod.Plans) && match != "includes":
		return "every plan"
	case match == "includes":
		return joinAnd(names)
	case len(names) == 1:
		return names[0] + " only"
	}
	return joinAnd(names) + " only"
}

// planNameOf returns the name of a product's plan, or its id.
func planNameOf(prod *story.Product, id string) string {
	for _, pl := range prod.Plans {
		if pl.ID == id {
			return pl.Name
		}
	}
	return id
}
