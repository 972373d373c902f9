package crawl

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestKeepSitemap checks that a sitemap's pages that Keep leaves to another
// shard are never fetched.
func TestKeepSitemap(t *testing.T) {
	site := newTestSite(t, "")
	opt := testOptions()
	opt.Keep = func(src string) bool { return !strings.HasSuffix(src, "/about.html") }
	docs := crawlWeb(t, background(t), site.URL+"/sitemap.xml", opt)
	want := []string{"/", "/pricing.html", "/shop/"}
	if got := sources(docs, site.URL); !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q", got, want)
	}
	if n := site.hitCount("/about.html"); n != 0 {
		t.Errorf("/about.html fetched %d times; it is another shard's", n)
	}
}

// TestKeepFiles checks that a folder walk reads only the files Keep
// keeps, in every folder.
func TestKeepFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "b.md", "sub/c.md", "sub/d.html"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("# Hello\n"), 0o644)
	}
	opt := Options{Keep: func(src string) bool { return strings.HasSuffix(src, "b.md") || strings.HasSuffix(src, "c.md") }}
	var got []string
	err := Walk(background(t), []string{dir}, opt, func(d Document) error {
		got = append(got, filepath.Base(d.Source))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if want := []string{"b.md", "c.md"}; !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
}
