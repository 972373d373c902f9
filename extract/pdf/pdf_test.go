package pdf

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/internal/hostile"
)

// TestPDFWords checks word gaps: a TJ adjustment wide as a space parts
// words, kerning does not, and columns drawn line by line across the page
// come out column after column.
func TestPDFWords(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string
	}{
		{"TJ gap is a space", "BT /F1 12 Tf 72 700 Td [(Fleet)-400(plan)] TJ ET", []string{"Fleet plan"}},
		{"kerning is not", "BT /F1 12 Tf 72 700 Td [(Fle)-20(et)] TJ ET", []string{"Fleet"}},
		{"explicit space", "BT /F1 12 Tf 72 700 Td (14-day free trial) Tj ET", []string{"14-day free trial"}},
		{"runs positioned apart", "BT /F1 12 Tf 72 700 Td ($18) Tj 30 0 Td (per) Tj 30 0 Td (vehicle) Tj ET", []string{"$18 per vehicle"}},
		{"interleaved columns", "BT /F1 12 Tf 72 700 Td (Left one) Tj 250 0 Td (Right one) Tj -250 -14 Td (left two.) Tj 250 0 Td (right two.) Tj ET",
			[]string{"Left one left two.", "Right one right two."}},
		{"hyphen at line end", "BT /F1 12 Tf 72 700 Td (a 14-) Tj 0 -14 Td (day trial) Tj ET", []string{"a 14-day trial"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := Extract(context.Background(), "w.pdf", extracttest.PDFWithText(tt.content))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range text.Blocks {
				got = append(got, b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOnePagerPDF reads the two-column one-pager: columns not interleaved,
// the title and headings as Context, every block on page 1.
func TestOnePagerPDF(t *testing.T) {
	text, err := Extract(context.Background(), "onepager.pdf", extracttest.Collateral(t, "kestrel-onepager.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if text.Pages != 1 || text.Title != "Kestrel RoutePlanner one-pager" {
		t.Errorf("Pages, Title = %d, %q", text.Pages, text.Title)
	}
	if b := text.Blocks[0]; b.Kind != extract.Title || b.Text != "Kestrel RoutePlanner" {
		t.Errorf("first block = %+v, want the title", b)
	}
	b := extracttest.BlockWith(t, text, "$12")
	if b.Text != "Add DriverLog Pro for $12 per driver per month." || b.Location.Page != 1 {
		t.Errorf("block = %q at %v", b.Text, b.Location)
	}
	if !slices.Equal(b.Context, []string{"Kestrel RoutePlanner", "Plans"}) {
		t.Errorf("Context = %q, want the title and the heading above", b.Context)
	}
	if h := extracttest.BlockWith(t, text, "Why Kestrel"); h.Kind != extract.Heading || h.Text != "Why Kestrel" {
		t.Errorf("heading = %+v", h)
	}
	left := extracttest.BlockWith(t, text, "Starter is free")
	if strings.Contains(left.Text, "fuel") {
		t.Errorf("left column glued to right: %q", left.Text)
	}
	extracttest.BlockWith(t, text, "Three months free on DriverLog Pro when you sign-up this week.")
}

// TestPDFInheritedResources checks that a page without resources uses its
// parent's fonts: without their widths "Fle" and "et" would not touch.
func TestPDFInheritedResources(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (Fle) Tj 20.016 0 Td (et plan) Tj ET"
	data := hostile.PDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths ["+strings.Repeat("556 ", 95)+"] >>",
	)
	text, err := Extract(context.Background(), "i.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(text.Blocks) != 1 || text.Blocks[0].Text != "Fleet plan" {
		t.Errorf("blocks = %+v", text.Blocks)
	}
}
