// Package hostile makes the hostile documents of testdata/hostile: files a
// pull request could add to make a check crash, hang or exhaust memory.
// The small ones are committed under testdata/hostile (regenerate them with
// `go run ./internal/hostile/gen testdata/hostile`); the large ones are
// written by tests into a temporary folder with Write.
package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Case is one hostile document.
type Case struct {
	Name  string // file name, its extension the format
	Data  []byte
	Small bool   // committed under testdata/hostile
	Why   string // the hole it probes (issue 15)
}

// Cases returns every hostile document.
func Cases() []Case {
	return []Case{
		{"huge-xref-index.pdf", HugeXrefIndex(), true, "1: a cross-reference index of 100 million objects in a file under 1 KB"},
		{"extends-loop.pdf", ExtendsLoop(0), true, "2: object streams that /Extends each other, written 03 0 R and /Ext#65nds"},
		{"extends-loop-long-dict.pdf", ExtendsLoop(4096), true, "2: the same loop in dictionaries longer than 2 KB"},
		{"inflate-bomb.pdf", InflateBomb(1 << 30), false, "3: a content stream of about 1 MB that inflates to a 1 GB string"},
		{"form-fanout.pdf", FormFanout(8, 10), true, "4: forms that each draw the next ten times, eight deep"},
		{"deep-quote.md", []byte(strings.Repeat("> ", 100_000) + "deep\n"), false, "8: 100,000 nested block quotes"},
		{"deep-list.md", []byte(strings.Repeat("- ", 50_000) + "deep\n"), false, "8: 50,000 nested list items"},
		{"link-openers.md", []byte(strings.Repeat("[a](", 50_000) + "\n"), false, "8: 50,000 unclosed links, quadratic in goldmark at any nesting"},
		{"encrypted.docx", EncryptedZip(), true, "14: a password-protected (encrypted) zip named .docx"},
	}
}

