package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/extract/isolate"
	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

func (a *app) inspectCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "inspect SOURCE...",
		Short: "Show the text onestory extracted from sources and every mention it found",
		Example: `  onestory inspect site/pricing.html
  onestory inspect collateral/deck.pptx --format json
  onestory inspect https://example.com/pricing`,
		Args: sourceArgs(1, -1, "SOURCE (a file, a folder, a URL or - for standard input)"),
		RunE: a.runInspect,
	}
	cmd.Flags().String("format", "text", "`FORMAT`: text or json")
	cmd.Flags().String("today", "", "find old values of dated changes as if today were `DATE` (YYYY-MM-DD)")
	addCrawlFlags(cmd.Flags())
	addBudgetFlags(cmd.Flags())
	return cmd
}

func (a *app) runInspect(cmd *cobra.Command, args []string) error {
	format := a.v.GetString("format")
	if format != "text" && format != "json" {
		return usageErr(fmt.Errorf("unknown format %q for inspect (choose text or json)", format))
	}
	opt, err := a.crawlOptions()
	if err != nil {
		return err
	}
	budget, err := a.budget()
	if err != nil {
		return err
	}
	s, err := a.loadStory()
	if err != nil {
		return err
	}
	in, runErr := a.inspect(cmd, s, args, opt, budget)
	if in == nil {
		return &exitError{code: exitFailed, err: runErr}
	}
	if format == "json" {
		err = report.InspectJSON(a.stdout, in)
	} else {
		err = report.InspectText(a.stdout, in)
	}
	if err == nil {
		err = runErr
	}
	if err != nil && !errors.Is(err, check.ErrNoSources) {
		return &exitError{code: exitFailed, err: err}
	}
	return err
}

// inspect reads and analyses every source, unreadable ones included.
func (a *app) inspect(cmd *cobra.Command, s *story.Story, args []string, opt crawl.Options, budget isolate.Budget) (*report.Inspection, error) {
	az, err := analyze.New(s)
	if err != nil {
		return nil, err
	}
	today, err := parseToday(a.v.GetString("today"))
	if err != nil {
		return nil, usageErr(fmt.Errorf("%s: %w", a.origin(cmd, "today"), err))
	}
	if today.IsZero() {
		today = time.Now()
	}
	var (
		mu   sync.Mutex
		docs []report.InspectedDoc
	)
	var skipped []crawl.Skip // Skipped is called from this goroutine: no lock
	cfg := check.Config{Story: s, Sources: args, Crawl: opt, Budget: budget}
	cfg.Crawl.Skipped = func(sk crawl.Skip) { skipped = append(skipped, sk) }
	runErr := check.Stream(cmd.Context(), cfg, az, func(d *analyze.Doc, src crawl.Document, err error) {
		if limit := (*crawl.LimitError)(nil); errors.As(err, &limit) { // a notice, not a document
			mu.Lock()
			fmt.Fprintf(a.stderr, "warning: %s: %v\n", src.Source, err)
			mu.Unlock()
			return
		}
		in := report.InspectedDoc{Source: src.Source, Channel: src.Channel, Format: string(src.Format),
			Blocks: []report.InspectedBlock{}, Mentions: []report.InspectedMention{}}
		if err != nil {
			in.Status, in.Error = "unreadable", err.Error()
		} else {
			withNames := *d // the plan names and old values the rules find, shown as mentions
			withNames.Mentions = append(slices.Clip(d.Mentions), rules.NameMentions(s, d, today)...)
			in = report.Inspect(&withNames)
		}
		mu.Lock()
		docs = append(docs, in)
		mu.Unlock()
	})
	sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
	in := report.NewInspection(docs)
	in.Skipped = skipped
	return in, runErr
}
