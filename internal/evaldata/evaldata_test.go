package evaldata

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(Env, dir)
	if got, want := Dir("decks"), filepath.Join(dir, "decks"); got != want {
		t.Errorf("Dir(decks) = %q, want %q", got, want)
	}
	os.WriteFile(filepath.Join(dir, "price-cases.tsv"), []byte("x"), 0o644)
	if got := Require(t, "price-cases.tsv"); got != filepath.Join(dir, "price-cases.tsv") {
		t.Errorf("Require(price-cases.tsv) = %q", got)
	}
}

func TestDirBesideTheRepository(t *testing.T) {
	t.Setenv(Env, "")
	if got, want := Dir("corpus"), filepath.Join("..", "..", "..", "shared", "eval", "corpus"); got != want {
		t.Errorf("Dir(corpus) = %q, want %q", got, want)
	}
}

func TestRequireSkipsWhenAbsent(t *testing.T) {
	t.Setenv(Env, t.TempDir())
	t.Setenv("CI", "")
	skipped := false
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Require(t, "no-such-material")
		t.Error("Require returned for absent material")
	})
	if !skipped {
		t.Error("Require did not skip for absent material")
	}
}
