package pdf

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/extract/internal/extracttest"
)

// TestPDFBadOperators checks that content streams with operators missing
// their operands, unknown fonts and unbalanced Q are read without panicking.
func TestPDFBadOperators(t *testing.T) {
	data := extracttest.PDFWithText("Q Q BT Tf 1 Tm /F9 12 Tf (raw) Tj /F1 Tf TJ ' 1 2 3 \" /F1 12 Tf 72 700 Td (Kept) Tj ET cm 1 0 0 cm Do")
	text, err := Extract(context.Background(), "ops.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range text.Blocks {
		got = append(got, b.Text)
	}
	// A string in a font the page lacks is read byte for byte.
	if strings.Join(got, "|") != "raw|Kept" {
		t.Errorf("blocks = %q, want [raw Kept]", got)
	}
}

// TestPDFContextCancelled checks that a cancelled context stops reading.
func TestPDFContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := extracttest.PDFWithText("BT /F1 12 Tf (Hello) Tj ET")
	if _, err := Extract(ctx, "x.pdf", data); err == nil {
		t.Fatal("no error from a cancelled context")
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := Extract(ctx, "x.pdf", data); err != nil {
		t.Fatalf("live context: %v", err)
	}
}
