package crawl

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWalkWebSources runs Walk over the three kinds of web source: a URL,
// a saved crawl and a URL list.
func TestWalkWebSources(t *testing.T) {
	site := newTestSite(t, "")
	opt := testOptions()
	opt.Web.MaxDepth = 1
	opt.Web.AllowPrivate = true // the list's loopback URL is not a command-line one
	dir := t.TempDir()
	saved := filepath.Join(dir, "crawl")
	if _, err := Save(background(t), site.URL+"/products/driverlog.html", saved, opt); err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "launch.urls")
	if err := os.WriteFile(list, []byte(site.URL+"/shop/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := Walk(background(t), []string{site.URL + "/blog/", saved, list}, opt, func(d Document) error {
		if d.Err != nil {
			t.Errorf("%s: %v", d.Source, d.Err)
		}
		got = append(got, d.Source[len(site.URL):])
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	slices.Sort(got)
	want := []string{
		"/blog/", "/blog/fleet-launch.html", // the crawl
		"/products/driverlog.html", "/products/routeplanner.html", // the saved crawl, read back
		"/shop/", // the list
	}
	if !slices.Equal(got, want) {
		t.Errorf("Walk gave %q, want %q", got, want)
	}
}
