package office

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

// TestPitchDeckPPTX reads the bundled pitch deck made by LibreOffice.
func TestPitchDeckPPTX(t *testing.T) {
	text, err := PPTX(context.Background(), "pitch.pptx", extracttest.Collateral(t, "kestrel-pitch.pptx"))
	if err != nil {
		t.Fatal(err)
	}
	if text.Pages != 7 {
		t.Errorf("Pages = %d, want 7", text.Pages)
	}
	var titles []string
	for _, b := range text.Blocks {
		if b.Kind == extract.Title {
			titles = append(titles, b.Text)
		}
	}
	want := []string{"Kestrel RoutePlanner", "Why fleets choose Kestrel", "Pricing", "Results our customers see",
		"Built for dispatchers and drivers", "Summer promotion", "Next steps"}
	if !slices.Equal(titles, want) {
		t.Errorf("titles = %q, want %q", titles, want)
	}
	price := extracttest.BlockWith(t, text, "$21")
	if price.Kind != extract.Cell || price.Location.Slide != 3 || !slices.Equal(price.Context, []string{"Pricing", "Price", "Fleet"}) {
		t.Errorf("price cell = %+v", price)
	}
	notes := extracttest.BlockWith(t, text, "guaranteed savings")
	if notes.Kind != extract.Notes || notes.Location.Slide != 2 || !slices.Equal(notes.Context, []string{"Why fleets choose Kestrel"}) {
		t.Errorf("notes = %+v", notes)
	}
	if notes.Location.Part != extract.PartNotes {
		t.Errorf("notes location part %q, want %q", notes.Location.Part, extract.PartNotes)
	}
	if promo := extracttest.BlockWith(t, text, "Three months free"); !promo.Hidden || promo.Location.Slide != 6 || promo.Location.Part != extract.PartHidden {
		t.Errorf("hidden slide block = %+v", promo)
	}
	if b := extracttest.BlockWith(t, text, "30-day"); b.Hidden || b.Location.Slide != 7 || b.Location.Part != "" {
		t.Errorf("slide 7 block = %+v", b)
	}
	left, right := extracttest.BlockWith(t, text, "up to 20%"), extracttest.BlockWith(t, text, "RouteMaster")
	if left.Location.Slide != 4 || right.Location.Slide != 4 || blockIndex(text, left) > blockIndex(text, right) {
		t.Error("slide 4: the left column should come before the right")
	}
}

// blockIndex returns the position of b in text.Blocks.
func blockIndex(text *extract.Text, b extract.Block) int {
	for i := range text.Blocks {
		if text.Blocks[i].Text == b.Text && text.Blocks[i].Location == b.Location {
			return i
		}
	}
	return -1
}

// TestPPTXStructure checks presentation order over file names, title
// placeholders first, shapes by position (groups transformed), line breaks,
// runs joined, tables and notes.
func TestPPTXStructure(t *testing.T) {
	group := `<p:grpSp><p:grpSpPr><a:xfrm><a:off x="0" y="2000000"/><a:ext cx="200" cy="200"/><a:chOff x="0" y="1000"/><a:chExt cx="100" cy="100"/></a:xfrm></p:grpSpPr>` +
		textBox(0, 1000, `<a:p><a:r><a:t>In a group, low</a:t></a:r></a:p>`) + `</p:grpSp>`
	title := `<p:sp><p:nvSpPr><p:cNvPr id="1" name="T"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="5000000"/></a:xfrm></p:spPr><p:txBody><a:p><a:r><a:t>Fleet plan</a:t></a:r></a:p></p:txBody></p:sp>`
	table := `<p:graphicFrame><p:xfrm><a:off x="0" y="3000000"/></p:xfrm><a:graphic><a:graphicData><a:tbl>` +
		`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>Plan</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>Price</a:t></a:r></a:p></a:txBody></a:tc></a:tr>` +
		`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>Fleet</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>$18/vehicle/month</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
	number := `<p:sp><p:nvSpPr><p:cNvPr id="3" name="N"/><p:cNvSpPr/><p:nvPr><p:ph type="sldNum" idx="12"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:p><a:fld type="slidenum"><a:t>2</a:t></a:fld></a:p></p:txBody></p:sp>`
	slides := map[string]string{
		"slides/slide1.xml": slideXML(``, textBox(0, 0, `<a:p><a:r><a:t>Second slide</a:t></a:r></a:p>`)),
		"slides/slide2.xml": slideXML(`show="0"`, number, table, group,
			textBox(4572000, 100000, `<a:p><a:r><a:t>Right</a:t></a:r></a:p>`),
			textBox(0, 0, `<a:p><a:r><a:t>Left, one</a:t></a:r><a:br/><a:r><a:t>line</a:t></a:r><a:r><a:t>s</a:t></a:r></a:p>`), title),
		"slides/_rels/slide2.xml.rels": relsXML("notesSlide", "../notesSlides/notesSlide9.xml"),
		"notesSlides/notesSlide9.xml":  slideXML(``, textBox(0, 0, `<a:p><a:r><a:t>Say the price.</a:t></a:r></a:p><a:p><a:r><a:t>onestory-disable price-mismatch -- approved by legal</a:t></a:r></a:p>`)),
	}
	text, err := PPTX(context.Background(), "s.pptx", presentation(t, slides, "slides/slide2.xml", "slides/slide1.xml"))
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		Slide int
		Kind  extract.BlockKind
		Text  string
		Ctx   string
	}
	var all []got
	for _, b := range text.Blocks {
		all = append(all, got{b.Location.Slide, b.Kind, b.Text, fmt.Sprint(b.Context)})
	}
	want := []got{
		{1, extract.Title, "Fleet plan", "[]"},
		{1, extract.Paragraph, "Left, one lines", "[Fleet plan]"},
		{1, extract.Paragraph, "Right", "[Fleet plan]"},
		{1, extract.Paragraph, "In a group, low", "[Fleet plan]"},
		{1, extract.Cell, "Plan", "[Fleet plan]"},
		{1, extract.Cell, "Price", "[Fleet plan]"},
		{1, extract.Cell, "Fleet", "[Fleet plan Plan]"},
		{1, extract.Cell, "$18/vehicle/month", "[Fleet plan Price Fleet]"},
		{1, extract.Notes, "Say the price.", "[Fleet plan]"},
		{2, extract.Paragraph, "Second slide", "[]"},
	}
	if !slices.Equal(all, want) {
		t.Errorf("blocks:\n got %v\nwant %v", all, want)
	}
	wantDir := []extract.Directive{{Kind: extract.Disable, Rules: []string{"price-mismatch"}, Slide: 1}}
	if fmt.Sprint(text.Directives) != fmt.Sprint(wantDir) {
		t.Errorf("Directives = %+v, want %+v", text.Directives, wantDir)
	}
	if !text.Blocks[0].Hidden || text.Blocks[len(text.Blocks)-1].Hidden {
		t.Error("only the first listed slide is hidden")
	}
}
