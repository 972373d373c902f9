package markdown

import (
	"bytes"
	"context"
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/extract/internal/prose"
)

func FuzzMarkdown(f *testing.F) {
	for _, s := range extracttest.Seeds() {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Add(extracttest.Fixture(f, "testdata/pricing.mdx"), true)
	f.Fuzz(func(t *testing.T, data []byte, mdx bool) {
		fn := Extract
		if mdx {
			fn = ExtractMDX
		}
		x, err := fn(context.Background(), "f.md", data)
		if err != nil {
			if bytes.IndexByte(data, 0) < 0 {
				t.Fatalf("error for text input: %v", err)
			}
			return
		}
		extracttest.CheckLocations(t, x, bytes.TrimPrefix(data, prose.BOM))
	})
}
