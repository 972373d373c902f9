package report

import "errors"

// Report is everything a format may show about one run.
type Report struct {
	Schema    int        `json:"schema"`
	Tool      string     `json:"tool"`
	Version   string     `json:"version"`
	Story     string     `json:"story"`
	Summary   Summary    `json:"summary"`
	Documents []Document `json:"documents"`
	// Findings are the findings in sorted order; the formats read them
	// with Findings.All, as a stream.
	Findings *Findings `json:"-"`
	// View is the story matrix, for the html format and the history's
	// scores; read it with StoryView, which builds it when the run left
	// it to be built on demand (ViewFrom). Nil when there is none.
	View *View `json:"-"`
	// buildView makes View on StoryView's first call; nil once it has.
	buildView func() *View
	// spent are the findings a baseline replaced, kept until Close.
	spent []*Findings
}

// ViewFrom has the story matrix built by build when a format first asks
// for it (StoryView), rather than now: on a large run it holds a copy of
// every statement, and only some formats show it.
func (r *Report) ViewFrom(build func() *View) { r.View, r.buildView = nil, build }

// StoryView returns the story matrix, building it on the first call when
// ViewFrom deferred it; nil when the run made none. Formats are written one
// after another: it is not safe for concurrent use.
func (r *Report) StoryView() *View {
	if r.buildView != nil {
		r.View, r.buildView = r.buildView(), nil
	}
	return r.View
}

// Document is a checked source and its status.
type Document struct {
	Source  string `json:"source"`
	Channel string `json:"channel"`
	Format  string `json:"format"`
	Status  string `json:"status"` // ok | unreadable | suppressed
	// OtherURLs are the other addresses of a crawled page, read once under
	// Source: URLs that redirected to it, that it or they name as canonical,
	// or whose bytes were the same. Sorted; absent when there are none.
	OtherURLs []string `json:"other_urls,omitempty"`
}

// Summary counts documents and findings.
type Summary struct {
	Documents  int            `json:"documents"`
	Unreadable int            `json:"unreadable"`
	Findings   int            `json:"findings"`
	BySeverity map[string]int `json:"by_severity"`
	ByRule     map[string]int `json:"by_rule"`
	ByChannel  map[string]int `json:"by_channel"`
	// Baseline is set when a baseline was applied.
	Baseline *BaselineStats `json:"baseline,omitempty"`
	// Skipped counts the files folder walks passed by without reading
	// them (unknown formats, symbolic links leaving the folder, pipes);
	// absent when none. `onestory inspect` lists them with the reasons.
	Skipped int `json:"skipped,omitempty"`
	// Interrupted is set when the run was stopped (Ctrl-C, a signal)
	// before it read every source: the report covers the documents read
	// until then, and blames none of those it was reading.
	Interrupted bool `json:"interrupted,omitempty"`
}

// Close removes the temporary files that the report's findings, and those
// a baseline replaced, may be spilled to; the report is empty of findings
// afterwards.
func (r *Report) Close() error {
	errs := []error{r.Findings.Close()}
	for _, s := range r.spent {
		errs = append(errs, s.Close())
	}
	r.spent = nil
	return errors.Join(errs...)
}
