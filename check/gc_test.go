package check

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestBatchPercent(t *testing.T) {
	for _, tc := range []struct {
		live, budget uint64
		want         int
	}{
		{0, 200 << 20, 4900},         // nothing live yet: the runtime's 4 MB floor
		{20 << 20, 200 << 20, 900},   // the usual run: collect at 200 MB
		{50 << 20, 200 << 20, 300},   // 10,000 clean pages
		{100 << 20, 200 << 20, 100},  // from here Go's default
		{300 << 20, 200 << 20, 100},  // a run with many findings
		{101 << 20, 200 << 20, 100},  // never below the default
		{1 << 20, 2 << 20, 100},      // a budget under the floor
		{99 << 20, 200 << 20, 102},   // just under half the budget
		{10 << 20, 10 << 30, 102300}, // a large budget
	} {
		if got := batchPercent(tc.live, tc.budget); got != tc.want {
			t.Errorf("batchPercent(%d MB, %d MB) = %d, want %d", tc.live>>20, tc.budget>>20, got, tc.want)
		}
	}
}

func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	restore := TuneGC()
	if got := debug.SetGCPercent(-1); got <= 100 {
		t.Errorf("GOGC after TuneGC = %d, want above 100", got)
	} else {
		debug.SetGCPercent(got)
	}
	runtime.GC() // the tuner resets GOGC from the live heap
	runtime.GC()
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after restore = %d, want 100", got)
	}
}

func TestTuneGCLeavesEnvironmentAlone(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := debug.SetGCPercent(77)
	defer debug.SetGCPercent(before)
	TuneGC()()
	if got := debug.SetGCPercent(before); got != 77 {
		t.Errorf("with GOGC set, TuneGC changed GOGC to %d", got)
	}
}
