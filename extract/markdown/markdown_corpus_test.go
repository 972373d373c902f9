package markdown

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

// TestMarkdownCorpus reads every real page of the corpus and checks that
// the output is sane: no code fences, no import lines, no JSX tags,
// locations inside the file.
func TestMarkdownCorpus(t *testing.T) {
	if _, err := os.Stat(extracttest.CorpusDir()); err != nil {
		t.Skipf("no corpus at %s", extracttest.CorpusDir())
	}
	n := 0
	extracttest.ForCorpus(t, func(path string, data []byte) {
		n++
		text, err := Extract(context.Background(), path, data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return
		}
		checkSane(t, path, text, strings.Count(string(data), "\n")+1)
	})
	t.Logf("%d pages read", n)
}

func checkSane(t *testing.T, path string, text *extract.Text, lines int) {
	t.Helper()
	for _, b := range text.Blocks {
		switch {
		case strings.Contains(b.Text, "```"):
			t.Errorf("%s: block with a code fence: %q", b.Location, b.Text)
		case strings.HasPrefix(b.Text, "import ") && strings.Contains(b.Text, " from "):
			t.Errorf("%s: block with an import: %q", b.Location, b.Text)
		case strings.HasSuffix(path, ".mdx") && jsxTagStart([]byte(b.Text)) && strings.Contains(b.Text, ">"):
			t.Errorf("%s: block with a JSX tag: %q", b.Location, b.Text)
		case b.Text == "" || b.Text != strings.TrimSpace(b.Text):
			t.Errorf("%s: blank or untrimmed block %q", b.Location, b.Text)
		}
		if b.Location.Line < 1 || b.Location.Line > lines || b.Location.Column < 1 {
			t.Errorf("%s: block %q outside the file's %d lines", b.Location, b.Text, lines)
		}
		for _, s := range b.Segments {
			if s.Line < 1 || s.Line > lines || s.Offset > len(b.Text) {
				t.Errorf("%s: segment %+v outside the file or block %q", b.Location, s, b.Text)
			}
		}
	}
}
