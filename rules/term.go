package rules

import "github.com/onestory/onestory/analyze"

var term = &Rule{
	ID: "term",
	Doc: `A term the story says to avoid

The story's terminology lists a preferred term and the forms to avoid. Each
avoided form in a source is reported with the preferred term as its fix,
written in the case of the source (“Sign up” for “Signup”): “Use “sign
up”, not “signup”.” A form listed as an example of what not to write (a
style guide's “Not this” column, a reference page) is not reported, nor is
one in contract or legal text (a page whose title, or first heading, names
it terms of service, a privacy policy, a data processing agreement, licence
terms…): lawyers word it and house style does not edit it.`,
	Severity: Warning,
	Scope:    Document,
	Reads:    analyze.FindTerms,
	Check:    checkTerm,
}

// checkTerm reports each form the story's terminology says to avoid, with
// the preferred term as its fix.
func checkTerm(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.TermMention) {
		// A form listed as an example of what not to write is skipped, and
		// so is one in legal text, which house style does not edit; a
		// quoted one is still reported: a term is a warning, and the
		// words a deck quotes are words it shows.
		if m.Match != "avoid" || m.Canonical == "" || m.Aside == analyze.AsideExample || m.Aside == analyze.AsideLegal {
			continue
		}
		use := m.Subject // the story's preferred term, as the story writes it
		if use == "" {
			use = m.Canonical
		}
		p.Report(Finding{
			Message:  "Use " + quote(use) + ", not " + quote(m.Text) + ".",
			Location: m.Location,
			Subject:  use,
			Expected: use,
			Found:    m.Text,
			Excerpt:  excerpt(p.Doc, m),
			Fix:      m.Canonical,
		})
	}
}
