package rules

import (
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// listed is a product a page presents that the catalogue knows, with the
// catalogue's item.
type listed struct {
	*analyze.Listing
	item *story.Item
}

// catalogued returns the listings of the pass's document matched with a
// catalogue item.
func catalogued(p *Pass) []listed {
	if p.Story == nil || p.Story.Catalog == nil {
		return nil
	}
	var out []listed
	for i := range p.Doc.Listings {
		l := &p.Doc.Listings[i]
		if it := p.Story.Catalog.At(l.Item); it != nil {
			out = append(out, listed{l, it})
		}
	}
	return out
}

// onSale returns the item's sale when it holds on day now, else nil.
func onSale(it *story.Item, now time.Time) *story.Sale {
	if it.Sale != nil && it.Sale.On(now) {
		return it.Sale
	}
	return nil
}

// where names the place a listing stands in: "this card", "this page",
// "this page's structured data".
func (l listed) where() string {
	switch l.Kind {
	case extract.ProductCard:
		return "this card"
	case extract.ProductData:
		return "this page's structured data"
	case analyze.PriceListRow:
		return "this price list"
	}
	return "this page"
}

// row names the catalogue row an item comes from: "in the catalogue
// (catalog.csv:12)", or "in the story file (messaging.yaml:40)".
func (l listed) row(p *Pass) string {
	if p.Story != nil && l.item.Origin.File == p.Story.Path {
		return "in the story file (" + l.item.Origin.String() + ")"
	}
	return "in the catalogue (" + l.item.Origin.String() + ")"
}

// report files a finding about a listing: its subject is the item's id,
// its place the listing's.
func (l listed) report(p *Pass, msg, expected, found string, text string) {
	p.Report(Finding{Message: msg, Subject: l.item.ID, Expected: expected, Found: found,
		Excerpt: clip(text), Location: l.Location})
}

// dayText writes a date as the catalogue does.
func dayText(t time.Time) string { return t.Format(time.DateOnly) }

// agreesWith reports whether a listed price agrees with a catalogue
// price: the same amount, and the same currency where both give one.
func agreesWith(src *value.Price, canon *value.Price) bool {
	return src != nil && canon != nil && priceAgrees(*src, *canon)
}

// appendListingEntries appends to out the index entries of the
// document's listings that state a price: their subject is the matched
// item's id, or for a product the catalogue does not know, its page's
// address or its name, so that a card and the product's own page meet.
func (c *Checker) appendListingEntries(out []Entry, d *analyze.Doc) []Entry {
	for i := range d.Listings {
		l := &d.Listings[i]
		if l.Price == nil {
			continue
		}
		var canon *value.Price
		subject := ""
		switch it := c.story.Catalog.At(l.Item); {
		case it != nil:
			subject, canon = it.ID, it.Price
		case l.Kind == extract.ProductCard && l.URL != "":
			subject = story.CatalogKey(story.ByURL, l.URL)
		case l.Kind != extract.ProductCard:
			subject = story.CatalogKey(story.ByURL, d.Source)
		}
		e := Entry{Kind: analyze.ListingMention, Subject: subject, Channel: d.Channel,
			Structured: l.Kind == extract.ProductData, Listing: l.Kind, Name: l.Name,
			Value: priceValue(*l.Price, canon), Display: priceText(*l.Price), Text: clip(l.Text),
			Excerpt: clip(l.Name + " " + l.Text), Location: l.Location}
		if subject != "" {
			out = append(out, e)
		}
		if l.Item < 0 && l.Name != "" { // a product the catalogue does not know also meets by name
			e.Subject = story.CatalogKey(story.ByName, l.Name)
			out = append(out, e)
		}
	}
	return out
}
