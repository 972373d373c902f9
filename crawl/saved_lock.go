package crawl

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// lockName is the file a crawl holds in the folder it saves to, so that
// a second crawl into the same folder refuses to start instead of
// pruning the bodies the first one's manifest names.
const lockName = "onestory-crawl.lock"

// LockedError is the error of Save when another crawl holds the folder.
type LockedError struct {
	Dir   string // the folder
	Owner string // "process 1234 on host build-7 since 2026-12-07T19:30:05Z"
	Lock  string // the lock file
}

// Error names the folder, the other crawl and how to go on.
func (e *LockedError) Error() string {
	return fmt.Sprintf("folder %q is in use by another onestory crawl (%s); wait for it to finish, or remove %s if that process is gone",
		e.Dir, e.Owner, e.Lock)
}

// lockFolder takes the lock of dir: it creates the lock file with
// O_EXCL and writes its process id, host and time into it. A lock whose
// process is gone (a crawl killed before it could clean up) is taken
// over; one held by a live process, or by another host, is a
// *LockedError.
func lockFolder(dir string) (unlock func(), err error) {
	name := filepath.Join(dir, lockName)
	for range 2 {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			host, _ := os.Hostname()
			_, werr := fmt.Fprintf(f, "%d %s %s\n", os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
			if cerr := f.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				os.Remove(name)
				return nil, fmt.Errorf("save crawl: lock %q: %w", dir, werr)
			}
			return func() { os.Remove(name) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("save crawl: lock %q: %w", dir, err)
		}
		owner, live := readLock(name)
		if live {
			return nil, &LockedError{Dir: dir, Owner: owner, Lock: name}
		}
		os.Remove(name) // its process is gone: take the lock over
	}
	return nil, &LockedError{Dir: dir, Owner: "a process that keeps taking the lock", Lock: name}
}

// readLock describes the holder of a lock file and reports whether it
// may still be running. A lock that cannot be read is taken as live.
func readLock(name string) (owner string, live bool) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "lock file unreadable: " + err.Error(), true
	}
	f := strings.Fields(string(b))
	if len(f) != 3 {
		return fmt.Sprintf("lock file holds %q", clipLine(string(b))), true
	}
	owner = fmt.Sprintf("process %s on host %s since %s", f[0], f[1], f[2])
	pid, err := strconv.Atoi(f[0])
	host, _ := os.Hostname()
	if err != nil || f[1] != host {
		return owner, true // another machine's process: no way to tell
	}
	return owner, processAlive(pid)
}

// processAlive reports whether a process of this machine may be running;
// when it cannot tell, it says yes.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH)
}

// clipLine returns the first 80 bytes of s's first line.
func clipLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s[:min(len(s), 80)]
}