// Write writes every case into dir.
func Write(dir string) error {
	for _, c := range Cases() {
		if err := os.WriteFile(filepath.Join(dir, c.Name), c.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// PDF returns a PDF file whose numbered objects (1-based) are the given
// bodies, with a correct cross-reference table and Root 1 0 R: the
// builder of the hostile PDFs, for tests that make PDFs of their own.
func PDF(objs ...string) []byte { return pdf(0, objs...) }

// pdf returns a PDF file of the numbered objects (1-based), Root 1 0 R,
// with a cross-reference table whose first subsection starts at start
// (0 for a correct one).
func pdf(start int, objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	if start > 0 {
		fmt.Fprintf(&b, "%d 1\n0000000009 00000 n \n", start)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// page is a one-page document drawing content with Helvetica as /F1 and
// the given extra resources; objects 1 to 5.
func page(content, xobjects string) []string {
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> " + xobjects + " >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
}

// HugeXrefIndex is a PDF under 1 KB whose cross-reference table has an
// entry for object 100,000,000: the PDF library sizes its table for it.
func HugeXrefIndex() []byte {
	return pdf(100_000_000, page("BT /F1 12 Tf 72 700 Td (Hello) Tj ET", "")...)
}

// ExtendsLoop is a PDF whose Root is in object stream 3, which extends 4,
// which extends 3 again; neither holds it, so the PDF library, looking for
// it, follows /Extends without end. The references are written with a
// leading zero and the key with a # escape; pad > 0 pads each dictionary
// with a string of that many bytes before the key.
func ExtendsLoop(pad int) []byte {
	junk := ""
	if pad > 0 {
		junk = "/Junk (" + strings.Repeat("x", pad) + ") "
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	off := map[int]int{}
	inner := "9 0 (nine)"
	for _, o := range [][2]int{{3, 4}, {4, 3}} {
		off[o[0]] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n<< /Type /ObjStm %s/N 1 /First 4 /Ext#65nds 0%d 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n",
			o[0], junk, o[1], len(inner), inner)
	}
	off[2] = b.Len()
	// entries 0-5, W [1 4 2]: type, offset or stream, generation or index
	var rows bytes.Buffer
	row := func(typ byte, a uint32, c uint16) {
		rows.Write([]byte{typ, byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(c >> 8), byte(c)})
	}
	row(0, 0, 65535)
	row(0, 0, 0)
	row(1, uint32(off[2]), 0)
	row(1, uint32(off[3]), 0)
	row(1, uint32(off[4]), 0)
	row(2, 3, 0) // object 5, the Root, is number 0 of object stream 3
	fmt.Fprintf(&b, "2 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 5 0 R /Length %d >>\nstream\n", rows.Len())
	b.Write(rows.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", off[2])
	return b.Bytes()
}

// InflateBomb is a one-page PDF whose content stream, compressed to about
// n/1000 bytes, shows one string of n bytes.
func InflateBomb(n int) []byte {
	stream := deflateRepeat("BT /F1 12 Tf 72 700 Td (", 'A', n, ") Tj ET")
	objs := page("", "")
	objs[3] = fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(stream), stream)
	return pdf(0, objs...)
}

// deflateRepeat returns the zlib stream of head, n bytes c and tail without
// compressing n bytes: once the window is full of c, each further chunk of
// c compresses to the same bytes, which are repeated.
func deflateRepeat(head string, c byte, n int, tail string) []byte {
	const chunk = 1 << 20
	var out bytes.Buffer
	w, _ := zlib.NewWriterLevel(&out, flate.BestCompression)
	block := bytes.Repeat([]byte{c}, chunk)
	w.Write([]byte(head))
	w.Write(block)
	w.Flush()
	w.Write(block)
	w.Flush()
	mark := out.Len()
	w.Write(block)
	w.Flush()
	rep := bytes.Clone(out.Bytes()[mark:])
	w.Write(block)
	w.Flush()
	if !bytes.Equal(out.Bytes()[mark+len(rep):], rep) {
		panic("hostile: a chunk does not compress to the same bytes twice")
	}
	out.Truncate(mark)
	written := 2 * chunk
	for ; written < n; written += chunk {
		out.Write(rep)
	}
	// the tail in a fresh writer's blocks (they refer to nothing before
	// them), then the Adler-32 of all that was compressed
	var t bytes.Buffer
	fw, _ := flate.NewWriter(&t, flate.BestCompression)
	fw.Write([]byte(tail))
	fw.Close()
	out.Write(t.Bytes())
	sum := adler{a: 1}
	sum.add([]byte(head))
	sum.repeat(c, written)
	sum.add([]byte(tail))
	out.Write([]byte{byte(sum.b >> 8), byte(sum.b), byte(sum.a >> 8), byte(sum.a)})
	return out.Bytes()
}

// adler is an Adler-32 checksum that adds n equal bytes in one step.
type adler struct{ a, b uint64 }

const adlerMod = 65521

func (s *adler) add(p []byte) {
	for _, c := range p {
		s.a = (s.a + uint64(c)) % adlerMod
		s.b = (s.b + s.a) % adlerMod
	}
}

// repeat adds n bytes c: a grows by n·c, b by n·a + c·n(n+1)/2.
func (s *adler) repeat(c byte, n int) {
	m := uint64(n)
	tri := (m % (2 * adlerMod)) * ((m + 1) % (2 * adlerMod)) / 2 % adlerMod
	s.b = (s.b + m%adlerMod*s.a + uint64(c)*tri) % adlerMod
	s.a = (s.a + m%adlerMod*uint64(c)) % adlerMod
}

// FormFanout is a one-page PDF whose content draws form X0; form Xi draws
// X(i+1) fanout times, depth forms deep, the last one showing a word.
func FormFanout(depth, fanout int) []byte {
	var x strings.Builder
	for i := range depth {
		fmt.Fprintf(&x, "/X%d %d 0 R ", i, 6+i)
	}
	objs := page("/X0 Do", "/XObject << "+x.String()+">>")
	for i := range depth {
		content := "BT /F1 12 Tf 72 700 Td (deep) Tj ET"
		if i+1 < depth {
			content = strings.Repeat(fmt.Sprintf("/X%d Do ", i+1), fanout)
		}
		objs = append(objs, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << %s>> >> /Length %d >>\nstream\n%s\nendstream",
			x.String(), len(content), content))
	}
	return pdf(0, objs...)
}

// EncryptedZip is a zip archive laid out as a DOCX whose entries are
// marked encrypted (general-purpose flag bit 0), as a password-protected
// zip is.
func EncryptedZip() []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		h := &zip.FileHeader{Name: name, Method: zip.Store, Flags: 0x1}
		f, _ := w.CreateHeader(h)
		f.Write(bytes.Repeat([]byte{0x5a}, 40)) // ciphertext, as far as a reader can tell
	}
	w.Close()
	return b.Bytes()
}
