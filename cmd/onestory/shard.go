package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/report"
)

// addShardFlags adds the flags of a sharded check.
func addShardFlags(f *pflag.FlagSet) {
	f.String("shard", "", "check only shard `I/N` of the sources (by a stable hash of each path or URL) and write a part for onestory merge; needs --output part=FILE")
	f.Int("shard-count", 0, "the number of shards `N` when JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) names the shard")
}

// splitPart takes the --output part=FILE entry out of outs and returns the
// rest and FILE ("" when there is none).
func splitPart(outs []string) ([]string, string, error) {
	var rest []string
	part := ""
	for _, o := range outs {
		name, path, ok := strings.Cut(o, "=")
		if !ok || name != "part" {
			rest = append(rest, o)
			continue
		}
		if path == "" {
			return nil, "", fmt.Errorf("--output %q: no file after \"part=\"", o)
		}
		if part != "" {
			return nil, "", fmt.Errorf("--output part=%s and --output %q: a shard writes one part", part, o)
		}
		part = path
	}
	return rest, part, nil
}

// shardSettings reads --shard, or the CI engine's shard when a part is
// written and --shard is not set. A shard of more than one needs a part:
// its own report would miss what it has in common with the others.
func (a *app) shardSettings(cmd *cobra.Command, part string, rest []string) (check.Shard, error) {
	var sh check.Shard
	if v := a.v.GetString("shard"); v != "" {
		s, err := check.ParseShard(v)
		if err != nil {
			return sh, usageErr(fmt.Errorf("%s: %w", a.origin(cmd, "shard"), err))
		}
		sh = s
	} else if part != "" {
		s, _, err := check.ShardFromEnv(os.Getenv, a.v.GetInt("shard-count"))
		if err != nil {
			return sh, usageErr(err)
		}
		sh = s
	}
	switch {
	case sh.Count > 1 && part == "":
		return sh, usageErr(fmt.Errorf("--shard %s: a shard's own report would miss conflicts with the others; write --output part=FILE and join the parts with onestory merge", sh))
	case part != "" && (len(rest) > 0 || a.v.IsSet("format")):
		return sh, usageErr(errors.New("--output part=FILE: a shard writes its part only; ask onestory merge for the reports"))
	case part != "" && a.v.GetString("changed-since") != "":
		return sh, usageErr(errors.New("--changed-since cannot be combined with --output part=FILE"))
	case part != "" && (a.v.GetString("baseline") != "" || a.v.GetString("write-baseline") != ""):
		return sh, usageErr(errors.New("--output part=FILE: baselines apply when the parts are merged; give --baseline to onestory merge"))
	}
	return sh, nil
}

// runPart checks one shard and writes its part. Findings do not set the
// exit code: onestory merge decides it for the whole run.
func (a *app) runPart(cmd *cobra.Command, set checkSettings) error {
	p, runErr := check.RunPart(cmd.Context(), set.cfg)
	if errors.Is(runErr, check.ErrNoSources) {
		return usageErr(runErr)
	}
	if p == nil {
		return &exitError{code: exitFailed, err: runErr}
	}
	defer p.Findings.Close()
	p.Header.Version = version()
	if err := report.WriteFile(set.part, func(w io.Writer) error { return report.WritePart(w, p) }); err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	fmt.Fprintf(a.stderr, "onestory: shard %d/%d: %d documents, %d findings so far; part written to %s\n",
		p.Header.Shard, p.Header.Of, len(p.Documents), p.Findings.Len()+len(p.State.Held), set.part)
	if p.Interrupted {
		return &exitError{code: exitFailed, err: errors.New("interrupted: the part covers only the documents read before the stop")}
	}
	if runErr != nil {
		return &exitError{code: exitFailed, err: fmt.Errorf("check stopped early; the part covers only what was checked: %w", runErr)}
	}
	return nil
}
