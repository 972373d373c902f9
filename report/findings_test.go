package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// edited returns r with its findings replaced by what fn makes of them.
func edited(r *Report, fn func([]rules.Finding) []rules.Finding) *Report {
	n := New(r.Version, r.Story, r.Documents, fn(r.Findings.Collect()))
	n.Summary.Skipped, n.Summary.Interrupted, n.View = r.Summary.Skipped, r.Summary.Interrupted, r.View
	return n
}

// spilling returns fs in a Findings that spills every few findings and
// merges its runs often, so that every path of the store is taken.
func spilling(fs []rules.Finding, after, runs int) *Findings {
	s := NewFindings()
	s.spillAfter, s.maxRuns = after, runs
	s.Add(fs...)
	return s
}

// randomFindings returns n findings in no order, with repeats, empty and
// nil related places, and every field set somewhere.
func randomFindings(n int) []rules.Finding {
	rnd := rand.New(rand.NewPCG(1, 2))
	fs := make([]rules.Finding, n)
	for i := range fs {
		f := rules.Finding{Rule: fmt.Sprintf("rule-%d", rnd.IntN(5)), Severity: rules.Severity(rnd.IntN(3)),
			Message: fmt.Sprintf("message %d", rnd.IntN(50)), Channel: []string{"", "sales", "marketing"}[rnd.IntN(3)],
			Subject: "s", Expected: "e", Found: fmt.Sprint(rnd.IntN(9)), Excerpt: "x", Fix: []string{"", "fix"}[rnd.IntN(2)],
			Location: extract.Location{Source: fmt.Sprintf("src-%d.md", rnd.IntN(30)), Line: rnd.IntN(20), Column: rnd.IntN(3),
				Page: rnd.IntN(2), Slide: rnd.IntN(2), Selector: "p", Part: []string{"", extract.PartNotes}[rnd.IntN(2)]}}
		switch rnd.IntN(3) {
		case 0:
			f.Related = []extract.Location{}
		case 1:
			f.Related = []extract.Location{{Source: "other.md", Line: rnd.IntN(4)}}
		}
		fs[i] = f
		if i > 0 && rnd.IntN(10) == 0 {
			fs[i] = fs[rnd.IntN(i)] // a repeat
		}
	}
	return fs
}

// TestFindingsSpillKeepsOrder: findings spilled to sorted runs, merged
// back, come out as rules.Sort orders them in memory, field for field
// (an empty list of related places stays empty, not nil), as often as
// they are read.
func TestFindingsSpillKeepsOrder(t *testing.T) {
	fs := randomFindings(2000)
	want := slices.Clone(fs)
	rules.Sort(want)
	for _, tc := range []struct{ after, runs int }{{1 << 20, 128}, {1, 1 << 20}, {7, 3}, {100, 2}, {333, 128}} {
		s := spilling(fs, tc.after, tc.runs)
		for pass := range 2 {
			got := s.Collect()
			if err := s.Err(); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("spill after %d, %d runs, pass %d: the findings differ from the sorted ones", tc.after, tc.runs, pass)
			}
		}
		if s.Len() != len(fs) || s.AtLeast(rules.Info) != len(fs) {
			t.Errorf("Len %d, AtLeast(info) %d; want %d", s.Len(), s.AtLeast(rules.Info), len(fs))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFindingsEveryFieldSurvives: a finding with every exported field set
// (found by reflection, so that a field added later is covered) comes back
// from a run unchanged.
func TestFindingsEveryFieldSurvives(t *testing.T) {
	var f rules.Finding
	fill(reflect.ValueOf(&f).Elem())
	s := spilling([]rules.Finding{f, f}, 1, 128)
	defer s.Close()
	for g := range s.All() {
		if !reflect.DeepEqual(g, f) {
			t.Fatalf("read back as %+v\nwant %+v", g, f)
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
}

// fill sets every settable field of v to a value that is not its zero.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("set " + v.Type().String())
	case reflect.Int:
		v.SetInt(2)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0))
		v.Set(s)
	}
}

