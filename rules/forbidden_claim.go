package rules

import "github.com/onestory/onestory/analyze"

var forbiddenClaim = &Rule{
	ID: "forbidden-claim",
	Doc: `A phrase the story forbids

The story's claims.forbidden lists phrases no source may use, such as
“guaranteed savings”. Each use is reported: “The story forbids the claim
“best in the world”.” Not where the company is not speaking (examples of
what not to write, quotes, questions, the past, sentences about a
competitor), and a phrase of common words (“the only”) only where its
clause makes a claim of the company's.`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindTerms,
	Check:    checkForbiddenClaim,
}

// checkForbiddenClaim reports each use of a claim the story forbids.
func checkForbiddenClaim(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.ClaimMention) {
		if m.Match != "forbidden" || m.Aside != "" {
			continue
		}
		phrase := m.Canonical
		if phrase == "" {
			phrase = m.Text
		}
		p.Report(Finding{
			Message:  "The story forbids the claim " + quoteShort(phrase) + ".",
			Location: m.Location,
			Subject:  phrase,
			Found:    clip(m.Text),
			Excerpt:  excerpt(p.Doc, m),
		})
	}
}
