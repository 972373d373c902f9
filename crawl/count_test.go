package crawl

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestCountMatchesWalk: the count of a folder is the number of documents
// the walk yields, hidden files, ignored and unknown files passed by alike;
// a URL makes the count unknown.
func TestCountMatchesWalk(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.md": "# A", "b/c.html": "<p>c</p>", "b/d.txt": "d", ".hidden/e.md": "e",
		"node_modules/f.md": "f", "logo.png": "png", "skip/g.md": "g", "b/deck.pptx": "not a zip",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opt := Options{Ignore: func(src string) bool { return filepath.Base(src) == "skip" }}
	ctx := context.Background()
	walked := 0
	if err := Walk(ctx, []string{dir, filepath.Join(dir, "a.md")}, opt, func(Document) error { walked++; return nil }); err != nil {
		t.Fatal(err)
	}
	n, ok := Count(ctx, []string{dir, filepath.Join(dir, "a.md")}, opt)
	if !ok || n != walked {
		t.Errorf("Count = %d, %v; the walk yielded %d documents", n, ok, walked)
	}
	if _, ok := Count(ctx, []string{dir, "https://example.com/"}, opt); ok {
		t.Error("a URL's pages were counted as known")
	}
}
