package check

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// HeapBudget is the heap a batch run may grow to before the garbage
// collector runs, when what is live is small: see TuneGC.
const HeapBudget = 200 << 20

// TuneGC sets the garbage collector for a batch run, as the onestory
// command does at start, and returns a function that puts it back.
//
// A check keeps little alive (a few documents in flight, the index of
// mentions, the findings) but allocates fast, so at Go's default GOGC of
// 100 it collects every few megabytes of allocation and spends a quarter
// of its CPU doing so. Under TuneGC the heap may grow to HeapBudget
// between collections, or to twice what is live when that is more (Go's
// default, for runs with hundreds of thousands of findings): after every
// collection, GOGC is set from the live heap to the larger of the two.
// A GOGC or GOMEMLIMIT set in the environment wins: TuneGC then changes
// nothing.
func TuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	t := &gcTuner{previous: debug.SetGCPercent(batchPercent(0, HeapBudget))}
	t.arm()
	return func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		t.stopped = true
		debug.SetGCPercent(t.previous)
	}
}

// gcTuner resets GOGC after each garbage collection until stopped.
type gcTuner struct {
	previous int
	mu       sync.Mutex
	stopped  bool
}

// sentinel is garbage as soon as it is made: its finalizer runs after the
// next collection, tunes GOGC and makes the next sentinel.
type sentinel struct{ t *gcTuner }

func (t *gcTuner) arm() {
	runtime.SetFinalizer(&sentinel{t}, func(s *sentinel) {
		s.t.mu.Lock()
		defer s.t.mu.Unlock()
		if s.t.stopped {
			return
		}
		debug.SetGCPercent(batchPercent(liveHeap(), HeapBudget))
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

// batchPercent returns the GOGC percentage that lets a heap of live bytes
// grow to budget bytes, or to twice live when that is more.
func batchPercent(live, budget uint64) int {
	const floor = 4 << 20 // the runtime's smallest heap target
	live = max(live, floor)
	if budget <= 2*live {
		return 100
	}
	return int((budget - live) * 100 / live)
}
