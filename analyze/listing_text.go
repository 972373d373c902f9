package analyze

import (
	"strings"

	"github.com/onestory/onestory/format"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// PriceListRow is the kind of a Listing read from a price list: a table
// row whose header names a catalogue product and whose cell states its
// price, or a list item that begins with a product's name ("Camp Stove
// Mini: $49.95"), in a deck, a PDF, a document or Markdown.
const PriceListRow extract.ProductKind = "row"

// rowListings returns the price-list rows of a document that is not an
// HTML page (pages have their cards): each block that is a table cell or
// a list item stating exactly one price, whose row header or leading
// words are a catalogue product's whole name.
func rowListings(c *story.Catalog, t *extract.Text) []Listing {
	if c == nil || t.Format == format.HTML {
		return nil
	}
	var out []Listing
	for i := range t.Blocks {
		b := &t.Blocks[i]
		if b.Kind != extract.Cell && b.Kind != extract.ListItem {
			continue
		}
		spans := value.FindPrices(b.Text)
		if len(spans) != 1 || spans[0].Price.Kind != value.Fixed {
			continue
		}
		item, name := rowItem(c, b, b.Text[:spans[0].Start])
		if item < 0 {
			continue
		}
		p := spans[0].Price
		out = append(out, Listing{Kind: PriceListRow, Name: name, Item: item, ItemID: c.Items[item].ID,
			Match: story.ByName, Price: &p, Text: b.Text[spans[0].Start:spans[0].End], Location: b.At(spans[0].Start)})
	}
	return out
}

// rowItem finds the catalogue item a block names: a cell by its row
// header (the last entry of its Context naming one), a list item by the
// words before its price.
func rowItem(c *story.Catalog, b *extract.Block, before string) (int, string) {
	if b.Kind == extract.Cell {
		if strings.TrimSpace(before) != "" {
			return -1, "" // a cell that says more than its price
		}
		for k := len(b.Context) - 1; k >= 0; k-- {
			if i, ok := c.Lookup(story.ByName, b.Context[k]); ok {
				return i, b.Context[k]
			}
		}
		return -1, ""
	}
	name := strings.TrimRight(before, " \t:—–-|·,")
	if i, ok := c.Lookup(story.ByName, name); ok {
		return i, name
	}
	return -1, ""
}
