// Command onestory checks that everything a company says about itself —
// campaign pages, product listings, Markdown content, sales decks — tells
// the story of its messaging.yaml. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/onestory/onestory/extract/isolate"
	"github.com/onestory/onestory/internal/gctune"
	"github.com/onestory/onestory/internal/printable"
)

// Exit codes. DESIGN.md fixes 0, 1 and 2; 3 is onestory's own addition for
// a run that could not finish.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitUsage    = 2 // bad usage or an invalid story file: nothing was checked
	exitFailed   = 3 // the run failed or was interrupted: the report is partial
)

func main() {
	isolate.Main() // a child reading one document serves here and exits
	gctune.Tune()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr marks err as a usage or story error: exit code 2.
func usageErr(err error) error { return &exitError{code: exitUsage, err: err} }

// run is the whole program: it parses args, runs the command and returns
// the exit code. Tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	root := app.root()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return app.code
	}
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "onestory: interrupted; what was written before the stop is kept")
		return exitFailed
	}
	fmt.Fprintf(stderr, "onestory: %s\n", printable.String(err.Error())) // errors name files and URLs
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitUsage // cobra's own errors: unknown command or flag
}
