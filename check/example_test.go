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

// TestBundledExample checks the bundled example end to end — the story at
// the repository's root and every page, Markdown file and deck under
// testdata/ — against the want comments and .want sidecars the fixtures
// carry: every expected finding must be found, and nothing else.
func TestBundledExample(t *testing.T) {
	t.Chdir("..")
	s, err := story.Load("messaging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	r, err := Run(context.Background(), Config{Story: s, Now: today})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) < 10 {
		t.Fatalf("read %d documents, want every page, file and deck of the example", len(r.Documents))
	}
	sources := []string{"messaging.yaml"}
	for _, root := range s.Sources {
		filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && filepath.Ext(path) != ".want" && !s.Ignored(filepath.ToSlash(path)) {
				sources = append(sources, filepath.ToSlash(path))
			}
			return err
		})
	}
	rulestest.Run(t, r.Findings.Collect(), sources)
}
