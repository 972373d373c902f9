// Package isolate reads documents within a budget of time and memory that
// holds even inside a third-party parser: the hostile binary formats (PDF,
// PPTX, DOCX, ODT, ODP) are extracted in a child process of the running
// executable, reused from document to document, which the parent kills when
// a document takes longer than its time limit or more than its memory limit.
// A document past its budget, or whose reader crashes, is an error for that
// document alone; the next document gets a fresh child.
//
// The executable must call Main first thing in main (and test binaries in
// TestMain): that is where the child serves.
package isolate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/onestory/onestory/extract"
)

// Budget bounds what reading one document may take. The zero value bounds
// nothing, and documents are read in the calling process.
type Budget struct {
	// Timeout is the wall-clock time to extract one document; 0: no limit.
	Timeout time.Duration
	// Memory is the memory, in bytes, the child process may use to extract
	// one document; 0: no limit. Enforced on Linux (see Main).
	Memory int64
}

// DefaultBudget is the budget of the command line: 30 s and 512 MB.
func DefaultBudget() Budget {
	return Budget{Timeout: 30 * time.Second, Memory: 512 << 20}
}

// IsZero reports whether b bounds nothing.
func (b Budget) IsZero() bool { return b.Timeout <= 0 && b.Memory <= 0 }

// ErrTimeLimit and ErrMemoryLimit are wrapped by the errors of a document
// past its budget.
var (
	ErrTimeLimit   = errors.New("time limit")
	ErrMemoryLimit = errors.New("memory limit")
)

// limitError is a document past its budget; Error names the limit.
type limitError struct {
	kind error
	msg  string
}

func (e *limitError) Error() string { return e.msg }
func (e *limitError) Unwrap() error { return e.kind }

func (b Budget) timeError() error {
	return &limitError{ErrTimeLimit, fmt.Sprintf("reading it took longer than %s, the time limit for one document", b.Timeout)}
}

func (b Budget) memoryError() error {
	return &limitError{ErrMemoryLimit, fmt.Sprintf("reading it exceeded the memory limit of %s for one document", megabytes(b.Memory))}
}

// megabytes writes n bytes as a person reads a memory size.
func megabytes(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Isolated reports whether format is read in the child process: the binary
// formats, whose parsers are third-party code or archives, and Markdown,
// whose parser (goldmark) takes time that grows with the square of some
// inputs (50,000 "[a](" take half a minute). HTML and plain text are read by
// onestory's own linear scanners, in process.
func Isolated(format string) bool {
	switch format {
	case "pdf", "pptx", "docx", "odt", "odp", "markdown", "mdx":
		return true
	}
	return false
}

// Pool reads documents within a budget with up to size child processes,
// one per document read at once. Its methods are safe for concurrent use.
type Pool struct {
	budget Budget
	exe    string
	slots  chan *proc // a nil slot has no child yet
	size   int
}

// New returns a pool of up to size children for documents read with budget
// b. Children start when a document needs one. Close stops them.
func New(b Budget, size int) (*Pool, error) {
	if os.Getenv(childEnv) != "" {
		return nil, errors.New("isolate: a document reader cannot start readers of its own")
	}
	registerTypes()
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("isolate: find the executable: %w", err)
	}
	size = max(size, 1)
	p := &Pool{budget: b, exe: exe, slots: make(chan *proc, size), size: size}
	for range size {
		p.slots <- nil
	}
	return p, nil
}

// Extract reads data in format as extract.Extract does, within the pool's
// budget: a binary format in a child process, the text formats (whose
// readers are onestory's own and bounded) here, with the time limit passed
// to them in ctx. The error of a document past its budget names the limit.
func (p *Pool) Extract(ctx context.Context, format, source string, data []byte) (*extract.Text, error) {
	if !Isolated(format) {
		return InProcess(ctx, p.budget, format, source, data)
	}
	var pr *proc
	select {
	case pr = <-p.slots:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	t, pr, err := p.read(ctx, pr, request{Format: format, Source: source, Data: data})
	p.slots <- pr
	return t, err
}

// InProcess reads data in this process with b's time limit in ctx. It bounds
// what honours ctx; the memory limit is not enforced.
func InProcess(ctx context.Context, b Budget, format, source string, data []byte) (*extract.Text, error) {
	if b.Timeout <= 0 {
		return extract.Extract(ctx, format, source, data)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, b.Timeout, b.timeError())
	defer cancel()
	t, err := extract.Extract(ctx, format, source, data)
	if err != nil && errors.Is(context.Cause(ctx), ErrTimeLimit) {
		return nil, context.Cause(ctx)
	}
	return t, err
}

// Close stops the pool's children, waiting for documents being read.
func (p *Pool) Close() error {
	for range p.size {
		if pr := <-p.slots; pr != nil {
			pr.close()
		}
	}
	return nil
}
