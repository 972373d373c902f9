package check

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// RunPart checks the documents of cfg.Shard as Run does, but runs no
// corpus rule: it returns the shard's partial result — its documents,
// their findings and what the corpus rules need of them — for Merge to
// join with the other shards'. cfg.Changed is not applied.
func RunPart(ctx context.Context, cfg Config) (*report.Part, error) {
	cfg = withDefaults(cfg)
	sum, err := StorySum(cfg.Story)
	if err != nil {
		return nil, err
	}
	c, walkErr := collect(ctx, cfg)
	if c == nil {
		return nil, walkErr
	}
	shard := cfg.Shard
	if shard.Count < 1 {
		shard = Shard{Index: 1, Count: 1}
	}
	findings := make([]rules.Finding, 0, c.n)
	for _, fs := range c.perDoc {
		findings = append(findings, fs...)
	}
	rules.Sort(findings)
	docs := slices.Clone(c.docs)
	slices.SortFunc(docs, func(a, b report.Document) int { return strings.Compare(a.Source, b.Source) })
	p := &report.Part{
		Header: report.PartHeader{Version: cfg.Version, Story: cfg.Story.Path, StorySHA256: sum,
			Today: cfg.Now.Format(time.DateOnly), Shard: shard.Index, Of: shard.Count},
		Documents: docs, Findings: findings, State: c.ck.State(),
		Skipped: c.skipped, Interrupted: ctx.Err() != nil,
	}
	return p, walkErr
}

// StorySum returns the SHA-256 of the story file's bytes, in hex; "" for a
// story read from no file.
func StorySum(s *story.Story) (string, error) {
	if s == nil || s.Path == "" {
		return "", nil
	}
	b, err := os.ReadFile(s.Path)
	if err != nil {
		return "", fmt.Errorf("story: %w", err)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:]), nil
}

// MergeConfig says what Merge joins.
type MergeConfig struct {
	Story    *story.Story
	Version  string         // the tool's version: parts of another are refused
	Parts    []*report.Part // every shard's, in any order
	Names    []string       // the parts' file names, for errors
	SkipView bool           // as Config.SkipView
}

// Merge joins the parts of every shard of a run and runs the corpus rules
// over their joined index: the report is the one a single run over every
// document would give, finding for finding, in the same order. Parts of
// another story file, tool version, day or shard count, a shard given
// twice or missing, and a source checked by two shards are errors.
func Merge(ctx context.Context, mc MergeConfig) (*report.Report, error) {
	now, err := checkParts(mc)
	if err != nil {
		return nil, err
	}
	ck, err := rules.NewChecker(mc.Story, now)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	var docs []report.Document
	var findings []rules.Finding
	skipped, interrupted := 0, false
	for _, p := range mc.Parts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		docs = append(docs, p.Documents...)
		findings = append(findings, p.Findings...)
		ck.Absorb(p.State)
		skipped += p.Skipped
		interrupted = interrupted || p.Interrupted
	}
	if err := sameSourceTwice(docs, mc.Names, mc.Parts); err != nil {
		return nil, err
	}
	findings = append(findings, ck.Corpus()...)
	rules.Sort(findings)
	r := report.New(mc.Version, mc.Story.Path, docs, findings)
	r.Summary.Skipped = skipped
	r.Summary.Interrupted = interrupted
	if !mc.SkipView {
		r.View = report.NewView(mc.Story, ck.Statements(), findings)
	}
	return r, nil
}

// checkParts makes sure the parts are every shard of one run of this
// story and version, and returns the day they checked against.
func checkParts(mc MergeConfig) (time.Time, error) {
	if len(mc.Parts) == 0 {
		return time.Time{}, errors.New("no parts to merge")
	}
	sum, err := StorySum(mc.Story)
	if err != nil {
		return time.Time{}, err
	}
	name := func(i int) string {
		if i < len(mc.Names) {
			return mc.Names[i]
		}
		return fmt.Sprintf("part %d", i+1)
	}
	first := mc.Parts[0].Header
	seen := map[int]string{}
	for i, p := range mc.Parts {
		h := p.Header
		switch {
		case h.StorySHA256 != sum:
			return time.Time{}, fmt.Errorf("%s: checked against another story file than %s (its %s was not the same bytes); run every shard and the merge with one story", name(i), mc.Story.Path, h.Story)
		case h.Version != mc.Version:
			return time.Time{}, fmt.Errorf("%s: written by onestory %s; this is %s: run every shard and the merge with one version", name(i), h.Version, mc.Version)
		case h.Of != first.Of:
			return time.Time{}, fmt.Errorf("%s: shard %d/%d, but %s is shard %d/%d: parts of different runs", name(i), h.Shard, h.Of, name(0), first.Shard, first.Of)
		case h.Today != first.Today:
			return time.Time{}, fmt.Errorf("%s: checked as of %s, but %s as of %s: give every shard the same --today", name(i), h.Today, name(0), first.Today)
		case seen[h.Shard] != "":
			return time.Time{}, fmt.Errorf("%s: shard %d/%d is also %s", name(i), h.Shard, h.Of, seen[h.Shard])
		}
		seen[h.Shard] = name(i)
	}
	var missing []string
	for s := 1; s <= first.Of; s++ {
		if seen[s] == "" {
			missing = append(missing, fmt.Sprintf("%d/%d", s, first.Of))
		}
	}
	if len(missing) > 0 {
		return time.Time{}, fmt.Errorf("missing shard %s: nothing is merged from a partial set", strings.Join(missing, ", "))
	}
	return time.Parse(time.DateOnly, first.Today)
}

// sameSourceTwice reports a source that two parts both checked: shards of
// different source lists.
func sameSourceTwice(docs []report.Document, names []string, parts []*report.Part) error {
	by := make(map[string]int, len(docs))
	for i, p := range parts {
		for _, d := range p.Documents {
			if j, ok := by[d.Source]; ok && j != i {
				return fmt.Errorf("%s was checked by two shards (%s and %s): run every shard over the same sources", d.Source, partName(names, j), partName(names, i))
			}
			by[d.Source] = i
		}
	}
	return nil
}

func partName(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("part %d", i+1)
}
