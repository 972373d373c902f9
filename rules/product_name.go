package rules

import "github.com/onestory/onestory/analyze"

var productName = &Rule{
	ID: "product-name",
	Doc: `A misspelled, mis-cased or retired product or plan name

A product or plan name written with the wrong case, spacing or a typo, or
a name the story lists as retired, is reported with the canonical name as
its fix: “Route Planner” should be written “RoutePlanner”. So is a product
named after the company and a word (“Sourcegraph App”) written with another
product's name in place of the company's (“Cody App”), unless the story
knows that name too. Exact names and the
story's aliases are fine, and so are names listed as examples (a style
guide's “No” list, a reference page) or quoted, and a retired name in a
sentence that tells the past or announces the retirement (“X is now
called Y”).`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindProducts,
	Check:    checkProductName,
}

// checkProductName reports each misspelled, mis-cased or retired product
// or plan name, with the canonical name as its fix.
func checkProductName(p *Pass) {
	for m := range mentionsOf(p.Doc, analyze.ProductMention) {
		if m.Canonical == "" || m.Text == m.Canonical || m.Aside != "" {
			continue
		}
		var msg string
		switch m.Match {
		case "case", "spacing", "typo", "brand":
			msg = quoteShort(m.Text) + " should be written " + quoteShort(m.Canonical) + "."
		case "retired":
			msg = quoteShort(m.Text) + " is the retired name of " + m.Canonical + "."
		default:
			continue
		}
		p.Report(Finding{
			Message:  msg,
			Location: m.Location,
			Subject:  m.Subject,
			Expected: m.Canonical,
			Found:    clip(m.Text),
			Excerpt:  excerpt(p.Doc, m),
			Fix:      m.Canonical,
		})
	}
}
