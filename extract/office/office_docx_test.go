package office

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/html"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

// TestProposalDOCX reads the bundled proposal made by LibreOffice.
func TestProposalDOCX(t *testing.T) {
	text, err := DOCX(context.Background(), "proposal.docx", extracttest.Collateral(t, "kestrel-proposal.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if text.Pages != 2 || text.Title != "Kestrel Fleetworks proposal for Northbay Logistics" {
		t.Errorf("Pages, Title = %d, %q", text.Pages, text.Title)
	}
	if b := text.Blocks[0]; b.Kind != extract.Title || b.Text != "Proposal for Northbay Logistics" {
		t.Errorf("first block = %+v", b)
	}
	extracttest.Absent(t, text, "$15")
	fleet := extracttest.BlockWith(t, text, "For 80 vans")
	if fleet.Text != "For 80 vans, the Fleet plan costs $18 per vehicle per month, or $180 per vehicle per year when billed annually." {
		t.Errorf("tracked insertion not read in place: %q", fleet.Text)
	}
	cell := extracttest.BlockWith(t, text, "$9 per driver")
	if cell.Kind != extract.Cell || !slices.Equal(cell.Context, []string{"Pricing", "Price", "DriverLog Pro"}) {
		t.Errorf("cell = %+v", cell)
	}
	down := extracttest.BlockWith(t, text, "zero downtime")
	if down.Location.Page != 2 || down.Location.Line != 16 || !slices.Equal(down.Context, []string{"Service levels"}) {
		t.Errorf("block = %+v", down)
	}
	if b := extracttest.BlockWith(t, text, "mobile app"); b.Location.Page != 1 || b.Location.Line != 5 {
		t.Errorf("location = %v", b.Location)
	}
	n := 0
	for _, b := range text.Blocks {
		if b.Text == "Kestrel Fleetworks · Confidential proposal" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("header read %d times, want once", n)
	}
}

// TestDOCXStructure checks runs joined, tabs, deletions, field codes, text
// boxes read once (mc:Fallback skipped), headings by outline level and
// style, list items and rendered page breaks.
func TestDOCXStructure(t *testing.T) {
	box := `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed 99.95% uptime</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed 99.95% uptime</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Fleet plan</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Price:</w:t></w:r><w:r><w:tab/><w:t>$1</w:t></w:r><w:r><w:t>8 per vehicle</w:t></w:r><w:del><w:r><w:delText> $15</w:delText></w:r></w:del><w:ins><w:r><w:t> monthly</w:t></w:r></w:ins>` +
		`<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>` + box + `</w:p>` +
		`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:lastRenderedPageBreak/><w:t>Terms</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>14-day trial</w:t></w:r></w:p>` +
		`<w:p><w:r><w:br w:type="page"/><w:t>Explicit breaks are ignored when rendered ones exist</w:t></w:r></w:p>`
	styles := `<w:styles ` + nsW + `><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`
	text, err := DOCX(context.Background(), "d.docx", wordDoc(t, body, map[string]string{"word/styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range text.Blocks {
		got = append(got, fmt.Sprintf("%d:%d %s/%d %q %q", b.Location.Page, b.Location.Line, b.Kind, b.Level, b.Text, b.Context))
	}
	want := []string{
		`1:1 heading/1 "Fleet plan" []`,
		`1:2 paragraph/0 "Price: $18 per vehicle monthly" ["Fleet plan"]`,
		`1:3 paragraph/0 "Boxed 99.95% uptime" ["Fleet plan"]`,
		`2:4 heading/2 "Terms" ["Fleet plan"]`,
		`2:5 list-item/2 "14-day trial" ["Fleet plan" "Terms"]`,
		`2:6 paragraph/0 "Explicit breaks are ignored when rendered ones exist" ["Fleet plan" "Terms"]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\n got %q\nwant %q", got, want)
	}
}

// TestOfficeTextDropsInvisibleCharacters checks that office formats clean
// text as HTML, Markdown and plain text do: a soft hyphen, a zero-width
// space or a byte order mark inside a word is no part of it, so that
// "Route­Planner" is the product name and "sign­up" the term.
func TestOfficeTextDropsInvisibleCharacters(t *testing.T) {
	body := "<w:p><w:r><w:t>Route\u00adPlanner costs $18\u200b per vehicle;\ufeff sign\u00adup today.</w:t></w:r></w:p>"
	text, err := DOCX(context.Background(), "d.docx", wordDoc(t, body, nil))
	if err != nil {
		t.Fatal(err)
	}
	const want = "RoutePlanner costs $18 per vehicle; signup today."
	if len(text.Blocks) != 1 || text.Blocks[0].Text != want {
		t.Fatalf("blocks %+v, want one with %q", text.Blocks, want)
	}
	html, err := html.Extract(context.Background(), "p.html", []byte("<p>"+body[len("<w:p><w:r><w:t>"):len(body)-len("</w:t></w:r></w:p>")]+"</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if len(html.Blocks) != 1 || html.Blocks[0].Text != want {
		t.Errorf("HTML blocks %+v, want the same text as DOCX", html.Blocks)
	}
}

// TestDOCXTablePageBreak checks that a page break Word rendered inside a
// table moves the page of the cells after it and of what follows the
// table: the page used to be kept from before the table.
func TestDOCXTablePageBreak(t *testing.T) {
	cell := func(text string) string {
		return `<w:tc><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	body := `<w:p><w:r><w:t>Pricing</w:t></w:r></w:p>` +
		`<w:tbl><w:tr>` + cell("Plan") + cell("Price") + `</w:tr>` +
		`<w:tr>` + cell("Fleet") + cell("$18") + `</w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:lastRenderedPageBreak/><w:t>DriverLog Pro</w:t></w:r></w:p></w:tc>` + cell("$9") + `</w:tr></w:tbl>` +
		`<w:p><w:r><w:t>Prices exclude VAT.</w:t></w:r></w:p>`
	text, err := DOCX(context.Background(), "d.docx", wordDoc(t, body, nil))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Pricing": 1, "Fleet": 1, "$18": 1, "DriverLog Pro": 2, "$9": 2, "Prices exclude VAT.": 2}
	for _, b := range text.Blocks {
		if p, ok := want[b.Text]; ok && b.Location.Page != p {
			t.Errorf("%q on page %d, want page %d", b.Text, b.Location.Page, p)
		}
	}
	if text.Pages != 2 {
		t.Errorf("Pages = %d, want 2", text.Pages)
	}
}
