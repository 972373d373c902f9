// Command gencorpus writes the generated corpus that the benchmarks and the
// bench/ scripts check (see internal/gencorpus):
//
//	go run ./bench/gencorpus -out /tmp/corpus -pages 10000
//	go run ./bench/gencorpus -out /tmp/md -pages 10000 -format markdown
//	go run ./bench/gencorpus -out /tmp/clean -pages 1000 -clean
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/onestory/onestory/internal/gencorpus"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run writes the corpus the arguments describe and returns the exit code:
// 0, or 2 for bad arguments, 1 when writing failed.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write the corpus to this `directory` (required)")
	pages := fs.Int("pages", 1000, "number of pages")
	format := fs.String("format", "mixed", "mixed (HTML site, Markdown docs and sales notes) or markdown")
	clean := fs.Bool("clean", false, "only statements that agree with the story, so that findings are few")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 || *pages < 1 {
		fmt.Fprintln(stderr, "usage: gencorpus -out DIR [-pages N] [-format mixed|markdown] [-clean]")
		return 2
	}
	n, err := gencorpus.Write(*out, *pages, *format, *clean)
	if err != nil {
		fmt.Fprintln(stderr, "gencorpus:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d pages, %.1f MB, to %s\n", *pages, float64(n)/1e6, *out)
	return 0
}
