// Package evaldata finds the real-world evaluation material that tests and
// benchmarks read (real corpora, pitch decks, price strings): in the folder
// the environment variable ONESTORY_EVAL names, else in shared/eval beside
// the repository (../shared/eval from its root). The material is not part
// of the repository; tests over it skip where it is absent, and fail under
// CI=true, where it must be present.
package evaldata

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Env names the environment variable that points at the material.
const Env = "ONESTORY_EVAL"

// Dir returns the path of sub (a file or folder, like "decks" or
// "price-cases.tsv") inside the evaluation material, whether or not it
// exists: under ONESTORY_EVAL when it is set, else relative to the working
// directory ("../../shared/eval/decks" from a package's folder); "" when
// neither ONESTORY_EVAL is set nor the repository's root can be found
// above the working directory.
func Dir(sub string) string {
	if dir := os.Getenv(Env); dir != "" {
		return filepath.Join(dir, sub)
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	root := repoRoot(wd)
	if root == "" {
		return ""
	}
	path := filepath.Join(root, "..", "shared", "eval", sub)
	if rel, err := filepath.Rel(wd, path); err == nil {
		return rel
	}
	return path
}

// Require returns Dir(sub) when it exists; otherwise it skips tb, or fails
// it when the CI environment variable is set.
func Require(tb testing.TB, sub string) string {
	tb.Helper()
	path := Dir(sub)
	if _, err := os.Stat(path); path == "" || err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("evaluation material %q absent under CI (set %s or put it in ../shared/eval): %v", sub, Env, err)
		}
		tb.Skipf("evaluation material %q absent (set %s or put it in ../shared/eval beside the repository)", sub, Env)
	}
	return path
}

// repoRoot returns the nearest folder at or above dir that holds
// onestory's go.mod, or "".
func repoRoot(dir string) string {
	for {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(data, []byte("module github.com/onestory/onestory\n")) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
