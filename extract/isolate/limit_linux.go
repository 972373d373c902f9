package isolate

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// canWatch says whether the parent can read a child's resident memory.
const canWatch = true

// limitMemory caps this process's address space at what it maps now plus
// mem, so that an allocation past the budget fails (a Go program then dies
// with "fatal error: out of memory", which the parent reports as the memory
// limit) before the machine runs short. A race-detector build maps terabytes
// of shadow memory and is left to the parent's watch of resident memory.
func limitMemory(mem int64) error {
	if raceEnabled {
		return nil
	}
	vsz, err := statm(os.Getpid(), 0)
	if err != nil {
		return err
	}
	lim := uint64(vsz + mem)
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim}); err != nil {
		return fmt.Errorf("limit the address space: %w", err)
	}
	return nil
}

// rss returns the resident memory of process pid in bytes, 0 if unknown.
func rss(pid int) int64 {
	n, _ := statm(pid, 1)
	return n
}

// statm returns field i of /proc/PID/statm (0 size, 1 resident) in bytes.
func statm(pid, i int) (int64, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/statm")
	if err != nil {
		return 0, err
	}
	f := bytes.Fields(b)
	if len(f) <= i {
		return 0, fmt.Errorf("read /proc/%d/statm: %q", pid, b)
	}
	pages, err := strconv.ParseInt(string(f[i]), 10, 64)
	if err != nil {
		return 0, err
	}
	return pages * int64(os.Getpagesize()), nil
}
