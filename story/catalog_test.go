package story

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCatalogShop loads the shop's story: a CSV export with a column
// mapping and a Merchant Center RSS feed, each row with its line.
func TestCatalogShop(t *testing.T) {
	s, err := Load("../testdata/shop/story.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c := s.Catalog
	if c == nil || len(c.Items) != 11 {
		t.Fatalf("catalogue = %+v, want 11 items", c)
	}
	trail := c.Items[0]
	if trail.ID != "trail-runner-2" || trail.SKU != "TR2-001" || trail.Price.String() != "$129" ||
		trail.Sale == nil || trail.Sale.Price.String() != "$99" || trail.Availability != InStock ||
		trail.Origin.String() != filepath.Join("../testdata/shop", "catalog.csv")+":2" {
		t.Errorf("first row = %+v", trail)
	}
	if !trail.Sale.On(time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC)) || trail.Sale.On(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("the sale's last day is not inclusive, or the sale outlasts it")
	}
	if got := c.Items[1].Price.String(); got != "$1,299" {
		t.Errorf("a quoted \"1,299.00\" reads as %s", got)
	}
	kayak := c.Items[9]
	if kayak.ID != "EU-FK1" || kayak.Price.String() != "€1,899" || kayak.MPN != "FK-1-2026" || kayak.Origin.Line != 16 {
		t.Errorf("feed item = %+v", kayak)
	}
	bottle := c.Items[10]
	if bottle.Sale == nil || !bottle.Sale.From.Equal(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) || !bottle.Sale.Until.Equal(time.Date(2026, 12, 24, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("sale_price_effective_date read as %+v", bottle.Sale)
	}
	lookups := []struct{ kind, v, id string }{
		{BySKU, "tr2-001", "trail-runner-2"},
		{BySKU, "summit-tent-4p", "summit-tent-4p"}, // an id finds its item too
		{ByGTIN, "12345600029", "summit-tent-4p"},   // GTIN-12 against the GTIN-14 of the row
		{ByGTIN, "4006381333931", "EU-GT2"},
		{ByMPN, "fk-1-2026", "EU-FK1"},
		{ByURL, "https://shop.example/p/ridge-pack-40/", "ridge-pack-40"},
		{ByURL, "https://eu.trailhead.example/eu/fjord-kayak.html", "EU-FK1"},
		{ByName, "down sleeping bag – -5 °C", "down-sleeping-bag"},
	}
	for _, l := range lookups {
		i, ok := c.Lookup(l.kind, l.v)
		if !ok || c.Items[i].ID != l.id {
			t.Errorf("Lookup(%s, %q) = %d, %v; want %s", l.kind, l.v, i, ok, l.id)
		}
	}
	if _, ok := c.Lookup(ByName, "Trail Runner"); ok {
		t.Error("a name that is only part of a product's name found it")
	}
}

// TestCatalogStoryProducts reads a product of the story file that sells
// as one item, and the problems of its listing keys.
func TestCatalogStoryProducts(t *testing.T) {
	s, err := Parse("s.yaml", []byte(`version: 1
products:
  - id: lamp
    name: Desk Lamp
    price: "$49"
    sku: DL-1
    sale_price: "$39"
    sale_from: 2026-12-01
    sale_until: 2026-12-24
    availability: out of stock
`))
	if err != nil {
		t.Fatal(err)
	}
	it := s.Catalog.Items[0]
	if it.ID != "lamp" || it.Price.String() != "$49" || it.Sale.Price.String() != "$39" || it.Availability != OutOfStock || it.Origin.String() != "s.yaml:3" {
		t.Errorf("item = %+v", it)
	}
	_, err = Parse("s.yaml", []byte(`version: 1
products:
  - id: lamp
    name: Desk Lamp
    price: "$49"
    gtin: 12-AB
    sale_until: 2026-12-24
    availability: maybe
  - id: bulb
    name: Bulb
    sale_price: "$3"
    sale_from: 2026-12-24
    sale_until: 2026-12-01
`))
	want := []string{
		`s.yaml:6:11: products[0].gtin: cannot read "12-AB" as a GTIN (8 to 14 digits, like "00012345600012")`,
		`s.yaml:7:17: products[0].sale_until: a sale date without a sale_price; add the sale_price or remove sale_until`,
		`s.yaml:8:19: products[0].availability: unknown availability "maybe"; want "in_stock", "out_of_stock", "preorder" or "backorder"`,
		`s.yaml:13:17: products[1].sale_until: the sale ends before it starts (sale_from is 2026-12-24)`,
	}
	if got := problems(t, err); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// writeStory writes a story naming one catalogue file, and the file.
func writeStory(t *testing.T, entry, name, data string) string {
	t.Helper()
	dir := t.TempDir()
	story := filepath.Join(dir, "story.yaml")
	if err := os.WriteFile(story, []byte("version: 1\ncatalog:\n  - "+entry+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data != "" {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return story
}

// TestCatalogErrors checks that a bad catalogue is reported at its rows
// and columns, every problem at once, and never loads.
func TestCatalogErrors(t *testing.T) {
	tests := []struct {
		name, entry, file, data string
		want                    []string
	}{
		{"missing column", "{file: c.csv, columns: {price: Cost}}", "c.csv", "id,title,Price\na,A,1\n",
			[]string{`c.csv:1: price: no column "Cost" in the header (id, title, Price); name the column of price under columns:`}},
		{"unreadable price", "{file: c.csv}", "c.csv", "id,title,price\na,A,$5\nb,B,five dollars\nc,C,\n",
			[]string{`c.csv:3:5: price: cannot read "five dollars" as a price; write it like "129.00 USD" or "$129.00"`,
				`c.csv:4:5: price: empty price; every product needs one`}},
		{"duplicate id", "{file: c.csv}", "c.csv", "id,title,price\na,A,1 USD\nb,B,2 USD\na,C,3 USD\n",
			[]string{`c.csv:4:1: id: duplicate id "a" (first at ` + "DIR/c.csv:2)"}},
		{"bad fields", "{file: c.tsv}", "c.tsv", "id\ttitle\tprice\tavailability\tgtin\tsale_price\tsale_price_effective_date\n" +
			"a\tA\t1 USD\tsoon\t12\t1 USD\t2026-13-01/2026-12-31\n",
			[]string{`c.tsv:2:11: availability: unknown availability "soon"; want "in_stock", "out_of_stock", "preorder" or "backorder"`,
				`c.tsv:2:16: gtin: cannot read "12" as a GTIN (8 to 14 digits)`,
				`c.tsv:2:25: sale_price_effective_date: cannot read "2026-13-01" as a date (want YYYY-MM-DD, like 2026-11-27)`}},
		{"short row", "{file: c.csv}", "c.csv", "id,title,price\na,A\n",
			[]string{`c.csv:2: the row has 2 fields; the header has 3`}},
		{"bad quote", "{file: c.csv}", "c.csv", "id,title,price\na,\"A,1\nb,B\"x,2\n",
			[]string{`c.csv:3:4: extraneous or missing " in quoted-field`}},
		{"empty", "{file: c.csv}", "c.csv", "\n",
			[]string{`c.csv: the catalogue is empty; it needs a header row (id, title, price)`}},
		{"missing file", "{file: none.csv}", "", "",
			[]string{`none.csv: cannot read the catalogue: no such file or directory`}},
		{"folder", "{file: .}", "", "",
			[]string{`DIR: not a regular file (d---------); a catalogue is a CSV, TSV or XML file`}},
		{"xml syntax", "{file: f.xml}", "f.xml", "<rss><channel><item><g:id>a</g:id><title>A</title>\n<g:price>1 USD</price></item></channel></rss>",
			[]string{`f.xml:2: invalid XML: element <price> in space g closed by </price> in space ""`}},
		{"xml no items", "{file: f.xml}", "f.xml", "<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>",
			[]string{`f.xml: no <item> or <entry> in the feed; a Merchant Center feed lists one product in each`}},
		{"xml empty field", "{file: f.xml}", "f.xml", "<feed>\n<entry><g:id>a</g:id><g:price>1 USD</g:price></entry></feed>",
			[]string{`f.xml:2: title: empty title; every product needs one`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeStory(t, tt.entry, tt.file, tt.data)
			s, err := Load(path)
			if s != nil {
				t.Fatal("a bad catalogue loaded")
			}
			dir := filepath.Dir(path)
			var got []string
			for _, p := range problems(t, err) {
				got = append(got, strings.ReplaceAll(strings.TrimPrefix(p, dir+string(filepath.Separator)), dir, "DIR"))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCatalogSchemaErrors checks the catalog: entries of the story file.
func TestCatalogSchemaErrors(t *testing.T) {
	_, err := Parse("s.yaml", []byte("version: 1\ncatalog:\n  - {format: csv}\n  - {file: c.csv, format: cvs, columns: {prise: Price}}\n"))
	want := []string{
		`s.yaml:3:5: catalog[0]: missing required key "file"`,
		`s.yaml:4:27: catalog[1].format: unknown catalogue format "cvs"; want "csv", "tsv" or "xml" (did you mean "csv"?)`,
		`s.yaml:4:42: catalog[1].columns.prise: unknown field "prise"; a column maps to "id", "title", "price", "sale_price", "sale_price_effective_date", "sale_from", "sale_until", "availability", "sku", "gtin", "mpn" or "link" (did you mean "price"?)`,
	}
	got := problems(t, err)
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCatalogLarge reads a 50 MB catalogue generated here, one row in the
// last thousand of which is bad: it is reported at its row and nothing
// breaks.
func TestCatalogLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "big.csv"))
	if err != nil {
		t.Fatal(err)
	}
	desc := strings.Repeat("A sturdy product for the trail. ", 32) // about 1 KB a row
	fmt.Fprintln(f, "id,title,price,description")
	rows, size := 0, 0
	bad := 0
	for size < 50<<20 {
		rows++
		price := fmt.Sprintf("%d.99 USD", rows%500)
		if rows == 40_000 {
			price, bad = "call us", rows+1
		}
		n, _ := fmt.Fprintf(f, "sku-%d,Product %d,%s,%s\n", rows, rows, price, desc)
		size += n
	}
	f.Close()
	if bad == 0 {
		t.Fatal("the file ended before the bad row")
	}
	story := filepath.Join(dir, "story.yaml")
	os.WriteFile(story, []byte("version: 1\ncatalog: [{file: big.csv}]\n"), 0o644)
	_, err = Load(story)
	want := fmt.Sprintf(`%s:%d:`, filepath.Join(dir, "big.csv"), bad)
	if got := problems(t, err); len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("errors = %q, want one at %s", got, want)
	}
}

// TestCatalogLimit checks that reading stops at the size limit and says
// the file goes on.
func TestCatalogLimit(t *testing.T) {
	lr := &limitedReader{r: strings.NewReader("id,title,price\na,A,1\n"), n: 10}
	r := &catalogReader{d: &decoder{file: "s.yaml"}, file: "c.csv", spec: CatalogFile{Format: "csv"}, seen: map[string]Origin{}}
	r.decode(lr)
	if !lr.over {
		t.Error("a file over the limit was not noticed")
	}
	lr = &limitedReader{r: strings.NewReader("id,title,price\n"), n: 15}
	r.decode(lr)
	if lr.over {
		t.Error("a file of exactly the limit was taken as over it")
	}
}
