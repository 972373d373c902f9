package crawl

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCount10000 counts a folder of 10,000 files in 100 folders: the
// cost a progress bar adds before its total is known.
func BenchmarkCount10000(b *testing.B) {
	dir := b.TempDir()
	for i := range 10000 {
		p := filepath.Join(dir, fmt.Sprintf("d%02d", i%100), fmt.Sprintf("page%05d.md", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("# x\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if n, ok := Count(context.Background(), []string{dir}, Options{}); n != 10000 || !ok {
			b.Fatalf("Count = %d, %v", n, ok)
		}
	}
}
