package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/report"
)

func (a *app) mergeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "merge PART...",
		Short: "Join the parts of a sharded check into one report",
		Long: `merge reads the parts that onestory check --shard I/N --output part=FILE wrote,
one for each shard, runs the rules that compare sources with each other over
all of them, and writes the report one check over every source would have
written, finding for finding. Every shard must be there, checked against the
same story file by the same version of onestory.

Exit codes as for check: 0 nothing at or above --fail-on; 1 findings at or
above it; 2 bad usage, an invalid story file, or parts that do not make one
run; 3 a part could not be read or a shard was interrupted.`,
		Example: `  onestory merge parts/*.part --output report.html --output sarif=onestory.sarif
  onestory merge shard-1.part shard-2.part shard-3.part --fail-on warning`,
		Args: cobra.MinimumNArgs(1),
		RunE: a.runMerge,
	}
	f := cmd.Flags()
	addReportFlags(f)
	f.StringArray("output", nil, "write the report to `FILE` instead of standard output, or FORMAT=FILE to add a report in another format (repeatable)")
	f.String("link-base", "", "markdown: `URL` prefix for links to sources")
	return cmd
}

func (a *app) runMerge(cmd *cobra.Command, args []string) error {
	set, err := a.mergeSettings(cmd)
	if err != nil {
		return err
	}
	s, err := a.loadStory()
	if err != nil {
		return err
	}
	m, err := check.NewMerger(s, version())
	if err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	defer m.Close()
	for _, name := range args {
		p, err := readPart(name)
		if err != nil {
			return &exitError{code: exitFailed, err: err}
		}
		if err := m.Add(name, p); err != nil {
			return usageErr(fmt.Errorf("merge: %w", err))
		}
	}
	r, err := m.Report(cmd.Context())
	if err != nil {
		return usageErr(fmt.Errorf("merge: %w", err))
	}
	defer r.Close()
	if err := a.writeRun(set, check.Config{Story: s, Now: m.Today()}, r); err != nil {
		return err
	}
	if r.Summary.Interrupted {
		return &exitError{code: exitFailed, err: errors.New("a shard was interrupted: the report covers only the documents its part holds")}
	}
	if a.v.GetString("write-baseline") == "" {
		a.code = set.verdict(r, a.v.GetInt("max-findings"))
	}
	return nil
}

// readPart reads the part file name.
func readPart(name string) (*report.Part, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("part: %w", err)
	}
	defer f.Close()
	return report.ReadPart(f, name)
}

// mergeSettings reads the report flags of merge, as check reads them.
func (a *app) mergeSettings(cmd *cobra.Command) (set checkSettings, err error) {
	if set.failOn, err = parseFailOn(a.v.GetString("fail-on")); err != nil {
		return set, usageErr(fmt.Errorf("%s: %w", a.origin(cmd, "fail-on"), err))
	}
	if set.outs, err = parseOutputs(a.v.GetString("format"), a.v.IsSet("format"), a.v.GetStringSlice("output")); err != nil {
		return set, usageErr(err)
	}
	set.baseline, err = a.reportFiles(set.outs)
	return set, err
}
