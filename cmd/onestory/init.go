package main

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/onestory/onestory/draft"
	"github.com/onestory/onestory/internal/printable"
)

// starter is the commented story file that `onestory init` writes.
//
//go:embed starter.yaml
var starter []byte

func (a *app) initCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init [--from SOURCE [SOURCE...]]",
		Short: "Write a commented starter messaging.yaml, or draft one from your sources (never overwrites)",
		Long: `init writes a commented starter story file to --story (messaging.yaml).

With --from, it reads the sources instead — folders, files, URLs, saved crawls,
as check reads them; the flag's value and every further argument are sources —
and drafts the story they tell: products and plans, the price each plan is
stated at most often, facts, claims, repeated messages and competing spellings.
Every entry's comment says where it was seen, and every competing value is a
comment naming its places. The draft goes to --output (default: --story;
- for standard output). An existing file is never overwritten without --force.`,
		Example: `  onestory init                      # writes messaging.yaml here
  onestory init --story brand.yaml
  onestory init --from site/ collateral/ https://example.com/pricing --output draft.yaml`,
		RunE: a.runInit,
	}
	f := cmd.Flags()
	f.StringArray("from", nil, "draft the story from this source (every further argument is a source too)")
	f.String("output", "", "with --from: write the draft here instead of --story; - for standard output")
	f.Bool("force", false, "overwrite an existing file")
	f.StringArray("ignore", nil, "with --from: skip sources matching this glob (repeatable)")
	f.String("company", "", "with --from: the company's name (default: read from the sources' titles)")
	f.Int("workers", 0, "with --from: documents read in parallel (default: one per core)")
	addCrawlFlags(f)
	return cmd
}

func (a *app) runInit(cmd *cobra.Command, args []string) error {
	from := a.v.GetStringSlice("from")
	if len(from) == 0 {
		if len(args) > 0 {
			return usageErr(fmt.Errorf("init takes sources only with --from (init --from %s)", args[0]))
		}
		path := a.v.GetString("story")
		if err := a.writeNew(path, starter); err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "wrote %s: fill in your products, prices, facts and messages, then run `onestory check`\n", printable.Line(path))
		return nil
	}
	out := a.v.GetString("output")
	if out == "" {
		out = a.v.GetString("story")
	}
	if out != "-" && !a.v.GetBool("force") {
		if _, err := os.Lstat(out); err == nil {
			return usageErr(fmt.Errorf("%s exists already; init never overwrites a file without --force", printable.Line(out)))
		}
	}
	opt, err := a.crawlOptions()
	if err != nil {
		return err
	}
	sources := append(from, args...)
	d, err := draft.FromSources(cmd.Context(), draft.Config{Sources: sources, Crawl: opt,
		Workers: a.v.GetInt("workers"), Company: a.v.GetString("company"), Ignore: a.v.GetStringSlice("ignore")})
	if err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	var buf bytes.Buffer
	if err := d.WriteYAML(&buf); err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	if out == "-" {
		_, err := a.stdout.Write(buf.Bytes())
		return err
	}
	if err := a.writeNew(out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %s: a draft from %d source(s); review every entry, then run `onestory check --story %s`\n",
		printable.Line(out), len(sources), printable.Line(out))
	return nil
}

// writeNew writes data to path, which must not exist unless --force.
func (a *app) writeNew(path string, data []byte) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if a.v.GetBool("force") {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usageErr(fmt.Errorf("%s exists already; init never overwrites a file without --force", printable.Line(path)))
	}
	if err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return &exitError{code: exitFailed, err: err}
	}
	if err := f.Close(); err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	return nil
}
