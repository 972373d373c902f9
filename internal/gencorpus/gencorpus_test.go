package gencorpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteShape checks the generator: page sizes in the
// 10–40 KB band, files under the channel folders, and deterministic output.
func TestWriteShape(t *testing.T) {
	dir := t.TempDir()
	n, err := Write(dir, 30, "mixed", false)
	if err != nil {
		t.Fatal(err)
	}
	if n < 30*10_000 || n > 30*45_000 {
		t.Errorf("30 pages are %d bytes, want 10–45 KB a page", n)
	}
	for _, sub := range []string{"site", "docs", "sales"} {
		if es, err := os.ReadDir(filepath.Join(dir, sub)); err != nil || len(es) == 0 {
			t.Errorf("folder %s: %d files, error %v", sub, len(es), err)
		}
	}
	again := t.TempDir()
	if m, _ := Write(again, 30, "mixed", false); m != n {
		t.Errorf("second run wrote %d bytes, first %d: the generator is not deterministic", m, n)
	}
	clean := t.TempDir()
	if _, err := Write(clean, 6, "markdown", true); err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(filepath.Join(clean, "site", "page-00000.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, wrong := range []string{"RouteMaster", "$19", "guaranteed savings", "mobile app"} {
		if bytes.Contains(body, []byte(wrong)) {
			t.Errorf("clean corpus says %q", wrong)
		}
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	if _, err := Write(t.TempDir(), 1, "pdf", false); err == nil || !bytes.Contains([]byte(err.Error()), []byte(`"pdf"`)) {
		t.Errorf("Write(format pdf) = %v, want an error naming the format", err)
	}
}
