package eval

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
)

func finding(rule, src string, line int, found string) rules.Finding {
	return rules.Finding{Rule: rule, Severity: rules.Warning, Found: found, Subject: "s",
		Location: extract.Location{Source: "corpus/" + src, Line: line}}
}

func verdictFor(f rules.Finding, loc, verdict string) Verdict {
	return Verdict{Rule: f.Rule, Location: loc, Key: report.Fingerprint(f), Verdict: verdict}
}

func TestParseVerdicts(t *testing.T) {
	in := "# header\n\nterm\ta.md:3\tk1\ttrue\tthe guide says so\n" +
		"term\ta.md:4\tk2\t?\n" +
		"term\ta.md:5\tk3\tmaybe\twhy\n" +
		"term\ta.md:6\n"
	vs, err := parseVerdicts(strings.NewReader(in), "v.tsv")
	if err == nil || !strings.Contains(err.Error(), `v.tsv:5: verdict "maybe"`) || !strings.Contains(err.Error(), "v.tsv:6: want") {
		t.Errorf("err = %v, want both malformed lines named", err)
	}
	if len(vs) != 2 || vs[0].Why != "the guide says so" || vs[0].Line != 3 || vs[1].Judged() || vs[1].Verdict != "?" {
		t.Errorf("verdicts = %+v", vs)
	}
}

func TestMatch(t *testing.T) {
	a := finding("term", "a.md", 10, "repo")
	a2 := finding("term", "a.md", 30, "repo") // same key as a
	b := finding("term", "b.md", 7, "repo")
	gone := finding("term", "c.md", 1, "repo")
	verdicts := []Verdict{
		verdictFor(a2, "a.md:30", "false"), // exact location, listed first
		verdictFor(a, "a.md:12", "true"),   // the line moved since it was judged
		verdictFor(gone, "c.md:1", "true"),
	}
	pairs, unjudged, resolved := Match([]rules.Finding{a, a2, b}, verdicts, "corpus")
	if len(pairs) != 2 || pairs[0].Finding.Location.Line != 30 || pairs[0].Verdict.Verdict != "false" ||
		pairs[1].Finding.Location.Line != 10 || pairs[1].Verdict.Verdict != "true" {
		t.Errorf("pairs = %+v", pairs)
	}
	if len(unjudged) != 1 || unjudged[0].Location.Source != "corpus/b.md" {
		t.Errorf("unjudged = %+v", unjudged)
	}
	if len(resolved) != 1 || resolved[0].Location != "c.md:1" {
		t.Errorf("resolved = %+v", resolved)
	}
}

func TestPendingLineRoundTrip(t *testing.T) {
	f := finding("unapproved-claim", "x/p.md", 4, "the best")
	f.Message = "“the best” is a superlative claim"
	f.Excerpt = "We are\tthe best\nteam."
	line := PendingLine(f, "corpus", Verdict{})
	vs, err := parseVerdicts(strings.NewReader(line), "v")
	if err != nil || len(vs) != 1 {
		t.Fatalf("%q: %v", line, err)
	}
	v := vs[0]
	if v.Rule != f.Rule || v.Location != "x/p.md:4" || v.Key != report.Fingerprint(f) || v.Verdict != "?" ||
		v.Why != "“the best” is a superlative claim | We are the best team." {
		t.Errorf("pending line read back as %+v", v)
	}
	if _, unjudged, _ := Match([]rules.Finding{f}, vs, "corpus"); len(unjudged) != 0 {
		t.Error("a pending line does not match its own finding")
	}
}

func TestTally(t *testing.T) {
	e := finding("price-mismatch", "a.md", 1, "$5")
	e.Severity = rules.Error
	w := finding("unapproved-claim", "a.md", 2, "best")
	pairs := []Pair{
		{e, Verdict{Verdict: "false"}}, {e, Verdict{Verdict: "true"}},
		{w, Verdict{Verdict: "true"}}, {w, Verdict{Verdict: "?"}},
	}
	tl := NewTally(pairs)
	if c := tl.BySeverity["error"]; c != (Count{1, 1}) {
		t.Errorf("error = %+v", c)
	}
	if c := tl.ByRule["unapproved-claim"]; c != (Count{1, 0}) {
		t.Errorf("unapproved-claim = %+v, want the ? left out", c)
	}
	table := tl.Table()
	for _, want := range []string{"error              0.50 (1 of 2)", "target 0.9: not met", "unapproved-claim   1.00 (1 of 1)", "target 0.7: met"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}

func TestAnswers(t *testing.T) {
	in := "# c\nS1\tproduct-name,plan-name\tp.md\t3,10-12\nS2\tterm\tq.md\t5\nS3\tterm\tq.md\tx-1\n"
	as, err := parseAnswers(strings.NewReader(in), "a.tsv")
	if err == nil || !strings.Contains(err.Error(), "a.tsv:4:") {
		t.Errorf("err = %v, want line 4 named", err)
	}
	fs := []rules.Finding{
		finding("product-name", "p.md", 11, "x"),
		finding("term", "p.md", 11, "x"), // right line, wrong rule
		finding("term", "q.md", 6, "x"),  // right rule, wrong line
	}
	ids, by := Found(as, fs, "corpus")
	if strings.Join(ids, ",") != "S1,S2" || len(by["S1"]) != 1 || by["S1"][0] != "product-name p.md:11" || len(by["S2"]) != 0 {
		t.Errorf("ids %v, found %v", ids, by)
	}
}

func TestSimilar(t *testing.T) {
	judged := finding("term", "a.md", 3, "Managed Instance")
	pairs := []Pair{
		{judged, Verdict{Verdict: "false", Why: "defines the old name", Line: 2}},
		{judged, Verdict{Verdict: "true", Why: "retired name", Line: 9}},
		{judged, Verdict{Verdict: "true", Why: "retired name", Line: 7}},
		{finding("term", "a.md", 9, "repo"), Verdict{Verdict: "?", Line: 8}},
	}
	like := Similar(pairs)
	if v := like(finding("term", "b.md", 1, "managed instance")); v.Line != 7 {
		t.Errorf("like(managed instance) = %+v, want line 7, the first of the majority", v)
	}
	if v := like(finding("term", "b.md", 1, "repo")); v.Judged() {
		t.Errorf("a ? verdict was offered as a model: %+v", v)
	}
	f := finding("term", "b.md", 1, "managed instance")
	f.Message = "Use Sourcegraph Cloud"
	line := PendingLine(f, "corpus", like(f))
	if !strings.Contains(line, "\t?\tlike line 7 (true: retired name) | Use Sourcegraph Cloud") {
		t.Errorf("pending line %q does not start its why with the similar verdict", line)
	}
}
