package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// TestScore: a fact counts in the share of its key lines some entry
// matches; a line matches only an entry of its kind holding all its words.
func TestScore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "key.tsv")
	key := "# comment\nF1\tmessage\tcode AI platform\tone line\nF1\tany\tpowers && Cody\tboilerplate\nF2\tfact\ttrial && 30 days\ttrial\n"
	if err := os.WriteFile(path, []byte(key), 0o644); err != nil {
		t.Fatal(err)
	}
	items, err := ReadKey(path)
	if err != nil {
		t.Fatal(err)
	}
	entries := []Entry{
		{Kind: "claim", Key: "x", Text: "Our graph powers Cody"},
		{Kind: "claim", Key: "y", Text: "Sourcegraph is a code AI platform"}, // wrong kind for F1's first line
		{Kind: "fact", Key: "trial = 21 days", Text: "trial = 21 days"},
	}
	got := Score(items, entries)
	if len(got) != 2 || got[0].Fact != "F1" || got[0].Found != 1 || got[0].Items != 2 || got[1].Found != 0 {
		t.Errorf("Score = %+v", got)
	}
	if _, err := ReadKey(writeTemp(t, "F1\tmessage\n")); err == nil {
		t.Error("a line without words read without error")
	}
	if p := firstPlace([]string{"listed by name, no price stated; seen 2 times: a.md:3, b.md:4"}); p != "a.md:3" {
		t.Errorf("firstPlace = %q", p)
	}
}

func writeTemp(t *testing.T, s string) string {
	path := filepath.Join(t.TempDir(), "f.tsv")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
