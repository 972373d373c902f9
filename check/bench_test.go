//go:build unix

package check

import (
	"context"
	"flag"
	"io/fs"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/onestory/onestory/internal/gctune"
	"github.com/onestory/onestory/internal/gencorpus"
	"github.com/onestory/onestory/story"
)

// benchPages is the size of the corpus the benchmarks check:
// go test ./check -run '^$' -bench . -bench-pages 10000
var (
	benchPages  = flag.Int("bench-pages", 1000, "pages of the generated corpus the benchmarks check")
	benchCorpus = flag.String("bench-corpus", "", "check this corpus (written by go run ./bench/gencorpus) instead of generating one; keeps the generator out of -cpuprofile")
)

// BenchmarkCheck checks a generated corpus of -bench-pages pages (HTML
// and Markdown, 10–40 KB each) with every rule on.
func BenchmarkCheck(b *testing.B) { benchCheck(b, "../bench/story.yaml") }

// BenchmarkCheckTermsOnly checks the same corpus with only the term,
// product-name and forbidden-claim rules on.
func BenchmarkCheckTermsOnly(b *testing.B) { benchCheck(b, "../bench/story-terms.yaml") }

// benchCheck runs check.Run over the generated corpus and reports, besides
// MB/s of wall time, pages/s, MB per CPU-second (the honest figure on a
// shared machine), the peak heap and the process's maximum resident set.
func benchCheck(b *testing.B, storyPath string) {
	st, err := story.Load(storyPath)
	if err != nil {
		b.Fatal(err)
	}
	dir, size, pages := benchCorpusDir(b)
	// As `onestory check` runs for any format but html: without the story
	// matrix.
	cfg := Config{Story: st, Sources: []string{dir}, Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(size)
	b.ReportAllocs()
	defer gctune.Tune()() // as the onestory command runs
	runtime.GC()
	cpu0 := cpuTime(b)
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		r, err := Run(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Documents) != pages {
			b.Fatalf("checked %d documents, want %d", len(r.Documents), pages)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys)
	}
	b.StopTimer()
	cpu := (cpuTime(b) - cpu0).Seconds()
	n := float64(b.N)
	b.ReportMetric(n*float64(pages)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(n*float64(size)/1e6/cpu, "MB/cpu-s")
	b.ReportMetric(float64(peak)/1e6, "heap-sys-MB")
	b.ReportMetric(float64(maxRSS(b))/1e3, "maxrss-MB")
}

// benchCorpusDir returns the corpus to check, its size in bytes and its
// number of pages: -bench-corpus if given, else one generated in a
// temporary directory.
func benchCorpusDir(b *testing.B) (dir string, size int64, pages int) {
	if *benchCorpus == "" {
		dir = b.TempDir()
		size, err := gencorpus.Write(dir, *benchPages, "mixed", false)
		if err != nil {
			b.Fatal(err)
		}
		return dir, size, *benchPages
	}
	err := filepath.WalkDir(*benchCorpus, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		size += info.Size()
		pages++
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return *benchCorpus, size, pages
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the process's peak resident set in kilobytes (Linux units;
// macOS reports bytes).
func maxRSS(b *testing.B) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return ru.Maxrss
}
