package rules

import "github.com/onestory/onestory/analyze"

var policyConflict = &Rule{
	ID: "policy-conflict",
	Doc: `Two sources that take opposite stances on a policy

For a policy the story names but takes no stance on (a policy with “about”
and no “stance”), sources that say it is offered and sources that say it
is not are reported, as fact-conflict does for facts: the stance most
sources take is the reference, and each place that takes the other is
reported with the reference's locations as related locations. Where the
story takes a stance, policy-mismatch reports the sentences that depart
from it instead. Example: “Sources disagree on whether setup fee is
offered: marketing: not offered at site/pricing.html:12; sales: offered at
collateral/deck.pptx slide 4.”`,
	Severity: Error,
	Scope:    Corpus,
	Reads:    analyze.FindStances,
	Marks:    MarksConflict,
	Check:    checkPolicyConflict,
}

func checkPolicyConflict(p *Pass) {
	unsettled(p, analyze.PolicyMention, func(subject string) bool {
		pol := policyOf(p.Story, subject)
		return pol != nil && pol.Stance == ""
	}, func(subject string) string {
		if pol := policyOf(p.Story, subject); pol != nil {
			return "whether " + policyTitle(pol) + " is offered"
		}
		return subject
	})
}

// unsettled reports the conflicts among the index's entries of kind whose
// subject the story leaves open.
func unsettled(p *Pass, kind analyze.Kind, open func(subject string) bool, title func(subject string) string) {
	q := *p
	q.Index = p.Index.where(func(e *Entry) bool { return e.Kind == kind && open(e.Subject) })
	reportConflicts(&q, conflictSpec{
		kind:      kind,
		title:     func(subject string, _ bool) string { return title(subject) },
		canonical: func(string, bool) string { return "" },
	})
}
