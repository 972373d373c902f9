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
	cfg = WithDefaults(cfg)
	sum, err := StorySum(cfg.Story)
	if err != nil {
		return nil, err
	}
	c, walkErr := collect(ctx, cfg, nil)
	if c == nil {
		return nil, walkErr
	}
	shard := cfg.Shard
	if shard.Count < 1 {
		shard = Shard{Index: 1, Count: 1}
	}
	docs := slices.Clone(c.docs)
	slices.SortFunc(docs, func(a, b report.Document) int { return strings.Compare(a.Source, b.Source) })
	p := &report.Part{
		Header: report.PartHeader{Version: cfg.Version, Story: cfg.Story.Path, StorySHA256: sum,
			Today: cfg.Now.Format(time.DateOnly), Shard: shard.Index, Of: shard.Count},
		Documents: docs, Findings: c.findings, State: c.ck.State(),
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
	Story   *story.Story
	Version string         // the tool's version: parts of another are refused
	Parts   []*report.Part // every shard's, in any order
	Names   []string       // the parts' file names, for errors
}

// Merge joins the parts of every shard of a run and runs the corpus rules
// over their joined index: the report is the one a single run over every
// document would give, finding for finding, in the same order. Parts of
// another story file, tool version, day or shard count, a shard given
// twice or missing, and a source checked by two shards are errors.
func Merge(ctx context.Context, mc MergeConfig) (*report.Report, error) {
	if len(mc.Parts) == 0 {
		return nil, errors.New("no parts to merge")
	}
	m, err := NewMerger(mc.Story, mc.Version)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	for i, p := range mc.Parts {
		if err := m.Add(partName(mc.Names, i), p); err != nil {
			return nil, err
		}
	}
	return m.Report(ctx)
}

// A Merger joins parts one at a time, so that a part's index is handed to
// the checker and its file can go before the next is read.
type Merger struct {
	story    *story.Story
	version  string
	sum      string // the story file's hash
	ck       *rules.Checker
	first    report.PartHeader
	shards   map[int]string    // part names by shard
	sources  map[string]string // part names by source
	docs     []report.Document
	findings *report.Findings
	skipped  int
	stopped  bool // a shard was interrupted
}

// NewMerger returns a Merger of parts checked against s by onestory
// version.
func NewMerger(s *story.Story, version string) (*Merger, error) {
	sum, err := StorySum(s)
	if err != nil {
		return nil, err
	}
	return &Merger{story: s, version: version, sum: sum, shards: map[int]string{}, sources: map[string]string{},
		findings: report.NewFindings()}, nil
}

// Today returns the day the parts were checked as of (their --today), or
// the zero time before a part is added.
func (m *Merger) Today() time.Time {
	t, _ := time.Parse(time.DateOnly, m.first.Today)
	return t
}

// Add takes in the part read from the file name, or says why it does not
// belong with the parts added before it. Either way the part's findings
// are the Merger's afterwards (p.Findings is left empty): a merge holds
// them in one report.Findings, spilled to temporary files past a bound.
func (m *Merger) Add(name string, p *report.Part) error {
	if err := m.fits(name, p.Header); err != nil {
		p.Findings.Close()
		return err
	}
	if m.ck == nil {
		now, err := time.Parse(time.DateOnly, p.Header.Today)
		if err != nil {
			p.Findings.Close()
			return fmt.Errorf("%s: today %q: %w", name, p.Header.Today, err)
		}
		if m.ck, err = rules.NewChecker(m.story, now); err != nil {
			p.Findings.Close()
			return fmt.Errorf("rules: %w", err)
		}
		m.first = p.Header
	}
	for _, d := range p.Documents {
		if other, ok := m.sources[d.Source]; ok {
			p.Findings.Close()
			return fmt.Errorf("%s was checked by two shards (%s and %s): run every shard over the same sources", d.Source, other, name)
		}
		m.sources[d.Source] = name
	}
	m.shards[p.Header.Shard] = name
	m.docs = append(m.docs, p.Documents...)
	m.findings.Absorb(p.Findings)
	m.ck.Absorb(p.State)
	m.skipped += p.Skipped
	m.stopped = m.stopped || p.Interrupted
	return nil
}

// Close removes the temporary files of the findings added and not yet
// handed to a report.
func (m *Merger) Close() error { return m.findings.Close() }

// fits says why a part's header does not match the story, the version
// and the parts before it.
func (m *Merger) fits(name string, h report.PartHeader) error {
	switch {
	case h.StorySHA256 != m.sum:
		return fmt.Errorf("%s: checked against another story file than %s (its %s was not the same bytes); run every shard and the merge with one story", name, m.story.Path, h.Story)
	case h.Version != m.version:
		return fmt.Errorf("%s: written by onestory %s; this is %s: run every shard and the merge with one version", name, h.Version, m.version)
	case m.ck == nil:
		return nil
	case h.Of != m.first.Of:
		return fmt.Errorf("%s: shard %d/%d, but %s is shard %d/%d: parts of different runs", name, h.Shard, h.Of, m.shards[m.first.Shard], m.first.Shard, m.first.Of)
	case h.Today != m.first.Today:
		return fmt.Errorf("%s: checked as of %s, but %s as of %s: give every shard the same --today", name, h.Today, m.shards[m.first.Shard], m.first.Today)
	case m.shards[h.Shard] != "":
		return fmt.Errorf("%s: shard %d/%d is also %s", name, h.Shard, h.Of, m.shards[h.Shard])
	}
	return nil
}

// Report runs the corpus rules over the parts added and returns the
// report of the whole run; every shard must have been added.
func (m *Merger) Report(ctx context.Context) (*report.Report, error) {
	if m.ck == nil {
		return nil, errors.New("no parts to merge")
	}
	var missing []string
	for s := 1; s <= m.first.Of; s++ {
		if m.shards[s] == "" {
			missing = append(missing, fmt.Sprintf("%d/%d", s, m.first.Of))
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing shard %s: nothing is merged from a partial set", strings.Join(missing, ", "))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.sources = nil
	m.findings.Add(m.ck.Corpus()...)
	fs := m.findings
	m.findings = report.NewFindings() // the report's now
	return newReport(m.version, m.story, m.ck, m.docs, fs, m.skipped, m.stopped)
}

func partName(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("part %d", i+1)
}
