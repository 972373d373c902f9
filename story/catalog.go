package story

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/onestory/onestory/value"
)

// Catalog is the story's product catalogue: the products of the story
// file that have a price or an identifier of their own, then the rows of
// its catalogue files, in file order. Nothing in it changes after Load;
// Lookup reads the maps built once when the story loads, so matching a
// product costs the same for ten items as for a hundred thousand.
type Catalog struct {
	Files []CatalogFile
	Items []Item
	keys  map[string]int // lookup key → index into Items; -1 when ambiguous
}

// CatalogFile is one catalogue file the story names under catalog:.
type CatalogFile struct {
	Path     string            // as the story writes it, relative to the story file
	Format   string            // csv | tsv | xml
	Columns  map[string]string // field → column header, for csv and tsv
	Currency string            // the currency of prices that name none, "" for none
	Pos      Pos
}

// Item is one product of the catalogue: a row of a catalogue file, or a
// product of the story file with its own price or identifiers.
type Item struct {
	ID    string
	Title string
	SKU   string
	GTIN  string // digits only, as written
	MPN   string
	URL   string       // the product's own page
	Price *value.Price // the regular price; nil when the row gives none
	Sale  *Sale
	// Availability is InStock, OutOfStock, Preorder, Backorder or "".
	Availability string
	Origin       Origin // the row, or the story file's product
}

// Sale is a sale price and the days it holds: From and Until are
// inclusive; a zero day leaves that end open.
type Sale struct {
	Price       value.Price
	From, Until time.Time
}

// On reports whether the sale holds on day now.
func (s *Sale) On(now time.Time) bool {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	return (s.From.IsZero() || !day.Before(s.From)) && (s.Until.IsZero() || !day.After(s.Until))
}

// Origin is where a catalogue item is written: a catalogue file's row
// (Line is the row's line, the header being line 1) or a product of the
// story file.
type Origin struct {
	File         string
	Line, Column int
}

// String returns "FILE:LINE".
func (o Origin) String() string {
	if o.Line == 0 {
		return o.File
	}
	return fmt.Sprintf("%s:%d", o.File, o.Line)
}

// The availabilities of a catalogue item, as Merchant Center writes them.
const (
	InStock    = "in_stock"
	OutOfStock = "out_of_stock"
	Preorder   = "preorder"
	Backorder  = "backorder"
)

// availabilityNames are the canonical availabilities, as a problem lists them.
var availabilityNames = []string{InStock, OutOfStock, Preorder, Backorder}

// availabilities maps the ways catalogues and pages write availability
// (lower case, "_", "-" and spaces removed) to its canonical form.
var availabilities = map[string]string{
	"instock": InStock, "available": InStock, "limitedavailability": InStock, "onlineonly": InStock,
	"instoreonly": InStock,
	"outofstock":  OutOfStock, "soldout": OutOfStock, "discontinued": OutOfStock,
	"unavailable": OutOfStock, "notavailable": OutOfStock, "notinstock": OutOfStock,
	"preorder": Preorder, "presale": Preorder,
	"backorder": Backorder, "backordered": Backorder,
}

// ParseAvailability reads an availability as catalogues and pages write
// it: "in_stock", "in stock", "InStock", "https://schema.org/OutOfStock",
// "Sold out", "pre-order". It reports false for anything else.
func ParseAvailability(s string) (string, bool) {
	s = s[strings.LastIndexByte(s, '/')+1:]
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	a, ok := availabilities[b.String()]
	return a, ok
}

// The keys of a catalog: entry, and the fields a column can map to.
var (
	catalogKeys   = []string{"file", "format", "columns", "currency"}
	catalogFields = []string{"id", "title", "price", "sale_price", "sale_price_effective_date",
		"sale_from", "sale_until", "availability", "sku", "gtin", "mpn", "link"}
	catalogFormats = []string{"csv", "tsv", "xml"}
)

// catalogFiles decodes the catalog: list.
func (d *decoder) catalogFiles(n *yaml.Node) []CatalogFile {
	return entries(d, n, "catalog", "a list of catalogue files (file, format, columns)", catalogKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) CatalogFile {
			f := CatalogFile{Path: d.required(m, it, p, "file"), Pos: pos(it),
				Format: d.str(m["format"], join(p, "format")), Currency: d.str(m["currency"], join(p, "currency"))}
			if f.Format == "" {
				f.Format = formatOf(f.Path)
			}
			if f.Path != "" && !slices.Contains(catalogFormats, f.Format) {
				at := m["format"]
				if at == nil {
					at = m["file"]
				}
				d.failf(at, join(p, "format"), "unknown catalogue format %q; want %s%s", f.Format, choices(catalogFormats), didYouMean(f.Format, catalogFormats))
			}
			if f.Currency != "" && value.CurrencyCode(f.Currency) == "" {
				d.failf(m["currency"], join(p, "currency"), "unknown currency %q; write its ISO 4217 code, like \"USD\"", f.Currency)
			}
			f.Columns = d.columns(m["columns"], join(p, "columns"))
			return f
		})
}

// columns decodes a catalogue's column mapping: field → column header.
func (d *decoder) columns(n *yaml.Node, path string) map[string]string {
	if isNull(n) {
		return nil
	}
	fs, ok := d.pairs(n, path)
	if !ok || len(fs) == 0 {
		return nil
	}
	out := map[string]string{}
	for _, f := range fs {
		if !slices.Contains(catalogFields, f.name) {
			d.failf(f.key, join(path, f.name), "unknown field %q; a column maps to %s%s", f.name, choices(catalogFields), didYouMean(f.name, catalogFields))
			continue
		}
		if s := d.str(f.val, join(path, f.name)); s != "" {
			out[f.name] = s
		}
	}
	return out
}

// formatOf returns the catalogue format a file name implies: xml for .xml
// and .rss, tsv for .tsv and .txt (Merchant Center's text feed), else csv.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xml", ".rss", ".atom":
		return "xml"
	case ".tsv", ".txt", ".tab":
		return "tsv"
	}
	return "csv"
}
