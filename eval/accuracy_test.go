package eval

import (
	"flag"
	"fmt"
	"github.com/onestory/onestory/internal/evaldata"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

var (
	updatePending = flag.Bool("update-pending", false,
		"append the findings no verdict judges to the corpus's verdicts.tsv with the verdict ?, for a person to judge")
	dropResolved = flag.Bool("drop-resolved", false,
		"remove from verdicts.tsv the verdicts whose finding no longer appears")
)

// corpus is one real corpus with its story, verdicts and, where a careful
// reader documented its inconsistencies, the findings that count as finding
// them. Paths are relative to the repository root, where the test runs.
type corpus struct {
	name, root, today string
	story, verdicts   string
	answers           string // "" when there is no answer key
	documented        int    // how many inconsistencies the answer key documents
}

func corpora() []corpus {
	return []corpus{
		{name: "posthog", root: evaldata.Dir("corpus/posthog.com"), today: "2022-02-16",
			story: "eval/posthog/story.yaml", verdicts: "eval/posthog/verdicts.tsv"},
		{name: "sourcegraph", root: evaldata.Dir("corpus/sourcegraph-handbook"), today: "2024-06-25",
			story: "eval/sourcegraph/story.yaml", verdicts: "eval/sourcegraph/verdicts.tsv",
			answers: "eval/sourcegraph/answers.tsv", documented: 8},
	}
}

// TestAccuracy checks each real corpus as the CLI does (its story, --today
// the corpus's date), matches every error- and warning-level finding with
// its verdict and prints precision per severity and per rule (go test
// ./eval -run Accuracy -v). It fails on a finding without a verdict and on a
// verdict still marked ?; -update-pending appends the former to the file.
// Without the corpora it skips, except under CI=true, as the other tests of
// ../shared/eval material do.
func TestAccuracy(t *testing.T) {
	t.Chdir("..")
	for _, c := range corpora() {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.root); err != nil {
				if os.Getenv("CI") != "" {
					t.Fatalf("real corpus: %v", err)
				}
				t.Skipf("real corpus absent (it lives in ../shared/eval/corpus): %v", err)
			}
			findings := run(t, c)
			verdicts, err := ReadVerdicts(c.verdicts)
			if err != nil {
				t.Fatal(err)
			}
			pairs, unjudged, resolved := Match(findings, verdicts, c.root)
			for _, v := range resolved {
				t.Logf("resolved (no longer found): %s:%d %s %s (%s)", c.verdicts, v.Line, v.Rule, v.Location, v.Verdict)
			}
			t.Logf("%s: %d error- and warning-level findings, %d judged\n%s", c.name, len(findings), len(pairs), NewTally(pairs).Table())
			if c.answers != "" {
				logAnswers(t, c, trueFindings(pairs))
			}
			if len(unjudged) > 0 {
				reportUnjudged(t, c, unjudged, Similar(pairs))
			}
			if len(resolved) > 0 && *dropResolved {
				if err := dropLines(c.verdicts, resolved); err != nil {
					t.Fatal(err)
				}
				t.Logf("dropped %d resolved verdicts from %s", len(resolved), c.verdicts)
			}
			for _, p := range pairs {
				if !p.Verdict.Judged() {
					t.Errorf("%s:%d: %s %s still has the verdict ?: write true or false and why", c.verdicts, p.Verdict.Line, p.Verdict.Rule, p.Verdict.Location)
				}
			}
		})
	}
}

// run checks the corpus as `onestory check --story STORY --today DATE`
// does and returns its error- and warning-level findings.
func run(t *testing.T, c corpus) []rules.Finding {
	t.Helper()
	s, err := story.Load(c.story)
	if err != nil {
		t.Fatal(err)
	}
	today, err := time.Parse(time.DateOnly, c.today)
	if err != nil {
		t.Fatal(err)
	}
	r, err := check.Run(t.Context(), check.Config{Story: s, Now: today})
	if err != nil {
		t.Fatal(err)
	}
	var out []rules.Finding
	for _, f := range r.Findings.Collect() {
		if Judgeable(f) {
			out = append(out, f)
		}
	}
	return out
}

// reportUnjudged fails the test with the lines a person should add, and
// with -update-pending appends them to the verdict file marked ?.
func reportUnjudged(t *testing.T, c corpus, fs []rules.Finding, like func(rules.Finding) Verdict) {
	t.Helper()
	lines := make([]string, len(fs))
	for i, f := range fs {
		lines[i] = PendingLine(f, c.root, like(f))
	}
	if !*updatePending {
		t.Errorf("%d findings have no verdict in %s (add them with go test ./eval -run Accuracy -update-pending, then judge each ?):\n%s",
			len(fs), c.verdicts, strings.Join(lines, "\n"))
		return
	}
	if err := appendLines(c.verdicts, lines); err != nil {
		t.Fatal(err)
	}
	t.Errorf("%d findings without a verdict appended to %s with the verdict ?: judge each one", len(fs), c.verdicts)
}

// verdictHeader starts a new verdict file.
const verdictHeader = "# rule\tlocation\tkey (report.Fingerprint)\ttrue|false|?\twhy\n"

func appendLines(path string, lines []string) error {
	_, err := os.Stat(path)
	fresh := os.IsNotExist(err)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if fresh {
		_, err = f.WriteString(verdictHeader)
	}
	for _, l := range lines {
		if err == nil {
			_, err = fmt.Fprintln(f, l)
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// dropLines rewrites the verdict file without the lines of vs.
func dropLines(path string, vs []Verdict) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	drop := map[int]bool{}
	for _, v := range vs {
		drop[v.Line] = true
	}
	lines := strings.SplitAfter(string(data), "\n")
	var b strings.Builder
	for i, l := range lines {
		if !drop[i+1] {
			b.WriteString(l)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// trueFindings are the findings judged true: only those can find a
// documented inconsistency.
func trueFindings(pairs []Pair) []rules.Finding {
	var out []rules.Finding
	for _, p := range pairs {
		if p.Verdict.Verdict == "true" {
			out = append(out, p.Finding)
		}
	}
	return out
}

// logAnswers prints how many of the documented inconsistencies the run
// finds with findings judged true, and by which.
func logAnswers(t *testing.T, c corpus, findings []rules.Finding) {
	t.Helper()
	answers, err := ReadAnswers(c.answers)
	if err != nil {
		t.Fatal(err)
	}
	ids, by := Found(answers, findings, c.root)
	var b strings.Builder
	k := 0
	for _, id := range ids {
		if len(by[id]) > 0 {
			k++
			fmt.Fprintf(&b, "  %s found by %s\n", id, summary(by[id], 3))
		} else {
			fmt.Fprintf(&b, "  %s not found\n", id)
		}
	}
	if len(ids) != c.documented {
		t.Errorf("%s maps %d inconsistencies, want all %d of the answer key", c.answers, len(ids), c.documented)
	}
	t.Logf("%s: found %d of %d documented inconsistencies\n%s", c.name, k, c.documented, b.String())
}

// summary joins the first n of hits and says how many more there are.
func summary(hits []string, n int) string {
	if len(hits) <= n {
		return strings.Join(hits, "; ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(hits[:n], "; "), len(hits)-n)
}
