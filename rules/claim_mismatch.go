package rules

import "github.com/onestory/onestory/analyze"

var claimMismatch = &Rule{
	ID: "claim-mismatch",
	Doc: `An approved claim restated with changed numbers or strength

A sentence close to an approved claim that changes what it says (“cuts fuel
costs by up to 20%” where the story approves “Cuts fuel costs by up to
12%”): “The approved claim is “Cuts fuel costs by up to 12%”; this says
“cuts fuel costs by up to 20%”.”`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindClaims,
	Marks:    MarksConflict,
	Check:    checkClaimMismatch,
}

// checkClaimMismatch reports each approved claim a document restates with
// changed numbers or strength.
func checkClaimMismatch(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.ClaimMention) {
		if m.Match != "changed" || m.Canonical == "" || m.Aside != "" {
			continue
		}
		p.Report(Finding{
			Message:  "The approved claim is " + quoteShort(m.Canonical) + "; this says " + quoteShort(m.Text) + ".",
			Location: m.Location,
			Subject:  m.Subject,
			Expected: m.Canonical,
			Found:    clip(m.Text),
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}
