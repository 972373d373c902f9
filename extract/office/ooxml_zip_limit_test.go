package office

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// TestZipLimitMessage checks that a file read past what is left of the
// package's limit names that remainder in a readable unit: it used to
// say "the limit of 0 MB" when less than a megabyte was left.
func TestZipLimitMessage(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.Create("ppt/slides/slide1.xml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(bytes.Repeat([]byte("<a/>"), 1<<18)); err != nil { // 1 MB
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	p, err := openZip(buf.Bytes(), "PPTX")
	if err != nil {
		t.Fatal(err)
	}
	p.read = maxZipTotalSize - 300<<10
	_, err = p.readFile("ppt/slides/slide1.xml")
	want := `zip bomb: "ppt/slides/slide1.xml" uncompresses past the 300 KB left of the limit of 200 MB per document`
	if err == nil || err.Error() != want {
		t.Fatalf("readFile error %v, want %q", err, want)
	}
	if strings.Contains(err.Error(), " 0 MB") {
		t.Errorf("error names a limit of 0 MB: %v", err)
	}
}
