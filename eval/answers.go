package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/rules"
)

// Answer says which findings count as finding one documented inconsistency:
// a finding of one of Rules in Source (relative to the corpus root) on one
// of Lines. An inconsistency may have several Answer lines; any one found
// finds it. A line of answers.tsv is
// id<TAB>rules (comma-separated)<TAB>source<TAB>lines (1,5,24-81).
type Answer struct {
	ID     string
	Rules  []string
	Source string
	Lines  [][2]int // inclusive ranges
}

// ReadAnswers reads an answers file; blank lines and # comments are skipped.
func ReadAnswers(path string) ([]Answer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseAnswers(f, path)
}

func parseAnswers(r io.Reader, name string) ([]Answer, error) {
	var (
		as   []Answer
		errs []error
		sc   = bufio.NewScanner(r)
		n    int
	)
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 4 {
			errs = append(errs, fmt.Errorf("%s:%d: want id<TAB>rules<TAB>source<TAB>lines, got %d fields", name, n, len(p)))
			continue
		}
		lines, err := parseLines(p[3])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, n, err))
			continue
		}
		as = append(as, Answer{ID: p[0], Rules: strings.Split(p[1], ","), Source: p[2], Lines: lines})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return as, errors.Join(errs...)
}

// parseLines reads "13" or "24-81" or a comma-separated list of them.
func parseLines(s string) ([][2]int, error) {
	var out [][2]int
	for part := range strings.SplitSeq(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err := strconv.Atoi(lo)
		b := a
		if err == nil && isRange {
			b, err = strconv.Atoi(hi)
		}
		if err != nil || a < 1 || b < a {
			return nil, fmt.Errorf("lines %q: want 13, 24-81 or a list of them", s)
		}
		out = append(out, [2]int{a, b})
	}
	return out, nil
}

// finds reports whether f, located at src (relative to the corpus root),
// is one of the findings the answer counts.
func (a Answer) finds(f rules.Finding, src string) bool {
	if src != a.Source || !slices.Contains(a.Rules, f.Rule) {
		return false
	}
	for _, r := range a.Lines {
		if f.Location.Line >= r[0] && f.Location.Line <= r[1] {
			return true
		}
	}
	return false
}

// Found returns, for every inconsistency id of answers (sorted), the
// locations of the findings that find it; an id with none is not found.
func Found(answers []Answer, findings []rules.Finding, root string) (ids []string, by map[string][]string) {
	by = map[string][]string{}
	for _, a := range answers {
		if _, seen := by[a.ID]; !seen {
			by[a.ID] = nil
			ids = append(ids, a.ID)
		}
		for _, f := range findings {
			hit := f.Rule + " " + Location(f, root)
			if a.finds(f, relSource(f, root)) && !slices.Contains(by[a.ID], hit) {
				by[a.ID] = append(by[a.ID], hit)
			}
		}
	}
	sort.Strings(ids)
	return ids, by
}
