package rules

import (
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

var availabilityMismatch = &Rule{
	ID: "availability-mismatch",
	Doc: `A product page or card whose availability contradicts the catalogue

A product of the catalogue with an availability (in_stock, out_of_stock,
preorder, backorder) is compared with what its page, card or structured
data says: schema.org availability (https://schema.org/InStock), or the
words a shop shows (“In stock”, “Sold out”, “Pre-order”). Example:
“Ridge Pack 40 is out of stock in the catalogue (catalog.csv:5); this
page says “In stock”.” Limited availability and online-only count as in
stock. One wrong availability is one finding for each channel that
states it, with the other places as related locations.`,
	Severity: Warning,
	Scope:    Document,
	Gather:   true,
	Reads:    analyze.FindValues,
	Catalog:  true,
	Check:    checkAvailabilityMismatch,
}

// availabilityWords are the availabilities as a message writes them.
var availabilityWords = map[string]string{
	story.InStock: "in stock", story.OutOfStock: "out of stock",
	story.Preorder: "on pre-order", story.Backorder: "on back order",
}

// checkAvailabilityMismatch reports each listing whose availability is
// not the catalogue's.
func checkAvailabilityMismatch(p *Pass) {
	for _, l := range catalogued(p) {
		it := l.item
		if it.Availability == "" || l.Availability == "" || l.Availability == it.Availability {
			continue
		}
		said := l.AvailabilityText
		if strings.Contains(said, "schema.org") {
			said = availabilityWords[l.Availability]
		}
		p.Report(Finding{Subject: it.ID, Message: it.Title + " is " + availabilityWords[it.Availability] + " " + l.row(p) +
			"; " + l.where() + " says " + quote(said) + ".", Expected: availabilityWords[it.Availability],
			Found: availabilityWords[l.Availability], Excerpt: clip(l.AvailabilityText), Location: l.AvailabilityAt})
	}
}
