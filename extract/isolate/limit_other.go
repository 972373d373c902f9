//go:build !linux

package isolate

// canWatch says whether the parent can read a child's resident memory: only
// on Linux. Elsewhere the memory limit is the Go runtime's soft limit in the
// child (debug.SetMemoryLimit) and the time limit still holds.
const canWatch = false

func limitMemory(int64) error { return nil }

func rss(int) int64 { return 0 }
