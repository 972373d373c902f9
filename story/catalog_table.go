package story

import (
	"encoding/csv"
	"errors"
	"io"
	"maps"
	"slices"
	"strings"
)

// requiredFields are the fields every catalogue row gives.
var requiredFields = []string{"id", "title", "price"}

// readTable reads a CSV or TSV catalogue: a header row, then one product
// a row. Each field is read from the column the mapping names, or else
// from the column named as Merchant Center names it ("id", "title",
// "price", "sale_price", "availability", "gtin", "mpn", "link", and
// "sku"); headers match whatever their case.
func (r *catalogReader) readTable(in io.Reader, comma rune) {
	cr := csv.NewReader(in)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = comma == '\t' // Merchant Center's text feeds leave quotes unescaped
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			r.fail(0, 0, "", "the catalogue is empty; it needs a header row (%s)", strings.Join(requiredFields, ", "))
		} else {
			r.tableError(err)
		}
		return
	}
	cols, ok := r.mapColumns(slices.Clone(header))
	if !ok {
		return
	}
	need := slices.Max(slices.Collect(maps.Values(cols))) // the last column a row must reach
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			r.tableError(err)
			return
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if need >= len(rec) {
			r.fail(line, 0, "", "the row has %d fields; the header has %d", len(rec), len(header))
			continue
		}
		w := row{line: line, cells: make(map[string]cell, len(cols))}
		for field, i := range cols {
			_, col := cr.FieldPos(i)
			w.cells[field] = cell{text: rec[i], col: col}
		}
		r.add(w)
	}
}

// tableError reports a CSV syntax error at its line and column.
func (r *catalogReader) tableError(err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		r.fail(pe.Line, pe.Column, "", "%v", pe.Err)
		return
	}
	r.fail(0, 0, "", "cannot read the catalogue: %v", err)
}

// mapColumns finds the column of each field in the header; a required
// field without a column is an error that lists the header's columns.
func (r *catalogReader) mapColumns(header []string) (map[string]int, bool) {
	at := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := at[h]; !dup {
			at[h] = i
		}
	}
	cols := map[string]int{}
	ok := true
	for _, field := range catalogFields {
		name, mapped := r.spec.Columns[field]
		if !mapped {
			name = field
		}
		i, found := at[strings.ToLower(strings.TrimSpace(name))]
		switch {
		case found:
			cols[field] = i
		case mapped || slices.Contains(requiredFields, field):
			ok = false
			r.fail(1, 0, field, "no column %q in the header (%s)%s; name the column of %s under columns:",
				name, strings.Join(header, ", "), didYouMean(name, header), field)
		}
	}
	return cols, ok
}
