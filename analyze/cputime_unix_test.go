//go:build unix

package analyze

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports throughput per CPU-second ("MB/cpu-s") next to the
// wall-clock MB/s, so that a figure taken on a busy machine still says what
// one core does. Call it as the benchmark starts timing; it reports when
// the benchmark ends.
func reportCPU(b *testing.B, bytes int64) {
	start := cpuTime()
	b.Cleanup(func() {
		if used := cpuTime() - start; used > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
		}
	})
}
