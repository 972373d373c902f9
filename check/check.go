package check

import (
	"context"
	"errors"
	"fmt"
	"github.com/onestory/onestory/format"
	"runtime"
	"sync"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/isolate"
	"github.com/onestory/onestory/extract/reader"
	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// Config says what to check and how.
type Config struct {
	Story   *story.Story
	Sources []string      // paths, URLs, "-"; the story's sources when empty
	Crawl   crawl.Options // Channel and Ignore default to the story's
	Workers int           // 0: one per core
	Now     time.Time     // today; zero: time.Now()
	Version string        // the tool's version, for the report
	// Changed, when set, limits the findings to those a change is
	// answerable for (see answerable); every source is still read, since a
	// changed page can conflict with an unchanged one.
	Changed func(source string) bool
	// Budget bounds the time and memory of reading one document: the
	// binary formats are read in child processes (package isolate), which
	// the executable must serve by calling isolate.Main first. A document
	// past its budget is an unreadable-source finding naming the limit.
	// The zero value reads every document in this process, unbounded.
	Budget isolate.Budget
	// Progress, when set, is called once per source read, from any
	// goroutine: a progress display counts with it.
	Progress func()
	// Shard, when its Count is above 1, limits the run to the documents
	// whose source falls in it (see Shard.Has); the zero value is the
	// whole run.
	Shard Shard
}

// Run checks every document of cfg.Sources against cfg.Story. Content
// problems, unreadable sources included, are findings; the error is for the
// run itself failing. A cancelled context returns the report so far, marked
// Interrupted, and the context's error; the documents being read when it
// was cancelled are left out of the report, not reported unreadable.
//
// A document's findings leave memory as it is finished (report.Findings
// spills them to temporary files past a bound); what the run holds is the
// documents' list and the index of mentions the corpus rules read. Close
// the report once written to remove the temporary files.
func Run(ctx context.Context, cfg Config) (*report.Report, error) {
	c, walkErr := collect(ctx, cfg, cfg.Changed)
	if c == nil {
		return nil, walkErr
	}
	for _, f := range c.ck.Corpus() {
		c.add(f)
	}
	r, err := newReport(cfg.Version, cfg.Story, c.ck, c.docs, c.findings, c.skipped, ctx.Err() != nil)
	if err != nil {
		return nil, err
	}
	return r, walkErr
}

// newReport returns the report of a run's documents and findings (every
// one, the corpus rules' included), its story matrix built from them when
// a format asks for it; the error is one reading the findings back.
func newReport(version string, s *story.Story, ck *rules.Checker, docs []report.Document, fs *report.Findings,
	skipped int, interrupted bool) (*report.Report, error) {
	r := report.NewOf(version, s.Path, docs, fs)
	r.Summary.Skipped = skipped
	r.Summary.Interrupted = interrupted
	all := r.Findings // before any baseline replaces them: the matrix shows every finding
	r.ViewFrom(func() *report.View { return report.NewView(s, ck.Statements(), all.All()) })
	if err := r.Findings.Err(); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// collected is what a run holds once every document is read, before its
// corpus rules run: the checker, the documents and their findings.
type collected struct {
	ck       *rules.Checker
	docs     []report.Document
	findings *report.Findings
	keep     func(rules.Finding) bool // nil: every finding
	skipped  int
}

// add takes in a finding the run keeps.
func (c *collected) add(f rules.Finding) {
	if c.keep == nil || c.keep(f) {
		c.findings.Add(f)
	}
}

// collect reads every document of cfg.Shard and runs the document rules
// over it; with changed set, it keeps only the findings a change is
// answerable for (answerable). It returns nil and the error when nothing
// could be read.
func collect(ctx context.Context, cfg Config, changed func(string) bool) (*collected, error) {
	cfg = WithDefaults(cfg)
	if len(cfg.Sources) == 0 {
		return nil, ErrNoSources
	}
	ck, err := rules.NewChecker(cfg.Story, cfg.Now)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	az, err := analyze.NewFor(cfg.Story, ck.Reads())
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	c := &collected{ck: ck, findings: report.NewFindings()}
	if changed != nil {
		c.keep = func(f rules.Finding) bool { return answerable(f, changed, cfg.Story.Path) }
	}
	cfg.Crawl.Skipped = alsoSkipped(cfg.Crawl.Skipped, func(s crawl.Skip) {
		if cfg.Shard.Has(s.Source) {
			c.skipped++
		}
	})
	others := otherURLs{}
	cfg.Crawl.Aliases = alsoAlias(cfg.Crawl.Aliases, others.add)
	var mu sync.Mutex
	walkErr := Stream(ctx, cfg, az, func(d *analyze.Doc, src crawl.Document, err error) {
		fs, status := findingsOf(ck, d, src, err)
		if cfg.Progress != nil {
			cfg.Progress()
		}
		mu.Lock()
		if status != "" {
			c.docs = append(c.docs, report.Document{Source: src.Source, Channel: src.Channel, Format: string(src.Format), Status: status})
		}
		for _, f := range fs {
			c.add(f)
		}
		mu.Unlock()
	})
	others.attach(c.docs)
	return c, walkErr
}

// findingsOf returns the findings of one source the stream read and its
// status in the report: "ok", "unreadable", or "" for a notice about the
// crawl (its page limit), which is not a document. A document's warnings
// (a page not rendered) are findings too.
func findingsOf(ck *rules.Checker, d *analyze.Doc, src crawl.Document, err error) ([]rules.Finding, string) {
	var fs []rules.Finding
	status := "ok"
	var limit *crawl.LimitError
	switch {
	case errors.As(err, &limit):
		return ck.Notice(src.Source, src.Channel, src.Format, err), ""
	case err != nil:
		status = "unreadable"
		fs = ck.Unreadable(src.Source, src.Channel, src.Format, err)
	default:
		fs = ck.Document(d)
	}
	for _, w := range src.Warnings {
		fs = append(fs, ck.Notice(src.Source, src.Channel, src.Format, w)...)
	}
	return fs, status
}

// alsoSkipped returns a crawl.Options.Skipped that calls both prev (when
// set) and fn.
func alsoSkipped(prev, fn func(crawl.Skip)) func(crawl.Skip) {
	if prev == nil {
		return fn
	}
	return func(s crawl.Skip) { prev(s); fn(s) }
}

// Stream reads the sources of cfg and calls fn from cfg.Workers goroutines
// with each analysed document, or with the error that made it unreadable;
// once ctx is done, a document that fails is not passed to fn (its failure
// is the cancellation's).
// It holds no more than a few documents in memory at once, unless fn keeps
// them: each document is fn's to keep or let go.
func Stream(ctx context.Context, cfg Config, az *analyze.Analyzer, fn func(*analyze.Doc, crawl.Document, error)) error {
	cfg = WithDefaults(cfg)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	products := cfg.Story != nil && cfg.Story.Catalog != nil // pages' products are read for a catalogue only
	var ext extractFunc = reader.Extract
	if products {
		ext = reader.ExtractProducts
	}
	if !cfg.Budget.IsZero() {
		pool, err := isolate.New(cfg.Budget, cfg.Workers)
		if err != nil {
			return err
		}
		defer pool.Close()
		ext = pool.Extract
		if products {
			ext = pool.ExtractProducts
		}
	}
	if cfg.Shard.Count > 1 {
		cfg.Crawl.Keep = cfg.Shard.Has
	}
	queue := make(chan crawl.Document, cfg.Workers)
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Go(func() {
			for src := range queue {
				d, err := read(ctx, ext, az, src)
				if err != nil && ctx.Err() != nil {
					continue // stopped while reading it: not the document's fault, and not checked
				}
				fn(d, src, err)
			}
		})
	}
	err := crawl.Walk(ctx, cfg.Sources, cfg.Crawl, func(d crawl.Document) error {
		if !cfg.Shard.Has(d.Source) {
			return nil // another shard's
		}
		select {
		case queue <- d:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(queue)
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// read extracts and analyses one document; the error says why it could not.
func read(ctx context.Context, ext extractFunc, az *analyze.Analyzer, src crawl.Document) (d *analyze.Doc, err error) {
	if src.Err != nil {
		return nil, src.Err
	}
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("internal error while reading %s: %v", src.Source, r)
		}
	}()
	t, err := ext(ctx, src.Format, src.Source, src.Body)
	if err != nil {
		return nil, err
	}
	return az.Analyze(ctx, t, src.Channel), nil
}

// extractFunc is reader.Extract, or a pool's Extract.
type extractFunc func(ctx context.Context, f format.Format, source string, data []byte) (*extract.Text, error)

// WithDefaults returns cfg as Run reads it: the workers, today, and the
// story's sources, channels and ignored paths filled in where cfg leaves
// them unset.
func WithDefaults(cfg Config) Config {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Now.IsZero() {
		cfg.Now = time.Now()
	}
	if len(cfg.Sources) == 0 && cfg.Story != nil {
		cfg.Sources = cfg.Story.Sources
		// URLs in the story file are read from a file, as a URL list's
		// are: they may not widen the private-address policy.
		cfg.Crawl.Web.StartsFromFile = true
	}
	if cfg.Crawl.Channel == nil && cfg.Story != nil {
		cfg.Crawl.Channel = cfg.Story.ChannelOf
	}
	if cfg.Crawl.Ignore == nil && cfg.Story != nil {
		cfg.Crawl.Ignore = cfg.Story.Ignored
	}
	return cfg
}

// ErrNoSources is returned when there is nothing to check.
var ErrNoSources = errors.New("no sources: name files, folders or URLs, or list them under sources: in the story file")

// answerable reports whether a change is answerable for a finding: one
// located in a changed source, a corpus finding that names a changed source
// among its related locations, and a finding about the story itself (a
// missing message), which belongs to every change.
func answerable(f rules.Finding, changed func(string) bool, storyPath string) bool {
	return f.Location.Source == storyPath || changed(f.Location.Source) || relatedChanged(f, changed)
}

func relatedChanged(f rules.Finding, changed func(string) bool) bool {
	for _, l := range f.Related {
		if changed(l.Source) {
			return true
		}
	}
	return false
}
