package rules

import (
	"cmp"
	"slices"

	"github.com/onestory/onestory/extract"
)

// suppressions are one source's inline suppression comments, kept after
// the document is gone so that corpus findings located in it obey them too.
type suppressions struct {
	directives []extract.Directive // by slide, page, line
	lines      []int               // sorted source lines that hold text
}

// newSuppressions reads a document's directives; nil when it has none.
func newSuppressions(t *extract.Text) *suppressions {
	if t == nil || len(t.Directives) == 0 {
		return nil
	}
	s := &suppressions{directives: slices.Clone(t.Directives)}
	slices.SortStableFunc(s.directives, func(a, b extract.Directive) int {
		return cmp.Or(cmp.Compare(a.Slide, b.Slide), cmp.Compare(a.Page, b.Page), cmp.Compare(a.Line, b.Line))
	})
	for _, b := range t.Blocks {
		s.lines = append(s.lines, b.Location.Line)
		for _, seg := range b.Segments {
			s.lines = append(s.lines, seg.Line)
		}
	}
	slices.Sort(s.lines)
	s.lines = slices.Compact(s.lines)
	return s
}

// suppressed reports whether a finding of rule at loc is silenced.
//
// A directive on a slide or page (in its notes) silences its rules on that
// whole slide or page. Other directives work by line: disable silences its
// rules (all, when it names none) on the lines after it until an enable,
// and disable-next-line silences the next line that holds text. A finding
// with no line is silenced when its rule is still disabled at the end of
// the file (a disable with no enable silences the whole file).
func (s *suppressions) suppressed(rule string, loc extract.Location) bool {
	if s == nil {
		return false
	}
	var st ruleState
	for _, d := range s.directives {
		switch {
		case d.Slide > 0 || d.Page > 0:
			if d.Slide == loc.Slide && d.Page == loc.Page && d.Kind != extract.Enable && names(d.Rules, rule) {
				return true
			}
		case d.Kind == extract.DisableNextLine:
			if loc.Line > 0 && s.next(d.Line) == loc.Line && names(d.Rules, rule) {
				return true
			}
		case loc.Line == 0 || d.Line < loc.Line:
			st.apply(d)
		}
	}
	return st.off(rule)
}

// next returns the first line after line that holds text.
func (s *suppressions) next(line int) int {
	i, _ := slices.BinarySearch(s.lines, line+1)
	if i < len(s.lines) {
		return s.lines[i]
	}
	return line + 1
}

// names reports whether a directive's rule list covers rule.
func names(list []string, rule string) bool {
	return len(list) == 0 || slices.Contains(list, rule)
}

// ruleState is which rules are disabled at a point of a file.
type ruleState struct {
	all    bool            // every rule disabled…
	except map[string]bool // …except these, enabled again by name
	on     map[string]bool // disabled by name
}

// apply updates the state with a disable or enable directive.
func (st *ruleState) apply(d extract.Directive) {
	switch {
	case d.Kind == extract.Disable && len(d.Rules) == 0:
		*st = ruleState{all: true}
	case d.Kind == extract.Enable && len(d.Rules) == 0:
		*st = ruleState{}
	case d.Kind == extract.Disable:
		for _, r := range d.Rules {
			setKey(&st.on, r, true)
			delete(st.except, r)
		}
	case d.Kind == extract.Enable:
		for _, r := range d.Rules {
			delete(st.on, r)
			if st.all {
				setKey(&st.except, r, true)
			}
		}
	}
}

// off reports whether rule is disabled.
func (st *ruleState) off(rule string) bool {
	return st.on[rule] || (st.all && !st.except[rule])
}

// setKey sets (*m)[k], making the map first when it is nil.
func setKey(m *map[string]bool, k string, v bool) {
	if *m == nil {
		*m = map[string]bool{}
	}
	(*m)[k] = v
}
