package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/onestory/onestory/rules"
)

// Baseline is a record of known findings, by fingerprint, so that a CI gate
// reports only what is new. It is JSON, meant to be committed.
type Baseline struct {
	Schema   int             `json:"schema"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one known finding. Only Fingerprint and Places are
// matched; the rest is there for the person who reads the file.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	// Places are the fingerprints of the same finding at its other places,
	// for a finding that gathers the places of one wrong value
	// (rules.StatedAt): when its first place is fixed, it moves to the next,
	// and is still the problem the baseline knows.
	Places  []string `json:"places,omitempty"`
	Rule    string   `json:"rule"`
	Source  string   `json:"source"`
	Subject string   `json:"subject,omitempty"`
	Found   string   `json:"found,omitempty"`
	Message string   `json:"message"`
}

// BaselineStats says what a baseline did to a report.
type BaselineStats struct {
	Suppressed int `json:"suppressed"` // findings known to the baseline, not reported
	Fixed      int `json:"fixed"`      // baseline entries no longer found
}

// NewBaseline records every finding of r.
func NewBaseline(r *Report) *Baseline {
	b := &Baseline{Schema: Schema, Tool: "onestory", Findings: []BaselineEntry{}}
	for f := range r.Findings.All() {
		b.Findings = append(b.Findings, baselineEntry(f))
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

// baselineEntry returns the entry that records f.
func baselineEntry(f rules.Finding) BaselineEntry {
	fps := placeFingerprints(f)
	return BaselineEntry{Fingerprint: fps[0], Places: fps[1:], Rule: f.Rule,
		Source: f.Location.Source, Subject: f.Subject, Found: f.Found, Message: f.Message}
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

// Apply removes from r the findings the baseline knows, using each entry
// once: a finding is known when one of its place fingerprints
// (placeFingerprints) is an unused entry's fingerprint or one of its
// Places. It recounts the summary and records how many were suppressed and
// how many baseline entries were not found again (fixed).
func (b *Baseline) Apply(r *Report) {
	byPrint := map[string][]int{} // entries by fingerprint, their places' included
	for i, e := range b.Findings {
		for _, fp := range append([]string{e.Fingerprint}, e.Places...) {
			if list := byPrint[fp]; len(list) == 0 || list[len(list)-1] != i {
				byPrint[fp] = append(list, i)
			}
		}
	}
	used := make([]bool, len(b.Findings))
	stats := BaselineStats{}
	kept := r.Findings.Filter(func(f rules.Finding) bool {
		if i := known(byPrint, used, f); i >= 0 {
			used[i] = true
			stats.Suppressed++
			return false
		}
		return true
	})
	for _, u := range used {
		if !u {
			stats.Fixed++
		}
	}
	r.spent = append(r.spent, r.Findings) // what a view built later reads; Close removes it
	r.Findings = kept
	r.Summary = summarize(r.Documents, kept)
	r.Summary.Baseline = &stats
}

// known returns the first unused entry that knows f at one of its places,
// or -1.
func known(byPrint map[string][]int, used []bool, f rules.Finding) int {
	for _, fp := range placeFingerprints(f) {
		for _, i := range byPrint[fp] {
			if !used[i] {
				return i
			}
		}
	}
	return -1
}

// placeFingerprints returns f's fingerprint and, for a finding that gathers
// the places of one wrong value (rules.StatedAt), those of the same finding
// located at each of its other places.
func placeFingerprints(f rules.Finding) []string {
	places := rules.StatedAt(f)
	fps := make([]string, 0, len(places))
	for i, at := range places {
		g := f
		if i > 0 {
			g.Location = at
		}
		if fp := Fingerprint(g); !slices.Contains(fps, fp) { // places in one source share one
			fps = append(fps, fp)
		}
	}
	return fps
}

// WriteBaseline writes the baseline of every finding of r, the same bytes
// as NewBaseline(r).Write, holding one source's entries at a time instead
// of one for every finding of the run: the findings come in report order,
// source by source, and a baseline orders each source's entries by
// fingerprint.
func WriteBaseline(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\n  \"schema\": %d,\n  \"tool\": \"onestory\",\n  \"findings\": [", Schema)
	var (
		batch []BaselineEntry
		buf   bytes.Buffer
		n     int
	)
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	flush := func() error {
		slices.SortStableFunc(batch, func(x, y BaselineEntry) int { return strings.Compare(x.Fingerprint, y.Fingerprint) })
		for _, e := range batch {
			buf.Reset()
			if err := enc.Encode(e); err != nil {
				return err
			}
			if n > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n    ")
			bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
			n++
		}
		clear(batch)
		batch = batch[:0]
		return nil
	}
	for f := range r.Findings.All() {
		if len(batch) > 0 && batch[0].Source != f.Location.Source {
			if err := flush(); err != nil {
				return err
			}
		}
		batch = append(batch, baselineEntry(f))
	}
	if err := flush(); err != nil {
		return err
	}
	if err := r.Findings.Err(); err != nil {
		return err
	}
	if n > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}
