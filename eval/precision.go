package eval

import (
	"fmt"
	"sort"
	"strings"
)

// Count is how many judged findings were true and how many false.
type Count struct{ True, False int }

// Precision is True / (True + False); ok is false when nothing was judged.
func (c Count) Precision() (p float64, ok bool) {
	if c.True+c.False == 0 {
		return 0, false
	}
	return float64(c.True) / float64(c.True+c.False), true
}

func (c Count) String() string {
	p, ok := c.Precision()
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.2f (%d of %d)", p, c.True, c.True+c.False)
}

// Tally is precision by severity and by rule of one run.
type Tally struct {
	BySeverity map[string]Count
	ByRule     map[string]Count
}

// NewTally counts the judged pairs; pairs still marked "?" are not counted.
func NewTally(pairs []Pair) Tally {
	t := Tally{BySeverity: map[string]Count{}, ByRule: map[string]Count{}}
	for _, p := range pairs {
		if !p.Verdict.Judged() {
			continue
		}
		sev, rule := p.Finding.Severity.String(), p.Finding.Rule
		s, r := t.BySeverity[sev], t.ByRule[rule]
		if p.Verdict.Verdict == "true" {
			s.True++
			r.True++
		} else {
			s.False++
			r.False++
		}
		t.BySeverity[sev], t.ByRule[rule] = s, r
	}
	return t
}

// target is the precision goal of issue 12 for a severity or a rule.
func target(name string) (float64, bool) {
	switch name {
	case "error":
		return 0.9, true
	case "warning", "unapproved-claim":
		return 0.7, true
	}
	return 0, false
}

// Table renders the tally as aligned text: severities first, then rules,
// each with its precision and, where there is one, the target.
func (t Tally) Table() string {
	var b strings.Builder
	row := func(name string, c Count) {
		fmt.Fprintf(&b, "  %-18s %-20s", name, c)
		if goal, ok := target(name); ok {
			p, judged := c.Precision()
			mark := "met"
			if !judged || p < goal {
				mark = "not met"
			}
			fmt.Fprintf(&b, " target %.1f: %s", goal, mark)
		}
		b.WriteString("\n")
	}
	for _, sev := range []string{"error", "warning"} {
		row(sev, t.BySeverity[sev])
	}
	for _, rule := range sortedKeys(t.ByRule) {
		row(rule, t.ByRule[rule])
	}
	return b.String()
}

func sortedKeys(m map[string]Count) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
