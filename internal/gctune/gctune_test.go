package gctune

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestMemoryLimit(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		live, budget uint64
		want         int64
	}{
		{0, 240 * mb, 240 * mb},        // nothing live yet: the budget
		{20 * mb, 240 * mb, 240 * mb},  // the usual run
		{140 * mb, 240 * mb, 240 * mb}, // 1.25 × live + nonHeap is just under the budget
		{144 * mb, 240 * mb, 244 * mb}, // from here the limit follows the live heap
		{1 << 30, 240 * mb, 1280*mb + 64*mb},
		{math.MaxUint64 / 2, 240 * mb, math.MaxInt64}, // never overflows
	} {
		if got := memoryLimit(tc.live, tc.budget); got != tc.want {
			t.Errorf("memoryLimit(%d MB, %d MB) = %d MB, want %d MB", tc.live/mb, tc.budget/mb, got/mb, tc.want/mb)
		}
	}
}

func TestTune(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	beforePercent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(beforePercent)
	beforeLimit := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(beforeLimit)

	restore := Tune()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GOGC after Tune = %d, want off", got)
	}
	if got := debug.SetMemoryLimit(-1); got != MemoryBudget {
		t.Errorf("memory limit after Tune = %d, want %d", got, MemoryBudget)
	}
	keep := make([]byte, 200<<20) // live: the limit must follow
	var got int64
	// The tuner runs in a finalizer, after a collection: wait for it.
	for range 100 {
		runtime.GC()
		if got = debug.SetMemoryLimit(-1); got > MemoryBudget {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if want := memoryLimit(200<<20, MemoryBudget); got < want {
		t.Errorf("memory limit with 200 MB live = %d MB, want at least %d MB", got>>20, want>>20)
	}
	runtime.KeepAlive(keep)
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after restore = %d, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("memory limit after restore = %d, want none", got)
	}
}

func TestTuneLeavesEnvironmentAlone(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := debug.SetGCPercent(77)
	defer debug.SetGCPercent(before)
	Tune()()
	if got := debug.SetGCPercent(before); got != 77 {
		t.Errorf("with GOGC set, Tune changed GOGC to %d", got)
	}
}
