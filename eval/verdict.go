// Package eval measures onestory on real content: per corpus, a story file
// written from a clean start, and a verdict file that says, for every error-
// and warning-level finding of a run, whether a marketing lead would act on
// it. accuracy_test.go runs the check, matches its findings to the verdicts
// and prints precision; docs/accuracy.md says how to use it.
package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/rules"
)

// Verdict answers for one finding: a line of a verdict file,
// rule<TAB>location<TAB>key<TAB>true|false|?<TAB>why.
type Verdict struct {
	Rule     string
	Location string // where the finding was when it was judged: "path:line"
	Key      string // report.Fingerprint of the finding
	Verdict  string // "true", "false" or "?" (not judged yet)
	Why      string
	Line     int // line in the verdict file, for messages
}

// Judged is "true" or "false"; "?" and anything else is not a judgement.
func (v Verdict) Judged() bool { return v.Verdict == "true" || v.Verdict == "false" }

// ReadVerdicts reads a verdict file. A missing file is no verdicts; blank
// lines and lines starting with # are skipped. Malformed lines are errors,
// all of them at once, each with its line number.
func ReadVerdicts(path string) ([]Verdict, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseVerdicts(f, path)
}

func parseVerdicts(r io.Reader, name string) ([]Verdict, error) {
	var (
		vs   []Verdict
		errs []error
		sc   = bufio.NewScanner(r)
		n    int
	)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.SplitN(line, "\t", 5)
		if len(p) < 4 {
			errs = append(errs, fmt.Errorf("%s:%d: want rule<TAB>location<TAB>key<TAB>true|false|?<TAB>why, got %d fields", name, n, len(p)))
			continue
		}
		v := Verdict{Rule: p[0], Location: p[1], Key: p[2], Verdict: strings.TrimSpace(p[3]), Line: n}
		if len(p) == 5 {
			v.Why = p[4]
		}
		if !v.Judged() && v.Verdict != "?" {
			errs = append(errs, fmt.Errorf("%s:%d: verdict %q: want true, false or ?", name, n, v.Verdict))
			continue
		}
		vs = append(vs, v)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return vs, errors.Join(errs...)
}

// Judgeable reports whether a finding needs a verdict: error and warning
// level ones do.
func Judgeable(f rules.Finding) bool {
	return f.Severity == rules.Error || f.Severity == rules.Warning
}

// Location is the location column of a verdict line: the finding's source,
// relative to root when it lies under it, and its line (slide or page where
// the format has them).
func Location(f rules.Finding, root string) string {
	loc := relSource(f, root) + ":" + strconv.Itoa(f.Location.Line)
	if f.Location.Slide > 0 {
		loc += " slide " + strconv.Itoa(f.Location.Slide)
	}
	if f.Location.Page > 0 {
		loc += " page " + strconv.Itoa(f.Location.Page)
	}
	return loc
}

// relSource is the finding's source relative to root when it lies under
// it, the source as reported otherwise (the story file, a URL).
func relSource(f rules.Finding, root string) string {
	src := f.Location.Source
	if rel, err := filepath.Rel(root, src); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return src
}

// Pair is a finding and the verdict that judges it.
type Pair struct {
	Finding rules.Finding
	Verdict Verdict
}

// Match pairs findings with verdicts by key (report.Fingerprint). Where
// several findings share a key (the same word reported twice in a page),
// verdicts at the same location are paired first, then the rest in order
// of line. It returns the pairs, the findings no verdict judges, and the
// verdicts whose finding no longer appears (resolved).
func Match(findings []rules.Finding, verdicts []Verdict, root string) (pairs []Pair, unjudged []rules.Finding, resolved []Verdict) {
	byKey := map[string][]Verdict{}
	for _, v := range verdicts {
		byKey[v.Key] = append(byKey[v.Key], v)
	}
	var pending []rules.Finding
	for _, f := range findings {
		key := report.Fingerprint(f)
		vs := byKey[key]
		i := indexOf(vs, Location(f, root))
		if i < 0 {
			pending = append(pending, f)
			continue
		}
		pairs = append(pairs, Pair{f, vs[i]})
		byKey[key] = append(vs[:i:i], vs[i+1:]...)
	}
	for _, f := range pending {
		key := report.Fingerprint(f)
		vs := byKey[key]
		if len(vs) == 0 {
			unjudged = append(unjudged, f)
			continue
		}
		pairs = append(pairs, Pair{f, vs[0]})
		byKey[key] = vs[1:]
	}
	for _, vs := range byKey {
		resolved = append(resolved, vs...)
	}
	sort.Slice(resolved, func(i, j int) bool { return resolved[i].Line < resolved[j].Line })
	return pairs, unjudged, resolved
}

func indexOf(vs []Verdict, loc string) int {
	for i, v := range vs {
		if v.Location == loc {
			return i
		}
	}
	return -1
}

// PendingLine is the verdict line to append for a finding no verdict
// judges: its verdict is "?" and its why holds what a person needs to
// judge it (the message and the sentence), to be replaced by the reason.
// When like is a judged verdict of a similar finding (see Similar), the why
// starts with it, so that a repeated case is judged at a glance.
func PendingLine(f rules.Finding, root string, like Verdict) string {
	hint := f.Message
	if f.Excerpt != "" {
		hint += " | " + f.Excerpt
	}
	if like.Judged() {
		hint = fmt.Sprintf("like line %d (%s: %s) | %s", like.Line, like.Verdict, like.Why, hint)
	}
	return strings.Join([]string{f.Rule, Location(f, root), report.Fingerprint(f), "?", oneLine(hint, 400)}, "\t")
}

// Similar returns a lookup of how findings of the same rule that found the
// same text (ignoring case) were judged: the first verdict (in file order)
// of the majority, true on a tie.
func Similar(pairs []Pair) func(rules.Finding) Verdict {
	count := map[string]*[2]int{} // [0] false, [1] true
	first := map[string]*[2]Verdict{}
	key := func(f rules.Finding) string { return f.Rule + "\x00" + strings.ToLower(f.Found) }
	for _, p := range pairs {
		if !p.Verdict.Judged() || p.Finding.Found == "" {
			continue
		}
		k, i := key(p.Finding), 0
		if p.Verdict.Verdict == "true" {
			i = 1
		}
		if count[k] == nil {
			count[k], first[k] = &[2]int{}, &[2]Verdict{}
		}
		count[k][i]++
		if v := first[k][i]; v.Line == 0 || p.Verdict.Line < v.Line {
			first[k][i] = p.Verdict
		}
	}
	return func(f rules.Finding) Verdict {
		k := key(f)
		c := count[k]
		if c == nil {
			return Verdict{}
		}
		if c[1] >= c[0] {
			return first[k][1]
		}
		return first[k][0]
	}
}

// oneLine folds s to one line without tabs, at most n runes long.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	return s
}
