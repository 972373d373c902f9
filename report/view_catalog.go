package report

import (
	"sort"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// CatalogView is the catalogue view of a run: each product of the
// story's catalogue that a page shows or a finding names, products with a
// problem first, and how many products no page showed.
type CatalogView struct {
	Rows   []CatalogRow
	Unseen int // products of the catalogue that no page checked shows
}

// CatalogRow is one product of the catalogue view: what the catalogue
// says of it, the prices pages show, and the findings about it.
type CatalogRow struct {
	ID, Title    string
	Row          string // the catalogue row: "catalog.csv:12"
	Price        string // the catalogue's price
	Sale         string // "$99 from 2026-11-20 to 2026-12-31"; "" when none
	Availability string // "in_stock"...; "" when not given
	Statements   []Statement
	Problems     []rules.Finding
	origin       story.Origin // the row, to order rows by file and line
}

// catalogRules are the findings a product of the catalogue can have.
var catalogRules = map[string]bool{
	"price-mismatch": true, "price-conflict": true, "sale-price-outside-dates": true, "availability-mismatch": true,
}

// newCatalogView builds the catalogue view, nil when the story has no
// catalogue. A statement departs when a finding about its product stands
// at its place, or names it as another place stating the same value.
func newCatalogView(s *story.Story, statements []rules.Entry, findings []rules.Finding) *CatalogView {
	if s == nil || s.Catalog == nil || len(s.Catalog.Items) == 0 {
		return nil
	}
	rows := map[string]*CatalogRow{}
	bad := map[string]bool{} // id@location of departing statements
	for _, f := range findings {
		if !catalogRules[f.Rule] {
			continue
		}
		if r := catalogRow(s, rows, f.Subject); r != nil {
			r.Problems = append(r.Problems, f)
			if f.Rule == "availability-mismatch" {
				continue // the price shown there may be right
			}
			for _, at := range rules.StatedAt(f) {
				bad[statementKey(f.Subject, at, "")] = true
			}
		}
	}
	for _, e := range statements {
		if e.Kind != analyze.ListingMention {
			continue
		}
		if r := catalogRow(s, rows, e.Subject); r != nil {
			r.Statements = append(r.Statements, Statement{Value: e.Display, Excerpt: string(e.Listing) + ": " + e.Excerpt,
				Location: e.Location, Agrees: !bad[statementKey(e.Subject, e.Location, "")]})
		}
	}
	v := &CatalogView{Unseen: len(s.Catalog.Items) - len(rows)}
	for _, r := range rows {
		v.Rows = append(v.Rows, *r)
	}
	sort.Slice(v.Rows, func(i, j int) bool { return problemsFirst(v.Rows[i], v.Rows[j]) })
	return v
}

// problemsFirst orders rows with more problems first, then by their row
// in the catalogue.
func problemsFirst(a, b CatalogRow) bool {
	if len(a.Problems) != len(b.Problems) {
		return len(a.Problems) > len(b.Problems)
	}
	if a.origin.File != b.origin.File {
		return a.origin.File < b.origin.File
	}
	return a.origin.Line < b.origin.Line || a.origin.Line == b.origin.Line && a.ID < b.ID
}

// catalogRow returns the row of the catalogue item whose id is subject,
// making it on first use; nil when subject names no item.
func catalogRow(s *story.Story, rows map[string]*CatalogRow, subject string) *CatalogRow {
	if r, ok := rows[subject]; ok {
		return r
	}
	i, ok := s.Catalog.Lookup(story.BySKU, subject)
	if !ok || s.Catalog.Items[i].ID != subject {
		return nil
	}
	it := s.Catalog.Items[i]
	r := &CatalogRow{ID: it.ID, Title: it.Title, Row: it.Origin.String(), Availability: it.Availability, origin: it.Origin}
	if it.Price != nil {
		r.Price = it.Price.String()
	}
	if it.Sale != nil {
		var b strings.Builder
		b.WriteString(it.Sale.Price.String())
		if !it.Sale.From.IsZero() {
			b.WriteString(" from " + it.Sale.From.Format("2006-01-02"))
		}
		if !it.Sale.Until.IsZero() {
			b.WriteString(" until " + it.Sale.Until.Format("2006-01-02"))
		}
		r.Sale = b.String()
	}
	rows[subject] = r
	return r
}
