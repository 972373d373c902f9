package story

import (
	"bytes"
	"os"
	"testing"
)

// FuzzCatalog reads arbitrary bytes as each catalogue format: every
// problem is an Error at a line of the file (or of none), never a panic,
// and every item read has an id, a title, a price and its row.
func FuzzCatalog(f *testing.F) {
	for _, name := range []string{"../testdata/shop/catalog.csv", "../testdata/shop/feed.xml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("id\ttitle\tprice\tsale_price\tsale_price_effective_date\n1\tA\t1 USD\t0.5 USD\t2026-01-01/2026-02-01\n"))
	f.Add([]byte("<feed><entry><g:id>a</g:id><title>A</title><link href='/a'/><g:price>1 EUR</g:price></entry></feed>"))
	f.Add([]byte("id,title,price\n\"a\nb\",A,1\n,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, format := range catalogFormats {
			d := &decoder{file: "s.yaml"}
			r := &catalogReader{d: d, file: "c", spec: CatalogFile{Format: format, Currency: "USD"}, seen: map[string]Origin{}}
			r.decode(bytes.NewReader(data))
			for _, e := range d.errs {
				if e.File != "c" || e.Line < 0 || e.Line > lines || e.Msg == "" {
					t.Fatalf("%s: bad error %+v", format, e)
				}
			}
			for _, it := range r.items {
				if it.ID == "" || it.Title == "" || it.Price == nil || it.Origin.Line < 1 || it.Origin.Line > lines {
					t.Fatalf("%s: bad item %+v", format, it)
				}
			}
			c := &Catalog{Items: r.items}
			c.index(d)
			for i, it := range r.items {
				if j, ok := c.Lookup(BySKU, it.ID); ok && j != i && r.items[j].ID == it.ID {
					t.Fatalf("%s: id %q found at %d and %d", format, it.ID, i, j)
				}
			}
		}
	})
}
