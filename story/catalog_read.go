package story

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/onestory/onestory/internal/bytesize"
	"github.com/onestory/onestory/value"
)

// MaxCatalogSize is the largest catalogue file read, in bytes. A feed of
// 100,000 products with their descriptions is about 60 MB; the limit keeps
// a wrong path (a database dump, a video) from taking the run's memory.
const MaxCatalogSize = 64 << 20

// catalog reads the catalogue files next to the story file and gathers
// them, after the story's products that sell as one item, into the
// story's Catalog; nil when there is neither.
func (d *decoder) catalog(s *Story, files []CatalogFile) *Catalog {
	c := &Catalog{Files: files}
	seen := map[string]Origin{}
	for _, pr := range s.Products {
		if pr.Listing.sells() {
			c.Items = append(c.Items, pr.item(d.file))
			seen[pr.ID] = c.Items[len(c.Items)-1].Origin
		}
	}
	for _, f := range files {
		if f.Path == "" || !slices.Contains(catalogFormats, f.Format) {
			continue
		}
		r := &catalogReader{d: d, file: catalogPath(d.file, f.Path), spec: f, seen: seen}
		r.read()
		c.Items = append(c.Items, r.items...)
	}
	if len(c.Items) == 0 && len(files) == 0 {
		return nil
	}
	c.index(d)
	return c
}

// catalogPath returns the path of a catalogue file the story names: a
// relative path is relative to the story file's folder.
func catalogPath(story, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(filepath.Dir(story), path)
}

// catalogReader reads one catalogue file into items, reporting each bad
// row at its line.
type catalogReader struct {
	d     *decoder
	file  string
	spec  CatalogFile
	items []Item
	seen  map[string]Origin // item id → where it was first given
}

// read opens the file and reads it in its format.
func (r *catalogReader) read() {
	f, err := os.Open(r.file)
	if err != nil {
		r.fail(0, 0, "", "cannot read the catalogue: %v", unwrapPath(err))
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		r.fail(0, 0, "", "not a regular file (%s); a catalogue is a CSV, TSV or XML file", info.Mode().Type())
		return
	}
	if err == nil && info.Size() > MaxCatalogSize {
		r.fail(0, 0, "", "the catalogue is %s, over the %s limit of a catalogue file; split it into several files",
			bytesize.Format(info.Size()), bytesize.Format(MaxCatalogSize))
		return
	}
	lr := &limitedReader{r: f, n: MaxCatalogSize}
	r.decode(lr)
	if lr.over {
		r.fail(0, 0, "", "the catalogue is larger than %s, the limit of a catalogue file; split it into several files", bytesize.Format(MaxCatalogSize))
	}
}

// decode reads the catalogue from in, in the file's format.
func (r *catalogReader) decode(in io.Reader) {
	switch r.spec.Format {
	case "xml":
		r.readXML(in)
	case "tsv":
		r.readTable(in, '\t')
	default:
		r.readTable(in, ',')
	}
}

// unwrapPath drops the *PathError's own path from err: the message names
// the file already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// limitedReader reads at most n bytes and notes whether there were more.
type limitedReader struct {
	r    io.Reader
	n    int64
	over bool
}

