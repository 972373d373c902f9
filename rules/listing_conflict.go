package rules

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// checkListingConflicts reports, for price-conflict, each listing card
// whose price differs from the price on the product's own page (its
// visible price or its structured data), for a product whose price the
// catalogue does not give: where it does, a card or page that departs
// from it is a price-mismatch and nothing else. A card meets its product's
// page through the catalogue item both match, else through the card's
// link and the page's address, else through the product's name.
func checkListingConflicts(p *Pass) {
	if p.Story == nil || p.Story.Catalog == nil { // no catalogue: pages' products were not read
		return
	}
	groups := map[string][]*Entry{}
	var subjects []string
	for i := range p.Index.Len() {
		if p.Index.Kind(i) != analyze.ListingMention {
			continue
		}
		e := new(p.Index.Entry(i))
		if e.Subject == "" || pricedItem(p.Story, e.Subject) {
			continue
		}
		if groups[e.Subject] == nil {
			subjects = append(subjects, e.Subject)
		}
		groups[e.Subject] = append(groups[e.Subject], e)
	}
	slices.Sort(subjects)
	done := map[[2]extract.Location]bool{}
	for _, s := range subjects {
		for _, card := range groups[s] {
			if card.Listing == extract.ProductCard {
				cardConflict(p, card, groups[s], done)
			}
		}
	}
}

// pricedItem reports whether subject is a catalogue item with a price.
func pricedItem(s *story.Story, subject string) bool {
	if s == nil || s.Catalog == nil || strings.HasPrefix(subject, story.ByURL+":") || strings.HasPrefix(subject, story.ByName+":") {
		return false
	}
	i, ok := s.Catalog.Lookup(story.BySKU, subject)
	return ok && s.Catalog.Items[i].ID == subject && s.Catalog.Items[i].Price != nil
}

// cardConflict reports a card whose price differs from that of the pages
// of its group that are the product's own (of another source); done
// keeps each card and page from being reported twice.
func cardConflict(p *Pass, card *Entry, group []*Entry, done map[[2]extract.Location]bool) {
	var pages []*Entry
	for _, e := range group {
		if e.Listing != extract.ProductCard && e.Location.Source != card.Location.Source && e.Value != card.Value {
			if k := [2]extract.Location{card.Location, locationOf(e.Location.Source)}; !done[k] {
				done[k] = true
				pages = append(pages, e)
			}
		}
	}
	if len(pages) == 0 {
		return
	}
	related := make([]extract.Location, len(pages))
	for i, e := range pages {
		related[i] = e.Location
	}
	name := card.Name
	if name == "" {
		name = "this product"
	}
	p.Report(Finding{Subject: card.Subject, Channel: card.Channel,
		Message: "The card for " + name + " says " + card.Display + "; its own page says " + pages[0].Display +
			" (" + pages[0].Location.String() + ").",
		Expected: pages[0].Display, Found: card.Display, Excerpt: card.Excerpt, Location: card.Location, Related: related})
}
