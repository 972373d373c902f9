package office

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/extract/pdf"
	"github.com/onestory/onestory/format"

	"github.com/onestory/onestory/internal/hostile"
)

// bigZip returns a zip of n stored entries that each declare size
// uncompressed bytes while holding almost nothing, as a zip bomb's headers do.
func bigZip(t testing.TB, n int, size uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := 0; i < n; i++ {
		h := &zip.FileHeader{Name: fmt.Sprintf("ppt/slides/slide%d.xml", i), Method: zip.Store,
			CompressedSize64: 1, UncompressedSize64: size}
		f, err := w.CreateRaw(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte{0}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLargeMedia checks that a deck whose embedded video is larger than the
// zip-bomb limits is read: media entries are never decompressed.
func TestLargeMedia(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	slide := slideXML(``, textBox(0, 0, `<a:p><a:r><a:t>Watch the demo</a:t></a:r></a:p>`))
	for name, body := range map[string]string{
		"ppt/presentation.xml":            `<p:presentation ` + nsP + `><p:sldIdLst><p:sldId id="256" r:id="rId1"/></p:sldIdLst></p:presentation>`,
		"ppt/_rels/presentation.xml.rels": relsXML("slide", "slides/slide1.xml"),
		"ppt/slides/slide1.xml":           slide,
	} {
		f, _ := w.Create(name)
		f.Write([]byte(body))
	}
	h := &zip.FileHeader{Name: "ppt/media/demo.mp4", Method: zip.Store, CompressedSize64: 1, UncompressedSize64: 1 << 30}
	f, err := w.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{0})
	w.Close()
	text, err := PPTX(context.Background(), "video.pptx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(text.Blocks) != 1 || text.Blocks[0].Text != "Watch the demo" {
		t.Errorf("blocks = %+v", text.Blocks)
	}
}

// lyingZip returns a zip whose one entry declares 10 bytes but inflates to
// more than the per-entry limit.
func lyingZip(t testing.TB) []byte {
	t.Helper()
	var data bytes.Buffer
	fw, _ := flate.NewWriter(&data, flate.BestSpeed)
	zeros := make([]byte, 1<<20)
	for i := 0; i <= maxZipEntrySize>>20; i++ {
		fw.Write(zeros)
	}
	fw.Close()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	h := &zip.FileHeader{Name: "ppt/presentation.xml", Method: zip.Deflate,
		CompressedSize64: uint64(data.Len()), UncompressedSize64: 10}
	f, err := w.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(data.Bytes())
	w.Close()
	return buf.Bytes()
}

// TestBadFiles checks that each kind of bad file is an error that says what
// is wrong, never a panic.
func TestBadFiles(t *testing.T) {
	deck, err := os.ReadFile("../../testdata/collateral/kestrel-pitch.pptx")
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300)
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><p:presentation ` + nsP + `>&lol2;</p:presentation>`
	loop := hostile.PDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
	)
	fanOut := []string{"<< /Type /Catalog /Pages 2 0 R >>"}
	for i := 2; i < 40; i++ {
		fanOut = append(fanOut, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 1 >>", i+1, i+1))
	}
	fanOut = append(fanOut, "<< /Type /Pages /Kids [] /Count 0 >>")
	encrypted := []byte("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /ID [(IIIIIIIIIIIIIIII)] /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O (" +
		strings.Repeat("O", 32) + ") /U (" + strings.Repeat("U", 32) + ") /P 0 >> >>\nstartxref\n9\n%%EOF\n")
	tests := []struct {
		name   string
		format format.Format
		data   []byte
		want   string
	}{
		{"encrypted OOXML", "pptx", append(append([]byte{}, oleMagic...), make([]byte, 512)...), "encrypted/password-protected document"},
		{"encrypted DOCX", "docx", append(append([]byte{}, oleMagic...), make([]byte, 512)...), "the DOCX is encrypted"},
		{"encrypted zip", "docx", hostile.EncryptedZip(), "encrypted/password-protected document"},
		{"huge cross-reference index", "pdf", hostile.HugeXrefIndex(), "beyond the 8388607 objects"},
		{"extends loop, escaped", "pdf", hostile.ExtendsLoop(0), "extends itself through a loop"},
		{"extends loop, long dictionaries", "pdf", hostile.ExtendsLoop(4096), "extends itself through a loop"},
		{"inflate bomb", "pdf", hostile.InflateBomb(80 << 20), "inflates to more than 64 MB"},
		{"forms drawing forms", "pdf", hostile.FormFanout(8, 10), "a page draws forms more than 5000 times"},
		{"not a zip", "pptx", []byte("this is not a deck"), "corrupt PPTX"},
		{"truncated zip", "pptx", deck[:len(deck)/2], "corrupt PPTX"},
		{"zip without presentation", "pptx", makeZip(t, map[string]string{"a.txt": "x"}), "not a PowerPoint deck"},
		{"docx without document", "docx", makeZip(t, map[string]string{"a.txt": "x"}), "not a Word document"},
		{"too many entries", "pptx", bigZip(t, maxZipEntries+1, 0), "zip bomb"},
		{"huge entry", "pptx", bigZip(t, 1, maxZipEntrySize+1), "zip bomb"},
		{"huge total", "pptx", bigZip(t, 4, 60<<20), "zip bomb: uncompressed size exceeds 200 MB"},
		{"lying size header", "pptx", lyingZip(t), "PPTX"},
		{"deep XML", "pptx", makeZip(t, map[string]string{"ppt/presentation.xml": deep}), "nests deeper"},
		{"entity expansion", "pptx", makeZip(t, map[string]string{"ppt/presentation.xml": laughs}), "bad XML"},
		{"missing slide", "pptx", presentation(t, nil, "slides/slide1.xml"), "missing"},
		{"encrypted ODT", "odt", makeZip(t, map[string]string{"META-INF/manifest.xml": "<manifest:encryption-data/>", "content.xml": "\x00\x01"}), "encrypted ODT"},
		{"encrypted PDF", "pdf", encrypted, "encrypted PDF: cannot read without a password"},
		{"not a PDF", "pdf", []byte("%PDF-1.4 but nothing else"), "PDF"},
		{"truncated PDF", "pdf", extracttest.PDFWithText("BT /F1 12 Tf (Hello) Tj ET")[:200], "PDF"},
		{"looping page tree", "pdf", loop, "loops"},
		{"object streams extending in a loop", "pdf", hostile.PDF(
			"<< /Type /Catalog /Pages 9 0 R >>",
			"<< /Type /ObjStm /N 1 /First 4 /Extends 3 0 R /Length 6 >>\nstream\n9 0 1\nendstream",
			"<< /Type /ObjStm /N 1 /First 4 /Extends 2 0 R /Length 6 >>\nstream\n9 0 1\nendstream"), "extends itself through a loop"},
		{"page tree sharing subtrees", "pdf", hostile.PDF(fanOut...), "more than 20000 nodes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := byFormat[tt.format](context.Background(), "bad", tt.data)
			if err == nil {
				t.Fatalf("no error; got %d blocks", len(text.Blocks))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}

// byFormat is the reader of each format TestBadFiles tries.
var byFormat = map[format.Format]extract.Func{
	format.PPTX: PPTX, format.DOCX: DOCX, format.ODT: ODT, format.ODP: ODP, format.PDF: pdf.Extract,
}
