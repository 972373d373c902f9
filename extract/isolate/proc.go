package isolate

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"github.com/onestory/onestory/format"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/onestory/onestory/extract"
)

// request is one document sent to a child; response is what it makes of it.
type request struct {
	Format format.Format
	Source string
	Data   []byte
}

type response struct {
	Text *extract.Text
	Err  string
}

// hello is the first thing a child writes: it proves the executable serves
// as a reader (Main is called first) rather than running as itself.
type hello struct{ Magic string }

const magic = "onestory-extract-worker/1"

// proc is one child process and its pipes.
type proc struct {
	cmd    *exec.Cmd
	in     *os.File // the child's stdin
	enc    *gob.Encoder
	w      *bufio.Writer
	dec    *gob.Decoder
	out    *os.File // the child's stdout
	stderr *tail
	done   chan struct{} // closed once the child has exited
	state  *os.ProcessState
}

// start starts a child and waits for its hello.
func (p *Pool) start() (*proc, error) {
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, err
	}
	cmd := exec.Command(p.exe, workerArg, strconv.FormatInt(p.budget.Memory, 10))
	cmd.Env = append(os.Environ(), childEnv+"=1")
	cmd.Stdin, cmd.Stdout = inR, outW
	pr := &proc{cmd: cmd, in: inW, out: outR, stderr: &tail{}, done: make(chan struct{})}
	cmd.Stderr = pr.stderr
	err = cmd.Start()
	inR.Close()
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, fmt.Errorf("start a document reader: %w", err)
	}
	go func() {
		cmd.Wait()
		pr.state = cmd.ProcessState
		close(pr.done)
	}()
	pr.w = bufio.NewWriter(inW)
	pr.enc = gob.NewEncoder(pr.w)
	pr.dec = gob.NewDecoder(bufio.NewReader(outR))
	var h hello
	if err := p.await(pr, func() error { return pr.dec.Decode(&h) }); err != nil || h.Magic != magic {
		pr.close()
		return nil, fmt.Errorf("start a document reader: %s does not serve as one (isolate.Main must be called first in main and TestMain)", p.exe)
	}
	return pr, nil
}

// await runs f, which reads from the child, for at most 10 seconds.
func (p *Pool) await(pr *proc, f func() error) error {
	errc := make(chan error, 1)
	go func() { errc <- f() }()
	select {
	case err := <-errc:
		return err
	case <-time.After(10 * time.Second):
		pr.kill()
		<-errc
		return errors.New("no answer")
	}
}

// read sends one document to pr (a new child when pr is nil or has exited)
// and returns its text and the child to reuse: nil when it was killed or
// died, so that the next document gets a fresh one.
func (p *Pool) read(ctx context.Context, pr *proc, req request) (*extract.Text, *proc, error) {
	if pr != nil && pr.exited() {
		pr.close()
		pr = nil
	}
	if pr == nil {
		var err error
		if pr, err = p.start(); err != nil {
			return nil, nil, err
		}
	}
	resc := make(chan result, 1)
	go func() {
		var r result
		if r.err = pr.send(req); r.err == nil {
			r.err = pr.dec.Decode(&r.resp)
		}
		resc <- r
	}()
	r, err := p.watch(ctx, pr, resc)
	switch {
	case err != nil:
		pr.stop()
		<-resc
		return nil, nil, err
	case r.err != nil && ctx.Err() != nil:
		pr.stop()
		return nil, nil, ctx.Err()
	case r.err != nil:
		return nil, nil, p.death(pr)
	case r.resp.Err != "":
		return nil, pr, errors.New(r.resp.Err)
	}
	return r.resp.Text, pr, nil
}

// result is a child's answer, or why none came.
type result struct {
	resp response
	err  error
}

// watch waits for the child's answer on resc while holding it to the
// budget; the error says which limit it broke, or that ctx ended.
func (p *Pool) watch(ctx context.Context, pr *proc, resc <-chan result) (result, error) {
	var timeout, tick <-chan time.Time
	if p.budget.Timeout > 0 {
		t := time.NewTimer(p.budget.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	if p.budget.Memory > 0 && canWatch {
		t := time.NewTicker(25 * time.Millisecond)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case r := <-resc:
			return r, nil
		case <-tick:
			if rss(pr.cmd.Process.Pid) > p.budget.Memory {
				return result{}, p.budget.memoryError()
			}
		case <-timeout:
			return result{}, p.budget.timeError()
		case <-ctx.Done():
			return result{}, ctx.Err()
		}
	}
}

// send writes one request to the child.
func (pr *proc) send(req request) error {
	if err := pr.enc.Encode(req); err != nil {
		return err
	}
	return pr.w.Flush()
}

// death waits for a child that stopped answering and says why it died.
func (p *Pool) death(pr *proc) error {
	select {
	case <-pr.done:
	case <-time.After(5 * time.Second):
	}
	pr.close()
	msg := pr.stderr.String()
	if strings.Contains(msg, "out of memory") || strings.Contains(msg, "cannot allocate memory") ||
		(pr.state != nil && strings.Contains(pr.state.String(), "killed") && p.budget.Memory > 0) {
		return p.budget.memoryError()
	}
	if line := lastLine(msg); line != "" {
		return fmt.Errorf("its reader crashed: %s", line)
	}
	return fmt.Errorf("its reader stopped unexpectedly (%v)", pr.state)
}

// exited reports whether the child has exited.
func (pr *proc) exited() bool {
	select {
	case <-pr.done:
		return true
	default:
		return false
	}
}

// kill kills the child at once.
func (pr *proc) kill() { pr.cmd.Process.Kill() }

// stop kills the child at once, waits for it and closes the pipes.
func (pr *proc) stop() {
	pr.kill()
	pr.close()
}

// close ends the child's input, kills it if it has not exited 100 ms
// later, waits for it and closes the pipes.
func (pr *proc) close() {
	pr.in.Close() // a child at rest exits on end of input
	select {
	case <-pr.done:
	case <-time.After(100 * time.Millisecond):
		pr.kill()
		<-pr.done
	}
	pr.out.Close()
}

// tail keeps the first 16 KB a child writes to standard error: where a Go
// fatal error or panic says what it is.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if room := 16<<10 - len(t.buf); room > 0 {
		t.buf = append(t.buf, b[:min(len(b), room)]...)
	}
	return len(b), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

// lastLine returns the first line of a Go fatal error or panic in msg, else
// its last non-empty line.
func lastLine(msg string) string {
	lines := strings.Split(strings.TrimSpace(msg), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "runtime:") {
			return strings.TrimSpace(l)
		}
	}
	return strings.TrimSpace(lines[len(lines)-1])
}
