package rules

import "github.com/onestory/onestory/analyze"

var priceConflict = &Rule{
	ID: "price-conflict",
	Doc: `Two sources that state different prices for the same plan

Whatever the story says, sources that disagree with each other are
reported: two pages, a page and a deck, or a page's visible price and the
price in its structured data (JSON-LD, microdata). The value most sources
state is taken as the reference; each place that states another is
reported once, naming both sides and their teams, with the reference's
locations as related locations: “Sources disagree on the price of the Fleet
plan of RoutePlanner: marketing: $18 per vehicle per month at
testdata/site/pricing.html:41; sales: $21 per vehicle per month at
testdata/collateral/kestrel-pitch.pptx slide 4.”`,
	Severity: Error,
	Scope:    Corpus,
	Reads:    analyze.FindValues,
	Check:    checkPriceConflict,
}

func checkPriceConflict(p *Pass) {
	reportConflicts(p, conflictSpec{
		kind: analyze.PriceMention,
		title: func(subject string, annual bool) string {
			prod, plan := planOf(p.Story, subject)
			if plan == nil {
				return "the price of " + subject
			}
			if annual {
				return "the annual price of " + planTitle(prod, plan, false)
			}
			return "the price of " + planTitle(prod, plan, false)
		},
		canonical: func(subject string, annual bool) string {
			_, _, canon := canonicalPrice(p.Story, subject, annual)
			if canon == nil {
				return ""
			}
			return priceValue(*canon, canon)
		},
	})
}
