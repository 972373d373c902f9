package rules

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/story"
)

// TestUnknownRuleID checks that an override of a rule that does not exist
// is an error at its place in the story file, with the nearest id, and
// that known ids and custom rules pass.
func TestUnknownRuleID(t *testing.T) {
	src := `version: 1
company: Kestrel
rules:
  term: {severity: warning}
  unaproved-claim: {severity: off}
  custom/no-cheap: {extends: existence, tokens: [cheap]}
  no-such-rule: {severity: info}
`
	s, err := story.Parse("messaging.yaml", []byte(src))
	if err != nil {
		t.Fatalf("the story loader checks the shape, not the ids: %v", err)
	}
	_, err = NewChecker(s, time.Now())
	if err == nil {
		t.Fatal("NewChecker accepted unknown rule ids")
	}
	ids := strings.Join(IDs(), ", ")
	want := []string{
		`messaging.yaml:5:3: rules.unaproved-claim: unknown rule "unaproved-claim" (did you mean "unapproved-claim"?); built-in rules: ` + ids + `; custom rules are named "custom/NAME"`,
		`messaging.yaml:7:3: rules.no-such-rule: unknown rule "no-such-rule"; built-in rules: ` + ids + `; custom rules are named "custom/NAME"`,
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("error =\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	var se *story.Error
	if !errors.As(err, &se) || se.Line != 5 || se.Column != 3 {
		t.Errorf("errors.As(*story.Error) = %+v, want the first at line 5, column 3", se)
	}
	delete(s.Rules, "unaproved-claim")
	delete(s.Rules, "no-such-rule")
	if err := Validate(s); err != nil {
		t.Errorf("Validate with known ids and a custom rule = %v", err)
	}
}

// TestMarks checks the registry's say on the story matrix: which rules'
// findings make a cell conflicting or missing, and which draw rows.
func TestMarks(t *testing.T) {
	for id, want := range map[string]Mark{
		"price-mismatch": MarksConflict, "price-conflict": MarksConflict, "stale-offer": MarksConflict,
		"entitlement-conflict": MarksConflict, "missing-message": MarksMissing,
		"plan-name": MarksPlans, "stale-value": MarksChange,
		"term": MarksNothing, "unreadable-source": MarksNothing, "custom/no-cheap": MarksNothing, "no-such-rule": MarksNothing,
	} {
		if got := MarkOf(id); got != want {
			t.Errorf("MarkOf(%q) = %d, want %d", id, got, want)
		}
	}
	for m := MarksNothing; m <= MarksChange; m++ {
		if (m.String() == "") != (m == MarksNothing) {
			t.Errorf("Mark(%d).String() = %q", m, m.String())
		}
	}
	for _, c := range []struct {
		f             Finding
		kind, subject string
		want          bool
	}{
		{Finding{Rule: "plan-name", Subject: "routeplanner"}, RowPlans, "routeplanner", true},
		{Finding{Rule: "plan-name", Subject: "routeplanner/fleet"}, RowPlans, "routeplanner", true},
		{Finding{Rule: "plan-name", Subject: "routeplanner-x"}, RowPlans, "routeplanner", false},
		{Finding{Rule: "plan-name", Subject: "routeplanner"}, RowChange, "routeplanner", false},
		{Finding{Rule: "stale-value", Subject: "rename"}, RowChange, "rename", true},
		{Finding{Rule: "stale-value", Subject: "rename/x"}, RowChange, "rename", false},
		{Finding{Rule: "price-mismatch", Subject: "routeplanner"}, RowPlans, "routeplanner", false},
	} {
		if got := InRow(c.f, c.kind, c.subject); got != c.want {
			t.Errorf("InRow(%s %q, %s, %q) = %v, want %v", c.f.Rule, c.f.Subject, c.kind, c.subject, got, c.want)
		}
	}
}
