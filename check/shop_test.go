package check

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"
	"time"

	"github.com/onestory/onestory/rules/rulestest"
	"github.com/onestory/onestory/story"
)

// shopToday is the day the shop's fixtures are checked on: the Trail
// Runner 2 and Thermo Bottle sales hold, the Alpine Shell Jacket's is over.
var shopToday = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

// TestShop checks the small shop of testdata/shop — a catalogue export
// and a Merchant Center feed against category, search and product pages
// — with the want comments its pages carry: every planted mismatch is
// found, and none of the many right prices is flagged.
func TestShop(t *testing.T) {
	t.Chdir("..")
	s, err := story.Load("testdata/shop/story.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Catalog == nil || len(s.Catalog.Items) != 11 {
		t.Fatalf("catalogue = %+v, want the 8 rows of catalog.csv and the 3 items of feed.xml", s.Catalog)
	}
	r, err := Run(context.Background(), Config{Story: s, Sources: []string{"testdata/shop/site"}, Now: shopToday})
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	filepath.WalkDir("testdata/shop/site", func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			sources = append(sources, filepath.ToSlash(path))
		}
		return err
	})
	if len(r.Documents) != len(sources) {
		t.Errorf("read %d documents, want %d", len(r.Documents), len(sources))
	}
	rulestest.Run(t, r.Findings, sources)
}
