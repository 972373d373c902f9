package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

var policyMismatch = &Rule{
	ID: "policy-mismatch",
	Doc: `A sentence that takes the opposite stance to a policy

A policy of the story says what the company does or does not do (“no setup
fees”: not offered; “SOC 2 Type II”: in progress). A sentence that names the
policy's subject and asserts the opposite is reported: “a one-time
onboarding fee of $500” or “annual commitment required” against a policy
that they are not offered, “we are SOC 2 Type II certified” against a
status (a status counts as not offered yet), “we don't offer on-premises”
against one that it is offered. Negation is read within the clause (“no”,
“without”, “there is no”, “we don't”, “isn't available”, “never”, “are
waived”); questions, conditions (“if you need…”), hypotheses, the past
(“we used to”) and other parties (“unlike other vendors”, “competitors
charge”) are not the company's stance. Example: “messaging.yaml says setup
fee is not offered; this page says it is offered.”`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindStances,
	Marks:    MarksConflict,
	Check:    checkPolicyMismatch,
}

// checkPolicyMismatch reports each stance a document takes that
// contradicts the story's policy.
func checkPolicyMismatch(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.PolicyMention) {
		if m.Aside != "" {
			continue // not the company speaking: a competitor, a question, the past, an example
		}
		pol := policyOf(p.Story, m.Subject)
		if pol == nil || !contradicts(pol, m.Match) {
			continue
		}
		says := m.Match // offered, not offered
		if pol.Stance != story.Offered && pol.Stance != story.NotOffered {
			says = "in place" // against a status: "we are SOC 2 Type II certified"
		}
		p.Report(Finding{
			Message:  storyName(p) + " says " + policyTitle(pol) + " is " + pol.Stance + "; " + here(p.Doc, m) + " says it is " + says + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: pol.Stance,
			Found:    m.Match,
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}
