package isolate

import (
	"context"
	"github.com/onestory/onestory/format"
	"github.com/onestory/onestory/internal/evaldata"
	"os"
	"path/filepath"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/reader"
)

// benchFiles returns the real decks of the evaluation material (skipping
// when absent) and the bundled collateral.
func benchFiles(b *testing.B) map[string][]byte {
	files := map[string][]byte{}
	dirs := []string{"../../testdata/collateral", "../../testdata/content/blog"}
	if decks := evaldata.Dir("decks"); decks != "" {
		dirs = append(dirs, decks)
	}
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, n := range names {
			if f := format.FromName(n); Isolated(f, nil) || f == "markdown" { // small Markdown: read in process by Pool.Extract
				data, err := os.ReadFile(n)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := reader.Extract(context.Background(), f, n, data); err == nil {
					files[n] = data // a broken fixture is no measure
				}
			}
		}
	}
	return files
}

// BenchmarkRead compares reading each document in process with reading it
// in a reused child, to measure what the budget costs:
// go test ./extract/isolate -run '^$' -bench Read -benchtime 10x
func BenchmarkRead(b *testing.B) {
	p, err := New(DefaultBudget(), 1)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	for name, data := range benchFiles(b) {
		fm := format.FromName(name)
		for _, mode := range []struct {
			name string
			fn   func(context.Context, format.Format, string, []byte) (*extract.Text, error)
		}{{"in-process", reader.Extract}, {"child", p.Extract}} {
			b.Run(filepath.Base(name)+"/"+mode.name, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := mode.fn(context.Background(), fm, name, data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
