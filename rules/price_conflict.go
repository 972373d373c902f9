package rules

import "github.com/onestory/onestory/analyze"

var priceConflict = &Rule{
	ID: "price-conflict",
	Doc: `Two sources that state different prices for a plan with no story price

Where the story gives no price for a plan (or no annual price), sources
that disagree with each other are reported: two pages, a page and a deck,
or a page's visible price and the price in its structured data (JSON-LD,
microdata). The value most places state is taken as the reference; each
other value is reported once for each channel that states it, at its first
place, naming both sides and their teams, with the reference's places and
then its own other places as related locations: “Sources disagree on the
annual price of the Fleet plan of RoutePlanner: marketing: $180 per
vehicle per year at testdata/site/pricing.html:41; sales: $200 per vehicle
per year at testdata/collateral/kestrel-pitch.pptx slide 4.” Where the
story gives the price, a place that departs from it is a price-mismatch
and nothing else: one problem, one finding.

Listing cards (see docs/catalog.md): a card on a category or search page
whose price differs from the price on the product's own page, for a
product the catalogue gives no price, is reported at the card: “The card
for Canyon Hammock says $59; its own page says $65
(site/p/canyon-hammock.html:8).” The card meets its page through the
catalogue item both match, the card's link and the page's address, or
the product's name.`,
	Severity: Error,
	Scope:    Corpus,
	Reads:    analyze.FindValues,
	Marks:    MarksConflict,
	Check:    checkPriceConflict,
}

func checkPriceConflict(p *Pass) {
	checkListingConflicts(p)
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
			if f := factOf(p.Story, subject); canon == nil && f != nil && f.Money != nil {
				canon = f.Money // a money-valued fact: a differing amount is fact-mismatch's
			}
			if canon == nil {
				return ""
			}
			return priceValue(*canon, canon)
		},
	})
}
