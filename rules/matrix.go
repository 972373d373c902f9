package rules

import "strings"

// Mark is what a rule's findings mark in the story matrix: the shared view
// (report.View) of each canonical item of the story against each channel,
// whose cells are consistent, conflicting, missing or not stated.
type Mark int

// The marks.
const (
	MarksNothing  Mark = iota // the findings do not show in the matrix
	MarksConflict             // the statement at the finding's place departs from the story or another source: its cell is conflicting
	MarksMissing              // the finding's channel never conveys a required message: its cell is missing
	MarksPlans                // the findings are the statements of a product's plan-names row (RowPlans)
	MarksChange               // the findings are the statements of a dated change's row (RowChange)
)

// String says what a finding marks, as the rule reference words it: "the
// statement is conflicting"; "" for MarksNothing.
func (m Mark) String() string {
	switch m {
	case MarksConflict:
		return "the statement is conflicting"
	case MarksMissing:
		return "the channel's cell is missing"
	case MarksPlans:
		return "a conflicting statement in the product's plan-names row"
	case MarksChange:
		return "a conflicting statement in the dated change's row"
	}
	return ""
}

// The kinds of the matrix rows drawn from findings rather than from
// statements: a channel departs from a product's plan names by naming a
// plan the story does not know, and from a dated change by still stating
// the old value.
const (
	RowPlans  = "plans"
	RowChange = "change"
)

// MarkOf returns what the findings of the rule with the given id mark in
// the story matrix: MarksNothing for custom rules and unknown ids.
func MarkOf(id string) Mark {
	if r := Lookup(id); r != nil {
		return r.Marks
	}
	return MarksNothing
}

// InRow reports whether f is a statement of the finding-drawn matrix row
// of the given kind (RowPlans, RowChange) and subject: its rule draws rows
// of that kind and it is about the subject, or, for plan names, one of the
// subject product's plans ("product/plan").
func InRow(f Finding, kind, subject string) bool {
	switch MarkOf(f.Rule) {
	case MarksPlans:
		return kind == RowPlans && (f.Subject == subject || strings.HasPrefix(f.Subject, subject+"/"))
	case MarksChange:
		return kind == RowChange && f.Subject == subject
	}
	return false
}
