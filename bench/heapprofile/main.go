// Command heapprofile shows what a check holds in memory once every
// document is read and before the corpus rules run: it streams every
// document of a corpus through the document rules, as check.Run does,
// keeping the findings, then collects garbage and writes a heap profile.
//
//	go run ./bench/gencorpus -out /tmp/corpus -pages 10000
//	go run ./bench/heapprofile -corpus /tmp/corpus -out heap.out
//	go tool pprof -top -sample_index=inuse_space heap.out
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

func main() { os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)) }

// run profiles the check the arguments describe and returns the exit code:
// 0, or 2 for bad arguments, 1 when the check or the profile failed.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("heapprofile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "", "the `directory` to check (go run ./bench/gencorpus writes one; required)")
	out := fs.String("out", "", "write the heap profile to this `file` (required)")
	storyPath := fs.String("story", "bench/story.yaml", "the story `file`")
	today := fs.String("today", "2026-11-27", "check as of this day, YYYY-MM-DD")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	day, err := time.Parse(time.DateOnly, *today)
	if *corpus == "" || *out == "" || fs.NArg() > 0 || err != nil {
		fmt.Fprintln(stderr, "usage: heapprofile -corpus DIR -out FILE [-story FILE] [-today YYYY-MM-DD]")
		return 2
	}
	held, corpusFindings, err := profile(ctx, *storyPath, *corpus, *out, day)
	if err != nil {
		fmt.Fprintln(stderr, "heapprofile:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%d document findings held; %d corpus findings; heap profile in %s\n", held, corpusFindings, *out)
	return 0
}

// profile checks the corpus up to the corpus rules, writes the heap
// profile of what is live then, and returns the number of document
// findings held and of corpus findings.
func profile(ctx context.Context, storyPath, corpus, out string, today time.Time) (held, corpusFindings int, err error) {
	st, err := story.Load(storyPath)
	if err != nil {
		return 0, 0, err
	}
	az, err := analyze.New(st)
	if err != nil {
		return 0, 0, err
	}
	ck, err := rules.NewChecker(st, today)
	if err != nil {
		return 0, 0, err
	}
	var (
		mu       sync.Mutex
		findings = report.NewFindings() // as check.Run holds them: spilled past a bound
		errs     []error
	)
	defer findings.Close()
	cfg := check.Config{Story: st, Sources: []string{corpus}, Now: today}
	err = check.Stream(ctx, cfg, az, func(d *analyze.Doc, src crawl.Document, err error) {
		var fs []rules.Finding
		if err == nil {
			fs = ck.Document(d)
		}
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", src.Source, err))
		}
		findings.Add(fs...)
	})
	if err = errors.Join(append(errs, err)...); err != nil {
		return 0, 0, err
	}
	if err := writeHeapProfile(out); err != nil {
		return 0, 0, err
	}
	return findings.Len(), len(ck.Corpus()), nil
}

// writeHeapProfile collects garbage and writes the live heap to path.
func writeHeapProfile(path string) error {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
