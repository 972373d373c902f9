package report

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
)

// Baseline is a record of known findings, by fingerprint, so that a CI gate
// reports only what is new. It is JSON, meant to be committed.
type Baseline struct {
	Schema   int             `json:"schema"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one known finding. Only Fingerprint is matched; the rest
// is there for the person who reads the file.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Source      string `json:"source"`
	Subject     string `json:"subject,omitempty"`
	Found       string `json:"found,omitempty"`
	Message     string `json:"message"`
}

// BaselineStats says what a baseline did to a report.
type BaselineStats struct {
	Suppressed int `json:"suppressed"` // findings known to the baseline, not reported
	Fixed      int `json:"fixed"`      // baseline entries no longer found
}

// NewBaseline records every finding of r.
func NewBaseline(r *Report) *Baseline {
	b := &Baseline{Schema: Schema, Tool: "onestory", Findings: []BaselineEntry{}}
	for _, f := range r.Findings {
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: Fingerprint(f), Rule: f.Rule,
			Source: f.Location.Source, Subject: f.Subject, Found: f.Found, Message: f.Message})
	}
	sort.SliceStable(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Source != y.Source {
			return x.Source < y.Source
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// ReadBaseline reads a baseline file written by Baseline.Write.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a onestory baseline: %w", path, err)
	}
	if b.Schema != Schema {
		return nil, fmt.Errorf("baseline %s: schema %d, want %d", path, b.Schema, Schema)
	}
	return &b, nil
}

// Apply removes from r the findings the baseline knows, counting each
// fingerprint as many times as the baseline holds it, recounts the summary
// and records how many were suppressed and how many baseline entries were
// not found again (fixed).
func (b *Baseline) Apply(r *Report) {
	known := map[string]int{}
	for _, e := range b.Findings {
		known[e.Fingerprint]++
	}
	kept := r.Findings[:0:0]
	stats := BaselineStats{}
	for _, f := range r.Findings {
		fp := Fingerprint(f)
		if known[fp] > 0 {
			known[fp]--
			stats.Suppressed++
			continue
		}
		kept = append(kept, f)
	}
	for _, n := range known {
		stats.Fixed += n
	}
	r.Findings = kept
	r.Summary = summarize(r.Documents, kept)
	r.Summary.Baseline = &stats
}