// TestFindingsFilterAndAbsorb: a filter keeps its findings in order, and
// stores absorbed into one read as one, counts included.
func TestFindingsFilterAndAbsorb(t *testing.T) {
	fs := randomFindings(900)
	s := spilling(fs, 50, 4)
	defer s.Close()
	kept := s.Filter(func(f rules.Finding) bool { return f.Severity == rules.Error })
	defer kept.Close()
	want := slices.DeleteFunc(slices.Clone(fs), func(f rules.Finding) bool { return f.Severity != rules.Error })
	rules.Sort(want)
	if got := kept.Collect(); !reflect.DeepEqual(got, want) || kept.AtLeast(rules.Error) != len(want) {
		t.Fatalf("filter kept %d findings, want %d errors in order", len(got), len(want))
	}
	all := spilling(nil, 50, 4)
	defer all.Close()
	for part := range slices.Chunk(fs, 200) {
		all.Absorb(spilling(part, 30, 128))
	}
	want = slices.Clone(fs)
	rules.Sort(want)
	if got := all.Collect(); !reflect.DeepEqual(got, want) || all.Len() != len(fs) {
		t.Fatalf("absorbed %d findings, read %d back, want %d in order", all.Len(), len(got), len(fs))
	}
	if got, want := summarize(nil, all).BySeverity, summarize(nil, FindingsOf(fs)).BySeverity; !reflect.DeepEqual(got, want) {
		t.Errorf("counts %v, want %v", got, want)
	}
}

// TestFindingsLeaveNoFile: the runs' files are gone from the temporary
// folder while they are in use (where the system allows it) and after
// Close.
func TestFindingsLeaveNoFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	s := spilling(randomFindings(100), 10, 128)
	if len(s.runs) == 0 {
		t.Fatal("nothing spilled")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
}

// TestFormatsSameWhenSpilled: every format writes the same bytes whether
// the findings stayed in memory or were spilled to runs.
func TestFormatsSameWhenSpilled(t *testing.T) {
	for _, name := range Formats() {
		w, _ := Lookup(name)
		var inMem, spilled bytes.Buffer
		r := sampleWithView()
		if err := w(&inMem, r, Options{}); err != nil {
			t.Fatal(err)
		}
		s := edited(r, func(fs []rules.Finding) []rules.Finding { return fs })
		s.Findings = spilling(r.Findings.Collect(), 1, 2)
		if err := w(&spilled, s, Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(inMem.Bytes(), spilled.Bytes()) {
			t.Errorf("%s: the report differs when its findings were spilled", name)
		}
		s.Close()
	}
}

// TestXMLWithoutFindings: the XML formats, written a file or suite at a
// time, write a report with no findings as they wrote the whole tree.
func TestXMLWithoutFindings(t *testing.T) {
	empty, oneDoc := New("v", "messaging.yaml", nil, nil), New("v", "messaging.yaml", []Document{{Source: "a"}}, nil)
	for _, tc := range []struct {
		w    Writer
		r    *Report
		want string
	}{
		{JUnit, empty, `<testsuites name="onestory" tests="0" failures="0"></testsuites>`},
		{JUnit, oneDoc, `<testsuites name="onestory" tests="1" failures="0">
  <testsuite name="a" tests="1" failures="0">
    <testcase name="consistent with the story" classname="a" file="a"></testcase>
  </testsuite>
</testsuites>`},
		{Checkstyle, empty, `<checkstyle version="8.0"></checkstyle>`},
	} {
		var b bytes.Buffer
		if err := tc.w(&b, tc.r, Options{}); err != nil {
			t.Fatal(err)
		}
		if want := xml.Header + tc.want + "\n"; b.String() != want {
			t.Errorf("got\n%s\nwant\n%s", b.String(), want)
		}
	}
}

// TestFindingsNilIsEmpty: a report with no Findings at all writes as one
// without findings.
func TestFindingsNilIsEmpty(t *testing.T) {
	r := New("v", "messaging.yaml", nil, nil)
	var want, got bytes.Buffer
	JSON(&want, r, Options{})
	r.Findings = nil
	if err := JSON(&got, r, Options{}); err != nil || got.String() != want.String() || r.Count(rules.Info) != 0 {
		t.Errorf("a nil Findings: %v\n%s", err, got.String())
	}
}
