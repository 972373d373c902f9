package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/internal/suggest"
	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
)

func (a *app) checkCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check [SOURCE...]",
		Short: "Check sources against the story file",
		Long: `check reads every SOURCE — a folder, a file, a URL or - for standard input;
by default the story file's sources — and reports where it departs from the
story and where sources contradict each other.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 bad usage or an invalid story file (nothing checked); 3 the run failed or
was interrupted (the report written covers what was checked).`,
		Example: `  onestory check                           # the sources listed in messaging.yaml
  onestory check site collateral/deck.pptx https://example.com/pricing
  onestory check --fail-on warning --output report.html
  onestory check --format github --output sarif=onestory.sarif --baseline .onestory-baseline.json
  onestory check --changed-since origin/main      # only what a branch changed
  onestory check --from-crawl saved-site          # a crawl saved by onestory crawl, offline`,
		Args: sourceArgs(0, -1, "SOURCE"),
		RunE: a.runCheck,
	}
	f := cmd.Flags()
	f.StringArray("output", nil, "write the report to `FILE` instead of standard output (report.html: HTML, .json, .sarif, .xml JUnit, .md Markdown, .csv CSV), or FORMAT=FILE to add a report in another format (repeatable)")
	f.String("changed-since", "", "report only findings in files changed since the git `REF` (every file is still read)")
	f.String("history", "", "append this run's summary to the JSON Lines `FILE` and chart the consistency over time in the HTML report")
	f.String("link-base", "", "markdown: `URL` prefix for links to sources, e.g. https://github.com/ORG/REPO/blob/SHA/")
	f.String("from-crawl", "", "check the crawl saved in `DIR` by onestory crawl (offline), as well as any SOURCE")
	addReportFlags(f)
	addCrawlFlags(f)
	addBudgetFlags(f)
	addShardFlags(f)
	f.Int("workers", 0, "`N` documents read in parallel (default: one per core)")
	f.String("today", "", "check offers as if today were `DATE` (YYYY-MM-DD)")
	return cmd
}

// addReportFlags adds the flags that say which findings to report and
// how, and when to fail: check's and merge's.
func addReportFlags(f *pflag.FlagSet) {
	f.String("format", "text", "report `FORMAT`: "+strings.Join(report.Formats(), ", ")+"; when not given, an --output FILE's extension picks it")
	f.String("baseline", "", "report only findings that are not in the baseline `FILE`")
	f.String("write-baseline", "", "record every current finding in the baseline `FILE`")
	f.Int("max-findings", -1, "exit 1 when more than `N` findings are reported, whatever their severity (-1: no limit)")
	f.String("fail-on", "error", "exit 1 when a finding is at or above `LEVEL`: error, warning, info or never")
	f.Bool("no-color", false, "never colour the text report (NO_COLOR in the environment does the same)")
}

func (a *app) runCheck(cmd *cobra.Command, args []string) error {
	set, err := a.checkSettings(cmd, args)
	if err != nil {
		return err
	}
	if set.part != "" {
		return a.runPart(cmd, set)
	}
	stop := a.checkProgress(cmd.Context(), &set.cfg)
	r, runErr := check.Run(cmd.Context(), set.cfg)
	stop()
	if errors.Is(runErr, check.ErrNoSources) {
		return usageErr(runErr)
	}
	if r == nil && errors.Is(runErr, context.Canceled) {
		return &exitError{code: exitFailed, err: errors.New("interrupted before any source was read")}
	}
	if r == nil {
		return &exitError{code: exitFailed, err: runErr}
	}
	defer r.Close()
	if err := a.writeRun(set, set.cfg, r); err != nil {
		return err
	}
	if r.Summary.Interrupted {
		return &exitError{code: exitFailed, err: errors.New("interrupted: the report covers only the documents read before the stop")}
	}
	if runErr != nil {
		return &exitError{code: exitFailed, err: fmt.Errorf("check stopped early; the report covers only what was checked: %w", runErr)}
	}
	if a.v.GetString("write-baseline") == "" {
		a.code = set.verdict(r, a.v.GetInt("max-findings"))
	}
	return nil
}

// checkSettings are the flags of check, read and validated.
type checkSettings struct {
	cfg      check.Config
	outs     []output
	failOn   *rules.Severity // nil: never
	baseline *report.Baseline
	part     string // --output part=FILE: a shard's part, for onestory merge
}

// checkSettings reads every flag of check — the baseline file included —
// before any source is read, so that a usage error checks nothing.
func (a *app) checkSettings(cmd *cobra.Command, args []string) (set checkSettings, err error) {
	if set.failOn, err = parseFailOn(a.v.GetString("fail-on")); err != nil {
		return set, usageErr(fmt.Errorf("%s: %w", a.origin(cmd, "fail-on"), err))
	}
	if _, err := report.Lookup(a.v.GetString("format")); err != nil {
		return set, usageErr(fmt.Errorf("%s: %w", a.origin(cmd, "format"), err))
	}
	rest, part, err := splitPart(a.v.GetStringSlice("output"))
	if err != nil {
		return set, usageErr(err)
	}
	if set.outs, err = parseOutputs(a.v.GetString("format"), a.v.IsSet("format"), rest); err != nil {
		return set, usageErr(err)
	}
	shard, err := a.shardSettings(cmd, part, rest)
	if err != nil {
		return set, err
	}
	files := set.outs
	if set.part = part; part != "" {
		files = []output{{format: "part", path: part, flag: fmt.Sprintf("--output \"part=%s\"", part)}}
	}
	if set.baseline, err = a.reportFiles(files); err != nil {
		return set, err
	}
	set.cfg, err = a.checkConfig(cmd, args)
	set.cfg.Shard = shard
	return set, err
}

