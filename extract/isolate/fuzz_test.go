package isolate

import (
	"context"
	"github.com/onestory/onestory/format"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/onestory/onestory/internal/hostile"
)

// fuzzPool feeds inputs to fm's reader through a pool with a budget, as
// the command line reads documents: every input must end, in a text or an
// error, within the budget (a hang or a crash of the reader is that error,
// never the fuzzer's process going down). The time limit is under the 10 s
// after which the fuzzing engine counts an input as a hang.
func fuzzPool(f *testing.F, fm format.Format, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	p, err := New(Budget{Timeout: 5 * time.Second, Memory: 256 << 20}, 1)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { p.Close() })
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := p.Extract(context.Background(), fm, "fuzz", data)
		if err == nil && text == nil {
			t.Fatal("nil Text without an error")
		}
	})
}

// FuzzPDF feeds PDFs to the PDF reader in a child within a budget:
// go test ./extract/isolate -run '^$' -fuzz FuzzPDF
func FuzzPDF(f *testing.F) {
	var seeds [][]byte
	for _, name := range []string{"kestrel-onepager.pdf", "kestrel-pricing-2025.pdf"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "collateral", name))
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	seeds = append(seeds, hostile.HugeXrefIndex(), hostile.ExtendsLoop(0), hostile.FormFanout(3, 3), hostile.InflateBomb(3<<20))
	fuzzPool(f, "pdf", seeds...)
}

// FuzzMarkdown feeds Markdown to its reader in a child within a budget.
func FuzzMarkdown(f *testing.F) {
	fuzzPool(f, "markdown", []byte("---\ntitle: x\n---\n# A\n\n> - [a](b) *c*\n"), []byte("> > - 1. x\n"))
}
