package office

import (
	"context"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

// FuzzPPTX feeds PPTX packages, real and synthetic, to the reader.
func FuzzPPTX(f *testing.F) {
	extracttest.Fuzz(f, PPTX, extracttest.Collateral(f, "kestrel-pitch.pptx"),
		presentation(f, map[string]string{"slides/s.xml": slideXML(``, textBox(0, 0, `<a:p><a:r><a:t>x</a:t></a:r></a:p>`))}, "slides/s.xml"))
}

// FuzzDOCX feeds Word documents to the reader.
func FuzzDOCX(f *testing.F) {
	extracttest.Fuzz(f, DOCX, extracttest.Collateral(f, "kestrel-proposal.docx"),
		wordDoc(f, `<w:p><w:r><w:t>Fleet</w:t><w:tab/></w:r></w:p>`, nil))
}

// FuzzODF feeds OpenDocument texts and presentations to both readers.
func FuzzODF(f *testing.F) {
	doc := odfDoc(f, "", `<office:text><text:h text:outline-level="1">A</text:h><text:p>b<text:s/>c</text:p></office:text>`)
	pres := odfDoc(f, "", `<office:presentation><draw:page><draw:frame presentation:class="title" svg:x="1cm" svg:y="1cm"><draw:text-box><text:p>T</text:p></draw:text-box></draw:frame></draw:page></office:presentation>`)
	for _, s := range [][]byte{doc, pres} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, fn := range []extract.Func{ODT, ODP} {
			if text, err := fn(context.Background(), "fuzz", data); err == nil && text == nil {
				t.Fatal("nil Text without an error")
			}
		}
	})
}
