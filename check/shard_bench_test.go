//go:build unix

package check

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/story"
)

// benchShards is how many shards BenchmarkShardMerge splits the corpus in:
// go test ./check -run '^$' -bench ShardMerge -bench-pages 10000 -bench-shards 7
var benchShards = flag.Int("bench-shards", 7, "shards BenchmarkShardMerge splits the generated corpus in")

// BenchmarkShardMerge checks the generated corpus once, then as
// -bench-shards shards whose parts are written to files, read back and
// merged, and fails unless the merged JSON report is the single run's,
// byte for byte. It reports the parts' total size, and the time and peak
// heap of the merge alone.
func BenchmarkShardMerge(b *testing.B) {
	st, err := story.Load("../bench/story.yaml")
	if err != nil {
		b.Fatal(err)
	}
	dir, size, _ := benchCorpusDir(b)
	cfg := Config{Story: st, Sources: []string{dir}, Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	one, err := Run(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	want := benchJSON(b, one)
	one = nil
	names, partBytes := writeBenchParts(b, cfg, b.TempDir())
	b.SetBytes(size)
	b.ResetTimer()
	var peak uint64
	var mergeTime time.Duration
	for b.Loop() {
		start := time.Now()
		r := mergeBenchParts(b, st, names)
		mergeTime += time.Since(start)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys)
		if got := benchJSON(b, r); !bytes.Equal(got, want) {
			b.Fatalf("%d shards merged: the JSON report differs from one run's (%d bytes, want %d)", *benchShards, len(got), len(want))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(partBytes)/1e6, "parts-MB")
	b.ReportMetric(mergeTime.Seconds()/float64(b.N), "merge-s")
	b.ReportMetric(float64(peak)/1e6, "heap-sys-MB")
}

// writeBenchParts runs every shard of cfg and writes its part in dir.
func writeBenchParts(b *testing.B, cfg Config, dir string) ([]string, int64) {
	var names []string
	var total int64
	for i := 1; i <= *benchShards; i++ {
		cfg.Shard = Shard{Index: i, Count: *benchShards}
		p, err := RunPart(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("shard-%d.part", i))
		var buf bytes.Buffer
		if err := report.WritePart(&buf, p); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(buf.Len())
		names = append(names, name)
	}
	return names, total
}

// mergeBenchParts reads the parts and merges them.
func mergeBenchParts(b *testing.B, st *story.Story, names []string) *report.Report {
	var ps []*report.Part
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		p, err := report.ReadPart(f, name)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		ps = append(ps, p)
	}
	r, err := Merge(context.Background(), MergeConfig{Story: st, Parts: ps, Names: names})
	if err != nil {
		b.Fatal(err)
	}
	return r
}

func benchJSON(b *testing.B, r *report.Report) []byte {
	w, err := report.Lookup("json")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w(&buf, r, report.Options{}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}
