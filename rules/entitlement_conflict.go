package rules

import (
	"strings"

	"github.com/onestory/onestory/analyze"
)

var entitlementConflict = &Rule{
	ID: "entitlement-conflict",
	Doc: `Two sources that disagree on whether a plan includes a feature

For a feature the story names without saying which plans include it (no
“included_in”), sources that put it in a plan and sources that leave it
out of that plan are reported, as fact-conflict does for facts: what most
sources say is the reference, and each place that says otherwise is
reported with the reference's locations as related locations. Where the
story says which plans include the feature, entitlement-mismatch reports
the sentences that depart from it instead. Example: “Sources disagree on
whether the Team plan includes SSO: marketing: included at
site/pricing.html:30; sales: not included at collateral/deck.pptx slide 6.”`,
	Severity: Error,
	Scope:    Corpus,
	Reads:    analyze.FindStances,
	Marks:    MarksConflict,
	Check:    checkEntitlementConflict,
}

func checkEntitlementConflict(p *Pass) {
	unsettled(p, analyze.EntitlementMention, func(subject string) bool {
		id, _, _ := strings.Cut(subject, "/")
		f, _ := featureOf(p.Story, id)
		return f != nil && !f.Known
	}, func(subject string) string {
		id, plan, _ := strings.Cut(subject, "/")
		f, prod := featureOf(p.Story, id)
		if f == nil {
			return subject
		}
		return "whether the " + planNameOf(prod, plan) + " plan includes " + f.Name
	})
}
