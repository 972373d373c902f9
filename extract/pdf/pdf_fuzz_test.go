package pdf

import (
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
)

// FuzzPDF feeds PDFs to the reader.
func FuzzPDF(f *testing.F) {
	extracttest.Fuzz(f, Extract, extracttest.Collateral(f, "kestrel-onepager.pdf"),
		extracttest.PDFWithText("BT /F1 12 Tf 72 700 Td [(Fleet)-400(plan)] TJ ET"))
}
