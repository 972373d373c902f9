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
	"github.com/onestory/onestory/format"
	"os"
	"time"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/reader"
	"github.com/onestory/onestory/internal/bytesize"
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
	return &limitError{ErrMemoryLimit, fmt.Sprintf("reading it exceeded the memory limit of %s for one document", bytesize.Format(b.Memory))}
}

// Isolated reports whether a document in format is read in the child
// process: the binary formats, whose parsers are third-party code or
// archives, always; Markdown when it could be slow. goldmark takes time that
// grows with the square of some inputs (50,000 "[a](" take half a minute),
// and every such input is long or full of the characters that open inline
// markup, so a Markdown file over 64 KB or with more than 2,048 of them goes
// to a child, and the rest — nearly every real page — is read here, which
// costs a third of the CPU time of a round trip to a child on a folder of
// ordinary pages. HTML and plain text are read by onestory's own linear
// scanners, in process.
func Isolated(f format.Format, data []byte) bool {
	switch {
	case f.Binary():
		return true
	case f.Markdownish():
		return len(data) > markdownInProcessSize || inlineOpeners(data) > markdownInProcessOpeners
	}
	return false
}

// The largest Markdown read in process, and the most inline openers it may
// hold: at these sizes goldmark's worst case takes a fraction of a second.
const (
	markdownInProcessSize    = 64 << 10
	markdownInProcessOpeners = 2048
)

// inlineOpeners counts the bytes of data that can open inline markup whose
// end goldmark searches for: links, images, autolinks and raw HTML, code
// spans, emphasis.
func inlineOpeners(data []byte) int {
	n := 0
	for _, c := range data {
		switch c {
		case '[', '(', '<', '`', '*', '_':
			n++
		}
	}
	return n
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

// Extract reads data in format as reader.Extract does, within the pool's
// budget: a binary format in a child process, the text formats (whose
// readers are onestory's own and bounded) here, with the time limit passed
// to them in ctx. The error of a document past its budget names the limit.
func (p *Pool) Extract(ctx context.Context, f format.Format, source string, data []byte) (*extract.Text, error) {
	if !Isolated(f, data) {
		return InProcess(ctx, p.budget, f, source, data)
	}
	var pr *proc
	select {
	case pr = <-p.slots:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	t, pr, err := p.read(ctx, pr, request{Format: f, Source: source, Data: data})
	p.slots <- pr
	return t, err
}

// ExtractProducts is Extract that also reads the products HTML pages
// present (reader.ExtractProducts). HTML is read in this process.
func (p *Pool) ExtractProducts(ctx context.Context, f format.Format, source string, data []byte) (*extract.Text, error) {
	if !Isolated(f, data) {
		return inProcess(ctx, p.budget, reader.ExtractProducts, f, source, data)
	}
	return p.Extract(ctx, f, source, data)
}

// InProcess reads data in this process with b's time limit in ctx. It bounds
// what honours ctx; the memory limit is not enforced.
func InProcess(ctx context.Context, b Budget, f format.Format, source string, data []byte) (*extract.Text, error) {
	return inProcess(ctx, b, reader.Extract, f, source, data)
}

// inProcess is InProcess reading with read.
func inProcess(ctx context.Context, b Budget, read func(context.Context, format.Format, string, []byte) (*extract.Text, error), f format.Format, source string, data []byte) (*extract.Text, error) {
	if b.Timeout <= 0 {
		return read(ctx, f, source, data)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, b.Timeout, b.timeError())
	defer cancel()
	t, err := read(ctx, f, source, data)
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
