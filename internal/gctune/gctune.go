// Package gctune sets the garbage collector of a batch run: a memory
// budget instead of GOGC. It changes process-wide settings, so only a
// program's main calls it (cmd/onestory, the bench/ commands) and the
// benchmarks that measure a run as the command makes it; a library
// package never does.
package gctune

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// MemoryBudget is the memory a batch run may use before the garbage
// collector runs, when what is live is small: see Tune.
const MemoryBudget = 240 << 20

// nonHeap is what a run's memory holds besides its heap's objects:
// goroutine stacks, the runtime's own structures and the spans of the heap
// that are neither in use nor released yet. Measured on the 10,000-page
// benchmark corpora.
const nonHeap = 64 << 20

// Tune sets the garbage collector for a batch run, as the onestory
// command does at start, and returns a function that puts it back.
//
// A check keeps little alive (a few documents in flight, the index of
// mentions, the findings) but allocates fast. At Go's default GOGC of 100
// it collects every few megabytes of allocation and spends a quarter of its
// CPU doing so. Under Tune the collector is driven by a memory limit
// instead (GOGC off, as the runtime's guide to the garbage collector
// describes): it runs when the run's memory reaches MemoryBudget, so the
// CPU it takes is what that budget allows and the peak stays near it. When
// the live heap grows past what the budget holds with room to spare (a run
// with hundreds of thousands of findings), the limit follows it: after
// every collection it is set to one and a quarter times the live heap plus
// nonHeap, so the collector never runs back to back. (Twice the live heap,
// Go's default growth, took a 10,000-page run with 232,000 findings to
// 313 MB; one and a half times it, a 50,000-file run to 301 MB, where the
// collector took 1% of the CPU.) A GOGC or GOMEMLIMIT set in the environment wins: Tune then
// changes nothing.
func Tune() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	t := &gcTuner{percent: debug.SetGCPercent(-1), limit: debug.SetMemoryLimit(memoryLimit(0, MemoryBudget))}
	t.arm()
	return func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		t.stopped = true
		debug.SetGCPercent(t.percent)
		debug.SetMemoryLimit(t.limit)
	}
}

// gcTuner resets the memory limit after each garbage collection until
// stopped.
type gcTuner struct {
	percent int   // GOGC before Tune
	limit   int64 // the memory limit before Tune
	mu      sync.Mutex
	stopped bool
}

// sentinel is garbage as soon as it is made: its finalizer runs after the
// next collection, tunes the limit and makes the next sentinel.
type sentinel struct{ t *gcTuner }

func (t *gcTuner) arm() {
	runtime.SetFinalizer(&sentinel{t}, func(s *sentinel) {
		s.t.mu.Lock()
		defer s.t.mu.Unlock()
		if s.t.stopped {
			return
		}
		debug.SetMemoryLimit(memoryLimit(liveHeap(), MemoryBudget))
		s.t.arm()
	})
}

// liveHeap returns the heap the last collection found live, in bytes.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// memoryLimit returns the memory limit for a run whose last collection
// found live bytes: the budget, or one and a quarter times live plus nonHeap
// when that is more.
func memoryLimit(live, budget uint64) int64 {
	if live > (math.MaxInt64-nonHeap)/5*4 {
		return math.MaxInt64
	}
	return int64(max(budget, live+live/4+nonHeap))
}
