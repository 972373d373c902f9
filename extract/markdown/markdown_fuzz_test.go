package markdown

import (
	"bytes"
	"context"
	"github.com/onestory/onestory/extract/internal/prose"
	"testing"
)

func FuzzMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Add(webFixture(f, "pricing.mdx"), true)
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
		checkLocations(t, x, bytes.TrimPrefix(data, prose.BOM))
	})
}

func FuzzPlain(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := plain.Extract(context.Background(), "f.txt", data)
		if err != nil {
			if bytes.IndexByte(data, 0) < 0 {
				t.Fatalf("error for text input: %v", err)
			}
			return
		}
		checkLocations(t, x, bytes.TrimPrefix(data, prose.BOM))
	})
}