// reportFiles checks that the report files, with --write-baseline's, can
// be written, none twice, and reads the --baseline file, nil when none is
// given; its errors are usage errors.
func (a *app) reportFiles(files []output) (*report.Baseline, error) {
	if path := a.v.GetString("write-baseline"); path != "" {
		files = append(slices.Clone(files), output{format: "baseline", path: path, flag: fmt.Sprintf("--write-baseline %q", path)})
	}
	if err := checkOutputs(files); err != nil {
		return nil, usageErr(err)
	}
	path := a.v.GetString("baseline")
	if path == "" {
		return nil, nil
	}
	b, err := report.ReadBaseline(path)
	if err != nil {
		return nil, usageErr(err)
	}
	return b, nil
}

// writeRun writes the --write-baseline file from every finding of r, drops
// the findings the --baseline file holds, and writes the reports.
func (a *app) writeRun(set checkSettings, cfg check.Config, r *report.Report) error {
	if path := a.v.GetString("write-baseline"); path != "" {
		if err := report.WriteFile(path, func(w io.Writer) error { return report.WriteBaseline(w, r) }); err != nil {
			return &exitError{code: exitFailed, err: err}
		}
	}
	if set.baseline != nil {
		set.baseline.Apply(r)
	}
	base, err := a.reportOptions(cfg, r)
	if err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	if err := a.writeReports(set.outs, r, base); err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	return nil
}

// checkConfig reads the story and the flags that say what to check.
func (a *app) checkConfig(cmd *cobra.Command, args []string) (check.Config, error) {
	today, err := parseToday(a.v.GetString("today"))
	if err != nil {
		return check.Config{}, usageErr(fmt.Errorf("%s: %w", a.origin(cmd, "today"), err))
	}
	budget, err := a.budget()
	if err != nil {
		return check.Config{}, err
	}
	s, err := a.loadStory()
	if err != nil {
		return check.Config{}, err
	}
	if len(args) == 0 {
		if err := checkArgs(s.Sources); err != nil {
			return check.Config{}, err
		}
	}
	if dir := a.v.GetString("from-crawl"); dir != "" {
		if !crawl.IsSavedCrawl(dir) {
			return check.Config{}, usageErr(fmt.Errorf("--from-crawl %s: not a saved crawl (no %s in it)", dir, crawl.ManifestName))
		}
		args = append(args, dir)
	}
	opt, err := a.crawlOptions()
	if err != nil {
		return check.Config{}, err
	}
	cfg := check.Config{Story: s, Sources: args, Crawl: opt,
		Workers: a.v.GetInt("workers"), Now: today, Version: version(), Budget: budget}
	if ref := a.v.GetString("changed-since"); ref != "" {
		changed, err := crawl.ChangedSince(cmd.Context(), ref)
		if err != nil {
			return cfg, usageErr(fmt.Errorf("--changed-since %s: %w", ref, err))
		}
		// A changed story can make any source wrong: every finding is the
		// change's to answer for.
		if !changed[filepath.ToSlash(filepath.Clean(s.Path))] {
			cfg.Changed = func(src string) bool { return changed[src] }
		}
	}
	return cfg, nil
}

// reportOptions are what every report of a run is told: the company and
// date for the HTML header, and, with --history, the runs so far with this
// one appended to the file (an interrupted run is not: its scores cover
// only part of the sources).
func (a *app) reportOptions(cfg check.Config, r *report.Report) (report.Options, error) {
	o := report.Options{LinkBase: a.v.GetString("link-base"), Company: cfg.Story.Company, Date: cfg.Now}
	if o.Date.IsZero() {
		o.Date = time.Now()
	}
	path := a.v.GetString("history")
	if path == "" {
		return o, nil
	}
	hist, bad, err := report.ReadHistory(path)
	if err != nil {
		return o, fmt.Errorf("--history: %w", err)
	}
	if len(bad) > 0 {
		fmt.Fprintf(a.stderr, "warning: --history %s: passed over %d lines that are not run summaries (line %d first)\n", path, len(bad), bad[0])
	}
	if !r.Summary.Interrupted {
		e := report.NewHistoryEntry(r, time.Now())
		if err := report.AppendHistory(path, e); err != nil {
			return o, fmt.Errorf("--history: %w", err)
		}
		hist = append(hist, e)
	}
	o.History = hist
	return o, nil
}

// verdict is the exit code for a finished check.
func (set checkSettings) verdict(r *report.Report, maxFindings int) int {
	if set.failOn != nil && r.Count(*set.failOn) > 0 {
		return exitFindings
	}
	if maxFindings >= 0 && r.Findings.Len() > maxFindings {
		return exitFindings
	}
	return exitOK
}

// colour reports whether the text report may use colour on w: a terminal,
// and neither NO_COLOR nor --no-color set.
func (a *app) colour(w io.Writer) bool {
	if a.v.GetBool("no-color") || os.Getenv("NO_COLOR") != "" {
		return false
	}
	return terminal(w)
}

// parseFailOn reads --fail-on; nil means never.
func parseFailOn(s string) (*rules.Severity, error) {
	if s == "never" {
		return nil, nil
	}
	sev, err := rules.ParseSeverity(s)
	if err != nil {
		levels := []string{"error", "warning", "info", "never"}
		hint := ""
		if n := suggest.Nearest(s, levels); n != "" {
			hint = fmt.Sprintf(" (did you mean %q?)", n)
		}
		return nil, fmt.Errorf("unknown severity %q%s; want error, warning, info or never", s, hint)
	}
	return &sev, nil
}

// parseToday reads --today; the zero time means now.
func parseToday(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("cannot read %q as a date (want YYYY-MM-DD)", s)
	}
	return t, nil
}
