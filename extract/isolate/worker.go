package isolate

import (
	"bufio"
	"context"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/reader"
)

// workerArg, the first argument, and childEnv, in the environment, start
// the executable as a document reader.
const (
	workerArg = "__onestory-extract-worker"
	childEnv  = "ONESTORY_INTERNAL_EXTRACT_WORKER"
)

// Main serves as a document reader and exits when the process was started
// as one by a Pool; otherwise it returns at once. Call it first in main,
// and in TestMain of tests that read documents through a Pool.
func Main() {
	if len(os.Args) < 3 || os.Args[1] != workerArg || os.Getenv(childEnv) == "" {
		return
	}
	if err := serve(os.Args[2], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "document reader: %v\n", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// read extracts one document, turning a panic of its reader into an error
// as check does in process; a fatal error still ends the process, and the
// parent reports it.
func read(req request) (t *extract.Text, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("internal error while reading %s: %v", req.Source, r)
		}
	}()
	return reader.Extract(context.Background(), req.Format, req.Source, req.Data)
}

// exitWithParent ends the process once its parent has gone (it is then
// adopted by another): a reader busy with a document reads no end of input,
// and an orphan would hold the pipes the parent shared with its own parent.
func exitWithParent(ppid int) {
	for {
		time.Sleep(time.Second)
		if os.Getppid() != ppid {
			os.Exit(3)
		}
	}
}

// registerTypes tells gob of the types front matter holds in its map.
func registerTypes() {
	gob.Register(map[string]any{})
	gob.Register([]any{})
	gob.Register(time.Time{})
	gob.Register(int64(0))
	gob.Register(uint64(0))
}

// jsonValues returns m with its values as encoding/json decodes them.
func jsonValues(m map[string]any) map[string]any {
	b, err := json.Marshal(m)
	out := map[string]any{}
	if err == nil {
		json.Unmarshal(b, &out)
	}
	return out
}

// serve limits the process's memory to the budget's, says hello, then
// reads documents from in and writes their text to out until in ends.
func serve(memory string, in io.Reader, out io.Writer) error {
	mem, err := strconv.ParseInt(memory, 10, 64)
	if err != nil {
		return fmt.Errorf("memory limit %q: %w", memory, err)
	}
	runtime.GOMAXPROCS(1) // one document at a time: the parent runs one child per core
	if mem > 0 {
		debug.SetMemoryLimit(mem * 3 / 4) // collect hard before the hard limit
		if err := limitMemory(mem); err != nil {
			return err
		}
	}
	registerTypes()
	// Ctrl-C reaches the whole process group: the parent stops its
	// children itself, once it has noted which document was cut short.
	signal.Ignore(os.Interrupt, syscall.SIGTERM)
	go exitWithParent(os.Getppid())
	w := bufio.NewWriter(out)
	enc, dec := gob.NewEncoder(w), gob.NewDecoder(bufio.NewReader(in))
	if err := enc.Encode(hello{Magic: magic}); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if err := answer(enc, req); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
}

// answer reads one document and encodes its text or its error.
func answer(enc *gob.Encoder, req request) error {
	var resp response
	if t, err := read(req); err != nil {
		resp.Err = err.Error()
	} else {
		resp.Text = t
	}
	err := enc.Encode(resp)
	if err != nil && resp.Text != nil && resp.Text.FrontMatter != nil {
		// front matter of a type gob was not told of: send it as JSON reads it
		resp.Text.FrontMatter = jsonValues(resp.Text.FrontMatter)
		err = enc.Encode(resp)
	}
	return err
}
