package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// TestBaselineRoundTrip writes a baseline, moves every finding to another
// line (as an edit above it would), re-applies it: nothing is new. Then a
// new finding and a fixed one are counted as such.
func TestBaselineRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := WriteFile(path, NewBaseline(sample()).Write); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	moved := edited(sample(), func(fs []rules.Finding) []rules.Finding {
		for i := range fs {
			fs[i].Location.Line += 7
			fs[i].Location.Column = 3
		}
		return fs
	})
	b.Apply(moved)
	if moved.Findings.Len() != 0 || moved.Summary.Baseline.Suppressed != 5 || moved.Summary.Baseline.Fixed != 0 {
		t.Fatalf("after moving lines: %d new, stats %+v; want 0 new, 5 suppressed", moved.Findings.Len(), *moved.Summary.Baseline)
	}

	changed := edited(sample(), func(fs []rules.Finding) []rules.Finding {
		return append(fs[1:], rules.Finding{Rule: "term", Severity: rules.Warning, // one fixed, one new
			Message: "Use “sign up”, not “signup”.", Found: "signup", Subject: "sign up",
			Location: extract.Location{Source: "site/index.html", Line: 3}})
	})
	b.Apply(changed)
	if got := changed.Findings.Collect(); len(got) != 1 || got[0].Location.Source != "site/index.html" {
		t.Fatalf("new findings %+v, want the one in site/index.html", got)
	}
	if st := changed.Summary.Baseline; st.Suppressed != 4 || st.Fixed != 1 {
		t.Fatalf("stats %+v, want 4 suppressed, 1 fixed", *st)
	}
	if changed.Summary.Findings != 1 {
		t.Fatalf("summary counts %d findings, want 1", changed.Summary.Findings)
	}
}

func TestBaselineCountsDuplicates(t *testing.T) {
	r := sample()
	b := NewBaseline(r)
	twice := edited(sample(), func(fs []rules.Finding) []rules.Finding { return append(fs, fs[len(fs)-1]) })
	b.Apply(twice)
	if twice.Findings.Len() != 1 {
		t.Fatalf("a second copy of a known finding must be new; got %d new", twice.Findings.Len())
	}
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "missing.json"), bad} {
		if _, err := ReadBaseline(p); err == nil {
			t.Errorf("ReadBaseline(%s) succeeded", p)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	r := edited(sample(), func([]rules.Finding) []rules.Finding {
		return []rules.Finding{{Rule: "term", Severity: rules.Warning,
			Message: "100% wrong\nsecond line", Location: extract.Location{Source: "a,b:c.md", Line: 2, Column: 5}}}
	})
	var buf bytes.Buffer
	GitHub(&buf, r, Options{})
	want := "::warning file=a%2Cb%3Ac.md,line=2,col=5,title=onestory term::100%25 wrong%0Asecond line\n"
	if got := buf.String(); !strings.HasPrefix(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

// TestBaselineGatheredMoves: a gathered finding whose first place is fixed
// moves to its next place; the baseline still knows it.
func TestBaselineGatheredMoves(t *testing.T) {
	pitch := extract.Location{Source: "collateral/pitch.pptx", Slide: 4}
	onepager := extract.Location{Source: "collateral/onepager.pdf", Page: 1}
	r := sample()
	b := NewBaseline(r)
	moved := edited(sample(), func(fs []rules.Finding) []rules.Finding {
		for i, f := range fs {
			if f.Rule == "price-mismatch" && f.Location == pitch {
				fs[i].Location, fs[i].Related = onepager, []extract.Location{}
			}
		}
		return fs
	})
	b.Apply(moved)
	if st := moved.Summary.Baseline; moved.Findings.Len() != 0 || st.Suppressed != 5 || st.Fixed != 0 {
		t.Fatalf("new %+v, stats %+v; want none new, 5 suppressed", moved.Findings.Collect(), *st)
	}
	// A finding of a rule that does not gather places is matched at its
	// own place only.
	other := edited(sample(), func(fs []rules.Finding) []rules.Finding {
		for i, f := range fs {
			if f.Rule == "price-conflict" {
				fs[i].Location = f.Related[0]
			}
		}
		return fs
	})
	NewBaseline(sample()).Apply(other)
	if got := other.Findings.Collect(); len(got) != 1 || got[0].Rule != "price-conflict" {
		t.Fatalf("new %+v, want the moved price-conflict", got)
	}
}

// TestWriteBaselineStreams checks that the baseline written from the
// finding stream, one source at a time, is NewBaseline's byte for byte:
// no findings, the sample, and many findings with repeats over spilled
// runs.
func TestWriteBaselineStreams(t *testing.T) {
	many := edited(sample(), func([]rules.Finding) []rules.Finding { return randomFindings(3000) })
	many.Findings = spilling(many.Findings.Collect(), 100, 4)
	for name, r := range map[string]*Report{
		"none":   edited(sample(), func([]rules.Finding) []rules.Finding { return nil }),
		"sample": sample(),
		"many":   many,
	} {
		var want, got bytes.Buffer
		if err := NewBaseline(r).Write(&want); err != nil {
			t.Fatal(err)
		}
		if err := WriteBaseline(&got, r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed baseline differs:\n%s\nwant:\n%s", name, head(got.String()), head(want.String()))
		}
	}
}

func head(s string) string { return s[:min(len(s), 2000)] }
