package report

import (
	"bufio"
	"container/heap"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"os"
	"slices"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// Findings are a report's findings, in the order rules.Sort gives them,
// held so that memory does not grow with their number: up to a bound they
// stay in memory; past it they are sorted and written to a temporary file
// (a sorted run), and All merges the runs back as the report is written.
// The counts the summary needs are kept as findings are added.
//
// A Findings is not safe for concurrent use. Close removes its temporary
// files; a report built from one should be closed once written. A nil
// *Findings reads as empty.
type Findings struct {
	mem    []rules.Finding // not yet spilled; sorted when sorted is set
	sorted bool
	runs   []*run
	n      int
	counts counts
	// spillAfter is how many findings stay in memory before they are
	// spilled; maxRuns how many runs are kept before they are merged into
	// one (each holds an open file).
	spillAfter, maxRuns int
	err                 error // the first error reading a run
}

// counts are what the summary counts of the findings.
type counts struct {
	bySeverity, byRule, byChannel map[string]int
	atLeast                       [3]int // findings at or above info, warning, error
}

// add adds the counts of o to c.
func (c *counts) add(o counts) {
	addTo(c.bySeverity, o.bySeverity)
	addTo(c.byRule, o.byRule)
	addTo(c.byChannel, o.byChannel)
	for i, v := range o.atLeast {
		c.atLeast[i] += v
	}
}

func addTo(dst, src map[string]int) {
	for k, v := range src {
		dst[k] += v
	}
}

// The bounds of a Findings: about 20 MB of findings in memory, and up to
// 128 files open, each read through a 32 KB buffer when the runs are merged.
const (
	spillAfter = 1 << 15
	maxRuns    = 128
	runBuffer  = 32 << 10
)

// NewFindings returns an empty Findings.
func NewFindings() *Findings {
	return &Findings{spillAfter: spillAfter, maxRuns: maxRuns, counts: counts{
		bySeverity: map[string]int{}, byRule: map[string]int{}, byChannel: map[string]int{}}}
}

// FindingsOf returns fs as a Findings (in sorted order once read).
func FindingsOf(fs []rules.Finding) *Findings {
	s := NewFindings()
	s.Add(fs...)
	return s
}

// Add takes in findings, in any order.
func (s *Findings) Add(fs ...rules.Finding) {
	for _, f := range fs {
		s.count(f)
	}
	s.addUncounted(fs)
}

func (s *Findings) count(f rules.Finding) {
	s.n++
	s.counts.bySeverity[f.Severity.String()]++
	s.counts.byRule[f.Rule]++
	if f.Channel != "" {
		s.counts.byChannel[f.Channel]++
	}
	for i := range s.counts.atLeast {
		if f.Severity >= rules.Severity(i) {
			s.counts.atLeast[i]++
		}
	}
}

// Len returns how many findings were added.
func (s *Findings) Len() int {
	if s == nil {
		return 0
	}
	return s.n
}

// AtLeast returns how many findings are at or above a severity.
func (s *Findings) AtLeast(sev rules.Severity) int {
	if s == nil {
		return 0
	}
	return s.counts.atLeast[min(max(int(sev), 0), 2)]
}

// Err returns the first error met reading the temporary files back:
// a report written from All is incomplete when it is not nil.
func (s *Findings) Err() error {
	if s == nil {
		return nil
	}
	return s.err
}

// All returns the findings in sorted order. It may be called again: each
// call reads the spilled runs afresh. A read error ends the sequence early
// and is kept for Err.
func (s *Findings) All() iter.Seq[rules.Finding] {
	if s == nil {
		return func(func(rules.Finding) bool) {}
	}
	s.sortMem()
	return func(yield func(rules.Finding) bool) {
		if len(s.runs) == 0 {
			for _, f := range s.mem {
				if !yield(f) {
					return
				}
			}
			return
		}
		s.merge(yield)
	}
}

// Collect returns every finding in sorted order, in one slice.
func (s *Findings) Collect() []rules.Finding {
	out := make([]rules.Finding, 0, s.n)
	return slices.AppendSeq(out, s.All())
}

// bySource yields the findings of fs a source at a time, as they come in
// a row (in report order, each source's findings are together), with the
// source. The slice is reused for the next source.
func bySource(fs iter.Seq[rules.Finding]) iter.Seq2[string, []rules.Finding] {
	return func(yield func(string, []rules.Finding) bool) {
		var batch []rules.Finding
		for f := range fs {
			if len(batch) > 0 && batch[0].Location.Source != f.Location.Source {
				if !yield(batch[0].Location.Source, batch) {
					return
				}
				clear(batch) // the strings they hold may go
				batch = batch[:0]
			}
			batch = append(batch, f)
		}
		if len(batch) > 0 {
			yield(batch[0].Location.Source, batch)
		}
	}
}

// Filter returns the findings keep accepts, in order, as a new Findings;
// s is left as it was.
func (s *Findings) Filter(keep func(rules.Finding) bool) *Findings {
	out := NewFindings()
	out.spillAfter, out.maxRuns = s.spillAfter, s.maxRuns
	for f := range s.All() {
		if keep(f) {
			out.Add(f)
		}
	}
	if s.err != nil && out.err == nil {
		out.err = s.err
	}
	return out
}

// Absorb moves the findings of o into s; o is empty afterwards.
func (s *Findings) Absorb(o *Findings) {
	if o == nil {
		return
	}
	s.err = errors.Join(s.err, o.err)
	s.runs = append(s.runs, o.runs...)
	s.n += o.n
	s.counts.add(o.counts)
	mem := o.mem
	*o = *NewFindings()
	s.addUncounted(mem)
	s.compact()
}

// addUncounted adds findings already counted.
func (s *Findings) addUncounted(fs []rules.Finding) {
	for _, f := range fs {
		s.mem = append(s.mem, f)
		s.sorted = false
		if len(s.mem) >= s.spillAfter {
			s.spill()
		}
	}
}

// Close removes the temporary files; s is empty afterwards.
func (s *Findings) Close() error {
	if s == nil {
		return nil
	}
	var errs []error
	for _, r := range s.runs {
		errs = append(errs, r.close())
	}
	s.runs, s.mem, s.n = nil, nil, 0
	return errors.Join(errs...)
}

func (s *Findings) sortMem() {
	if !s.sorted {
		rules.Sort(s.mem)
		s.sorted = true
	}
}

// spill writes the findings in memory to a new sorted run and, when there
// are too many runs, merges them into one.
func (s *Findings) spill() {
	s.sortMem()
	r, err := writeRun(slices.Values(s.mem))
	if err != nil {
		// No room for temporary files: the findings stay in memory, as
		// many as there are, rather than fail the run.
		s.spillAfter = math.MaxInt
		return
	}
	s.runs = append(s.runs, r)
	clear(s.mem) // the strings they hold may go
	s.mem = s.mem[:0]
	s.compact()
}

// compact merges every run into one when there are maxRuns of them.
func (s *Findings) compact() {
	if len(s.runs) < s.maxRuns {
		return
	}
	runs := s.runs
	one, err := writeRun(func(yield func(rules.Finding) bool) { mergeRuns(runs, nil, yield, &s.err) })
	if err != nil {
		s.maxRuns = math.MaxInt // the runs stay as they are
		return
	}
	for _, r := range runs {
		r.close()
	}
	s.runs = []*run{one}
}

// merge yields the runs and the findings in memory, merged in order.
func (s *Findings) merge(yield func(rules.Finding) bool) {
	mergeRuns(s.runs, s.mem, yield, &s.err)
}

// spilled is a finding as a run holds it: gob writes an empty Related as
// nil, and the JSON report tells them apart.
type spilled struct {
	F          rules.Finding
	NoneRelate bool // Related is empty, not nil
}

// A run is a temporary file of findings in sorted order, gob-encoded. Its
// name is removed at once where the system allows it, so that nothing is
// left behind when the process ends; the open file is read through
// section readers, one for each merge.
type run struct {
	f    *os.File
	size int64
	name string // "" once removed
}

// writeRun writes fs, in order, to a new run.
func writeRun(fs iter.Seq[rules.Finding]) (*run, error) {
	f, err := os.CreateTemp("", "onestory-findings-*.gob")
	if err != nil {
		return nil, fmt.Errorf("findings: %w", err)
	}
	r := &run{f: f, name: f.Name()}
	if os.Remove(r.name) == nil {
		r.name = ""
	}
	bw := bufio.NewWriterSize(f, runBuffer)
	enc := gob.NewEncoder(bw)
	for fd := range fs {
		if err = enc.Encode(spilled{F: fd, NoneRelate: fd.Related != nil && len(fd.Related) == 0}); err != nil {
			break
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		r.size, err = f.Seek(0, io.SeekCurrent)
	}
	if err != nil {
		r.close()
		return nil, fmt.Errorf("findings: %s: %w", f.Name(), err)
	}
	return r, nil
}

func (r *run) close() error {
	err := r.f.Close()
	if r.name != "" {
		err = errors.Join(err, os.Remove(r.name))
	}
	return err
}

// cursor reads one run in order.
type cursor struct {
	dec  *gob.Decoder
	mem  []rules.Finding // the findings in memory, when dec is nil
	head rules.Finding
}

// next moves to the next finding; false at the end.
func (c *cursor) next(errp *error) bool {
	if c.dec == nil {
		if len(c.mem) == 0 {
			return false
		}
		c.head, c.mem = c.mem[0], c.mem[1:]
		return true
	}
	var sp spilled
	if err := c.dec.Decode(&sp); err != nil {
		if !errors.Is(err, io.EOF) {
			*errp = errors.Join(*errp, fmt.Errorf("findings: reading a temporary file: %w", err))
		}
		return false
	}
	c.head = sp.F
	if sp.NoneRelate {
		c.head.Related = []extract.Location{}
	}
	return true
}

// mergeRuns yields the findings of runs and mem (sorted) in order; a read
// error is joined to *errp and ends the sequence.
func mergeRuns(runs []*run, mem []rules.Finding, yield func(rules.Finding) bool, errp *error) {
	h := make(cursors, 0, len(runs)+1)
	for _, r := range runs {
		sr := io.NewSectionReader(r.f, 0, r.size)
		c := &cursor{dec: gob.NewDecoder(bufio.NewReaderSize(sr, runBuffer))}
		if c.next(errp) {
			h = append(h, c)
		}
	}
	if c := (&cursor{mem: mem}); c.next(errp) {
		h = append(h, c)
	}
	heap.Init(&h)
	for len(h) > 0 {
		c := h[0]
		if !yield(c.head) {
			return
		}
		if c.next(errp) {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
}

// cursors are a min-heap of runs by their next finding.
type cursors []*cursor

func (h cursors) Len() int           { return len(h) }
func (h cursors) Less(i, j int) bool { return rules.Compare(h[i].head, h[j].head) < 0 }
func (h cursors) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cursors) Push(x any)        { *h = append(*h, x.(*cursor)) }
func (h *cursors) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}
