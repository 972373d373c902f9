package check

import (
	"context"
	"flag"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/onestory/onestory/story"
)

// Flags of TestHeapProfile, which shows what a check holds in memory once
// every document is read and before the corpus rules run:
//
//	go test ./check -run TestHeapProfile -heap-corpus DIR -heap-out heap.out
//	go tool pprof -top -sample_index=inuse_space heap.out
var (
	heapCorpus = flag.String("heap-corpus", "", "corpus to check (written by TestGenerateCorpus)")
	heapOut    = flag.String("heap-out", "", "write the heap profile here (TestHeapProfile)")
)

// TestHeapProfile does what Run does up to the corpus rules — stream every
// document through the document rules, its findings going to the report's
// store — then writes a heap profile of what is live. It is skipped unless
// -heap-out is given.
func TestHeapProfile(t *testing.T) {
	if *heapOut == "" || *heapCorpus == "" {
		t.Skip("no -heap-corpus and -heap-out given")
	}
	st, err := story.Load("../bench/story.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Story: st, Sources: []string{*heapCorpus}, Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	c, err := collect(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.findings.Close()
	writeHeapProfile(t, *heapOut)
	t.Logf("%d documents, %d findings", len(c.docs), c.findings.Len())
	runtime.KeepAlive(c)
}

// writeHeapProfile collects garbage and writes the live heap to path.
func writeHeapProfile(t *testing.T, path string) {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		t.Fatal(err)
	}
}