// Read reads from the underlying reader until n bytes are read; past
// them it reports io.EOF and notes that the file goes on.
func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		var one [1]byte
		if k, _ := l.r.Read(one[:]); k > 0 {
			l.over = true
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

// fail records a problem at line and column of the catalogue file; path
// names the field ("price") where there is one.
func (r *catalogReader) fail(line, col int, path, format string, args ...any) {
	if e := r.d.failf(nil, path, format, args...); e != nil {
		e.File, e.Line, e.Column = r.file, line, col
	}
}

// cell is one field of a row as written, with its column.
type cell struct {
	text string
	col  int
}

// row is one record of a catalogue: field → cell, and its line.
type row struct {
	line  int
	cells map[string]cell
}

// get returns the trimmed text of a field and its column.
func (w row) get(field string) (string, int) {
	c := w.cells[field]
	return strings.TrimSpace(c.text), c.col
}

// add checks a row and adds its item; a bad field is reported at its
// cell and the row is left out.
func (r *catalogReader) add(w row) {
	bad := len(r.d.errs) + r.d.dropped
	it := Item{Origin: Origin{File: r.file, Line: w.line}}
	it.ID = r.required(w, "id")
	it.Title = r.required(w, "title")
	if s, col := w.get("price"); s == "" {
		r.required(w, "price")
	} else {
		it.Price = r.price(w.line, col, "price", s)
	}
	if s, col := w.get("sale_price"); s != "" {
		if p := r.price(w.line, col, "sale_price", s); p != nil {
			it.Sale = &Sale{Price: *p}
			it.Sale.From, it.Sale.Until = r.saleDates(w)
		}
	}
	r.identifiers(w, &it)
	if s, col := w.get("availability"); s != "" {
		a, ok := ParseAvailability(s)
		if !ok {
			r.fail(w.line, col, "availability", "unknown availability %q; want %s", s, choices(availabilityNames))
		}
		it.Availability = a
	}
	if it.ID != "" {
		if first, dup := r.seen[it.ID]; dup {
			_, col := w.get("id")
			r.fail(w.line, col, "id", "duplicate id %q (first at %s)", it.ID, first)
			return
		}
		r.seen[it.ID] = it.Origin
	}
	if len(r.d.errs)+r.d.dropped == bad {
		r.items = append(r.items, it)
	}
}

// identifiers reads a row's SKU, MPN, page and GTIN into it.
func (r *catalogReader) identifiers(w row, it *Item) {
	it.SKU, _ = w.get("sku")
	it.MPN, _ = w.get("mpn")
	it.URL, _ = w.get("link")
	if s, col := w.get("gtin"); s != "" {
		g, ok := cleanGTIN(s)
		if !ok {
			r.fail(w.line, col, "gtin", "cannot read %q as a GTIN (8 to 14 digits)", s)
		}
		it.GTIN = g
	}
}

// required returns a field that must not be empty, reporting it when it is.
func (r *catalogReader) required(w row, field string) string {
	s, col := w.get(field)
	if s == "" {
		r.fail(w.line, col, field, "empty %s; every product needs one", field)
	}
	return s
}

// price reads a price cell: "129.00 USD" (Merchant Center), "$1,299.00",
// "1.299,00 €"; a bare number takes the catalogue's currency.
func (r *catalogReader) price(line, col int, field, s string) *value.Price {
	p, err := value.ParseWholePrice(s)
	if err != nil || p.Kind != value.Fixed && p.Kind != value.Free {
		r.fail(line, col, field, "cannot read %q as a price; write it like \"129.00 USD\" or \"$129.00\"", s)
		return nil
	}
	if p.Currency == "" && r.spec.Currency != "" {
		p.Currency = value.CurrencyCode(r.spec.Currency)
	}
	return &p
}

// saleDates reads the days of a sale: sale_price_effective_date as
// Merchant Center writes it ("2026-11-27T00:00-0800/2026-11-30T23:59-0800",
// read by day), or the sale_from and sale_until columns.
func (r *catalogReader) saleDates(w row) (from, until time.Time) {
	if s, col := w.get("sale_price_effective_date"); s != "" {
		a, b, ok := strings.Cut(s, "/")
		if !ok {
			r.fail(w.line, col, "sale_price_effective_date", "cannot read %q as a date range; write START/END, like \"2026-11-27/2026-11-30\"", s)
			return
		}
		return r.day(w.line, col, "sale_price_effective_date", a), r.day(w.line, col, "sale_price_effective_date", b)
	}
	s, col := w.get("sale_from")
	from = r.day(w.line, col, "sale_from", s)
	s, col = w.get("sale_until")
	return from, r.day(w.line, col, "sale_until", s)
}

// day reads the day of a date or date-time ("2026-11-27", or
// "2026-11-27T00:00-0800"); "" is the zero day.
func (r *catalogReader) day(line, col int, field, s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s[:min(len(s), len(time.DateOnly))])
	if err != nil {
		r.fail(line, col, field, "cannot read %q as a date (want YYYY-MM-DD, like 2026-11-27)", s)
	}
	return t
}
