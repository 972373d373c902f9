package format

import (
	"archive/zip"
	"bytes"
	"testing"
)

// zipOf returns a ZIP archive holding the named entries; an entry named
// "mimetype" holds mimetype, the others a line of XML.
func zipOf(t testing.TB, mimetype string, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		body := `<?xml version="1.0"?><x/>`
		if name == "mimetype" {
			body = mimetype
		}
		if _, err := f.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDetect(t *testing.T) {
	pptx := zipOf(t, "", "[Content_Types].xml", "ppt/presentation.xml", "ppt/slides/slide1.xml")
	docx := zipOf(t, "", "[Content_Types].xml", "word/document.xml")
	odt := zipOf(t, "application/vnd.oasis.opendocument.text", "mimetype", "content.xml")
	odp := zipOf(t, "application/vnd.oasis.opendocument.presentation", "mimetype", "content.xml")
	plainZip := zipOf(t, "", "photos/a.jpg")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	tests := []struct {
		name, contentType string
		data              []byte
		want              Format
	}{
		{"site/index.html", "", nil, "html"},
		{"site/PRICING.HTM", "", nil, "html"},
		{"content/blog/launch.md", "", nil, "markdown"},
		{"docs/intro.mdx", "", nil, "markdown"},
		{"notes.markdown", "", nil, "markdown"},
		{"notes.txt", "", nil, "text"},
		{"collateral/deck.pptx", "", nil, "pptx"},
		{"collateral/brochure.pdf", "", nil, "pdf"},
		{"collateral/proposal.docx", "", nil, "docx"},
		{"collateral/offer.odt", "", nil, "odt"},
		{"collateral/pitch.odp", "", nil, "odp"},
		{"https://kestrel.example/pricing.html?utm_source=x", "", nil, "html"},
		{"https://kestrel.example/pricing", "text/html; charset=utf-8", []byte("<p>hi</p>"), "html"},
		{"https://kestrel.example/deck", "application/pdf", nil, "pdf"},
		{"https://kestrel.example/readme", "text/markdown", nil, "markdown"},
		{"https://kestrel.example/x", "application/vnd.openxmlformats-officedocument.presentationml.presentation", nil, "pptx"},
		{"-", "", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "pdf"},
		{"-", "", pptx, "pptx"},
		{"-", "", docx, "docx"},
		{"-", "", odt, "odt"},
		{"-", "", odp, "odp"},
		{"-", "", plainZip, ""},
		{"-", "", []byte("\ufeff<!DOCTYPE html>\n<html><body>Fleet $18</body></html>"), "html"},
		{"-", "", []byte("  <HTML lang=en><p>Fleet</p></HTML>"), "html"},
		{"-", "", []byte("<div class=price>$18 per vehicle</div>"), "html"},
		{"-", "", []byte("# RoutePlanner\n\nPlans start at $18 per vehicle per month.\n"), "markdown"},
		{"-", "", []byte("See [pricing](https://kestrel.example/pricing) for details.\n"), "markdown"},
		{"-", "", []byte("RoutePlanner plans start at $18 per vehicle per month.\n"), "text"},
		{"logo.png", "", png, ""},
		{"-", "", png, ""},
		{"-", "", nil, ""},
		{"-", "image/png", png, ""},
		{"unknown", "", []byte{0, 1, 2, 3, 0xff, 0xfe}, ""},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, tt.contentType, tt.data); got != tt.want {
			t.Errorf("Detect(%q, %q, %.20q) = %q, want %q", tt.name, tt.contentType, tt.data, got, tt.want)
		}
	}
}

func TestExtension(t *testing.T) {
	tests := map[string]string{
		"site/a.HTML":                        ".html",
		"https://k.example/a.pdf?x=1#p2":     ".pdf",
		"https://k.example/dir.v2/page":      "",
		"site/v1.2/notes":                    "",
		"collateral/deck.final.pptx":         ".pptx",
		"content/a?b.md":                     ".md",
		"https://k.example/p#section.md.bak": "",
	}
	for in, want := range tests {
		if got := Extension(in); got != want {
			t.Errorf("Extension(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("deck", "", zipOf(f, "", "ppt/slides/slide1.xml"))
	f.Add("-", "text/html", []byte("<html>"))
	f.Add("x.bin", "application/octet-stream", []byte("PK\x03\x04\x14\x00\x00\x00"))
	f.Add("-", "", []byte("%PDF-1.4"))
	f.Fuzz(func(t *testing.T, name, contentType string, data []byte) {
		got := Detect(name, contentType, data)
		if got != "" && !got.Binary() && got != HTML && got != Markdown && got != Text {
			t.Fatalf("Detect returned unknown format %q", got)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	page := bytes.Repeat([]byte("RoutePlanner plans start at $18 per vehicle per month.\n"), 100)
	for b.Loop() {
		Detect("page", "", page)
	}
}

func TestKinds(t *testing.T) {
	for _, c := range []struct {
		f                                    Format
		binary, slides, unpaged, markdownish bool
	}{
		{HTML, false, false, false, false},
		{Markdown, false, false, false, true},
		{MDX, false, false, false, true},
		{Text, false, false, true, false},
		{PDF, true, false, false, false},
		{PPTX, true, true, false, false},
		{DOCX, true, false, true, false},
		{ODT, true, false, true, false},
		{ODP, true, true, false, false},
		{"", false, false, false, false},
	} {
		if c.f.Binary() != c.binary || c.f.Slides() != c.slides || c.f.Unpaged() != c.unpaged || c.f.Markdownish() != c.markdownish {
			t.Errorf("%q: Binary, Slides, Unpaged, Markdownish = %v %v %v %v, want %v %v %v %v", c.f,
				c.f.Binary(), c.f.Slides(), c.f.Unpaged(), c.f.Markdownish(), c.binary, c.slides, c.unpaged, c.markdownish)
		}
	}
	for name, want := range map[string]bool{"docs/intro.mdx": true, "docs/INTRO.MDX": true, "docs/intro.mdx.erb": true, "docs/intro.md": false, "mdx": false} {
		if got := IsMDX(name); got != want {
			t.Errorf("IsMDX(%q) = %v, want %v", name, got, want)
		}
	}
}
