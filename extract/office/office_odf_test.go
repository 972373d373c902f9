package office

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// The namespaces of synthetic OpenDocument content.
const nsODF = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"`

// odfDoc returns an OpenDocument package with the given content.xml body.
func odfDoc(t testing.TB, styles, body string) []byte {
	return makeZip(t, map[string]string{"content.xml": `<office:document-content ` + nsODF + `><office:automatic-styles>` + styles +
		`</office:automatic-styles><office:body>` + body + `</office:body></office:document-content>`})
}

// TestODT checks headings, mixed content in order, tracked changes left
// out, lists, tables and explicit page breaks.
func TestODT(t *testing.T) {
	styles := `<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>`
	body := `<office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>$15 gone</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
		`<text:h text:outline-level="1">Fleet plan</text:h>` +
		`<text:p>Costs <text:span>$18</text:span><text:s/>per<text:tab/>vehicle<text:note><text:note-body><text:p>a note</text:p></text:note-body></text:note> a month.</text:p>` +
		`<text:list><text:list-item><text:p>14-day trial</text:p></text:list-item></text:list>` +
		`<table:table><table:table-row><table:table-cell><text:p>Plan</text:p></table:table-cell><table:table-cell><text:p>Price</text:p></table:table-cell></table:table-row>` +
		`<table:table-row><table:table-cell><text:p>Fleet</text:p></table:table-cell><table:table-cell><text:p>$18</text:p></table:table-cell></table:table-row></table:table>` +
		`<text:h text:style-name="PB" text:outline-level="1">Terms</text:h></office:text>`
	text, err := ODT(context.Background(), "d.odt", odfDoc(t, styles, body))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range text.Blocks {
		got = append(got, fmt.Sprintf("%d:%d %s %q %q", b.Location.Page, b.Location.Line, b.Kind, b.Text, b.Context))
	}
	want := []string{
		`1:1 heading "Fleet plan" []`,
		`1:2 paragraph "Costs $18 per vehicle a month." ["Fleet plan"]`,
		`1:3 list-item "14-day trial" ["Fleet plan"]`,
		`1:4 cell "Plan" ["Fleet plan"]`,
		`1:4 cell "Price" ["Fleet plan"]`,
		`1:4 cell "Fleet" ["Fleet plan" "Plan"]`,
		`1:4 cell "$18" ["Fleet plan" "Price" "Fleet"]`,
		`2:8 heading "Terms" []`,
	}
	if !slices.Equal(got, want) || text.Pages != 2 {
		t.Errorf("Pages %d, blocks:\n got %q\nwant %q", text.Pages, got, want)
	}
}

// TestODP checks slide order, the title frame first, positions, tables,
// notes and hidden pages.
func TestODP(t *testing.T) {
	styles := `<style:style style:name="dpH" style:family="drawing-page"><style:drawing-page-properties presentation:visibility="hidden"/></style:style>`
	frame := func(class, x, y, text string) string {
		return fmt.Sprintf(`<draw:frame presentation:class=%q svg:x=%q svg:y=%q><draw:text-box><text:p>%s</text:p></draw:text-box></draw:frame>`, class, x, y, text)
	}
	body := `<office:presentation><draw:page draw:style-name="dpH">` +
		frame("outline", "2cm", "5cm", "Below") + frame("", "15cm", "1cm", "Right") + frame("title", "2cm", "1.1cm", "Fleet plan") +
		`<draw:frame svg:x="1in" svg:y="3in"><table:table><table:table-row><table:table-cell><text:p>Price</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>$18</text:p></table:table-cell></table:table-row></table:table></draw:frame>` +
		`<presentation:notes>` + frame("notes", "1cm", "10cm", "Say it.") + `</presentation:notes></draw:page>` +
		`<draw:page>` + frame("", "2cm", "2cm", "Second") + `</draw:page></office:presentation>`
	text, err := ODP(context.Background(), "d.odp", odfDoc(t, styles, body))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range text.Blocks {
		got = append(got, fmt.Sprintf("%d %v %s %q %q %s", b.Location.Slide, b.Hidden, b.Kind, b.Text, b.Context, b.Location.Part))
	}
	want := []string{
		`1 true title "Fleet plan" [] hidden slide`,
		`1 true paragraph "Right" ["Fleet plan"] hidden slide`,
		`1 true paragraph "Below" ["Fleet plan"] hidden slide`,
		`1 true cell "Price" ["Fleet plan"] hidden slide`,
		`1 true cell "$18" ["Fleet plan" "Price"] hidden slide`,
		`1 true notes "Say it." ["Fleet plan"] speaker notes, hidden slide`,
		`2 false paragraph "Second" [] `,
	}
	if !slices.Equal(got, want) || text.Pages != 2 {
		t.Errorf("Pages %d, blocks:\n got %q\nwant %q", text.Pages, got, want)
	}
}

// TestODTSoftPageBreaks checks the pages LibreOffice rendered: a break
// inside a table (between its rows, or in a cell) moves the page of what
// follows the table, and a paragraph broken across two pages stands on
// the page where its text begins.
func TestODTSoftPageBreaks(t *testing.T) {
	cell := func(text string) string {
		return `<table:table-cell><text:p>` + text + `</text:p></table:table-cell>`
	}
	body := `<office:text><text:p>Fleet costs $18 per vehicle <text:soft-page-break/>per month.</text:p>` +
		`<table:table><table:table-row>` + cell("Plan") + cell("Price") + `</table:table-row>` +
		`<text:soft-page-break/><table:table-row>` + cell("Fleet") + cell("$18") + `</table:table-row>` +
		`<table:table-row><table:table-cell><text:p><text:soft-page-break/>DriverLog Pro</text:p></table:table-cell>` + cell("$9") + `</table:table-row></table:table>` +
		`<text:p>Prices exclude VAT.</text:p></office:text>`
	text, err := ODT(context.Background(), "d.odt", odfDoc(t, "", body))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Fleet costs $18 per vehicle per month.": 1, "Prices exclude VAT.": 4}
	for _, b := range text.Blocks {
		if p, ok := want[b.Text]; ok && b.Location.Page != p {
			t.Errorf("%q on page %d, want page %d", b.Text, b.Location.Page, p)
		}
	}
	if text.Pages != 4 {
		t.Errorf("Pages = %d, want 4", text.Pages)
	}
}
