package office

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// makeZip returns a zip package holding the given files, written in name order.
func makeZip(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Namespaces of the synthetic OOXML parts.
const (
	nsP  = `xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	nsW  = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`
	relT = `http://schemas.openxmlformats.org/officeDocument/2006/relationships/`
)

// rels returns a .rels part with relationships rId1.. to the given targets
// of the given type.
func relsXML(kind string, targets ...string) string {
	var b strings.Builder
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, t := range targets {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s%s" Target="%s"/>`, i+1, relT, kind, t)
	}
	return b.String() + `</Relationships>`
}

// textBox returns a p:sp text box at (x, y) EMU holding the paragraphs.
func textBox(x, y int, paras ...string) string {
	return fmt.Sprintf(`<p:sp><p:nvSpPr><p:cNvPr id="2" name="t"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="100" cy="100"/></a:xfrm></p:spPr><p:txBody>%s</p:txBody></p:sp>`, x, y, strings.Join(paras, ""))
}

// slideXML returns a slide part whose shape tree holds the shapes.
func slideXML(attrs string, shapes ...string) string {
	return `<p:sld ` + nsP + ` ` + attrs + `><p:cSld><p:spTree>` + strings.Join(shapes, "") + `</p:spTree></p:cSld></p:sld>`
}

// presentation returns a PPTX package whose presentation lists the slide
// parts in the given order (their file names deliberately not in it).
func presentation(t testing.TB, slides map[string]string, order ...string) []byte {
	files := map[string]string{}
	var ids strings.Builder
	for i := range order {
		fmt.Fprintf(&ids, `<p:sldId id="%d" r:id="rId%d"/>`, 256+i, i+1)
	}
	files["ppt/presentation.xml"] = `<p:presentation ` + nsP + `><p:sldIdLst>` + ids.String() + `</p:sldIdLst></p:presentation>`
	files["ppt/_rels/presentation.xml.rels"] = relsXML("slide", order...)
	for name, body := range slides {
		files["ppt/"+name] = body
	}
	return makeZip(t, files)
}

// wordDoc returns a DOCX package whose body is the given XML.
func wordDoc(t testing.TB, body string, extra map[string]string) []byte {
	files := map[string]string{"word/document.xml": `<w:document ` + nsW + `><w:body>` + body + `</w:body></w:document>`}
	for k, v := range extra {
		files[k] = v
	}
	return makeZip(t, files)
}
