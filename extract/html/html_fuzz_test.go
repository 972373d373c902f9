package html

import (
	"bytes"
	"context"
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/extract/internal/prose"
)

func FuzzHTML(f *testing.F) {
	for _, s := range extracttest.Seeds() {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Extract(context.Background(), "f.html", data)
		if err != nil {
			if bytes.IndexByte(data, 0) < 0 {
				t.Fatalf("error for text input: %v", err)
			}
			return
		}
		extracttest.CheckLocations(t, x, bytes.TrimPrefix(data, prose.BOM))
	})
}
