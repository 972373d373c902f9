package story

import (
	"errors"
	"strings"
	"testing"
)

// TestAvoidListedTwice: an avoided form listed twice, whatever its case, is
// kept once and warned about at its place; the story still loads.
func TestAvoidListedTwice(t *testing.T) {
	src := `version: 1
company: Example
terminology:
  - use: email
    avoid: [e-mail, E-Mail]
  - use: sign up
    avoid:
      - signup
  - use: mail
    avoid:
      - E-MAIL
      - SIGNUP
`
	s, err := Parse("messaging.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`messaging.yaml:5:21: terminology[0].avoid[1]: "E-Mail" repeats "e-mail" (line 5): forms are matched whatever their case, so list it once`,
		`messaging.yaml:11:9: terminology[2].avoid[0]: "E-MAIL" repeats "e-mail" (line 5, where it says to use "email")`,
		`messaging.yaml:12:9: terminology[2].avoid[1]: "SIGNUP" repeats "signup" (line 8, where it says to use "sign up")`,
	}
	if len(s.Warnings) != len(want) {
		t.Fatalf("%d warnings, want %d: %v", len(s.Warnings), len(want), s.Warnings)
	}
	for i, w := range want {
		if got := s.Warnings[i].Error(); !strings.HasPrefix(got, w) {
			t.Errorf("warning %d = %q\nwant prefix %q", i, got, w)
		}
	}
	if got := s.Terminology[0].Avoid; len(got) != 1 || got[0] != "e-mail" {
		t.Errorf("terminology[0].avoid = %q, want [e-mail]", got)
	}
	if got := s.Terminology[2].Avoid; len(got) != 0 {
		t.Errorf("terminology[2].avoid = %q, want none", got)
	}
}

// TestStoryPriceIsWhole: a story price with a word that is not a currency,
// unit or period is an error at its place that shows what a price looks
// like.
func TestStoryPriceIsWhole(t *testing.T) {
	src := `version: 1
company: Example
products:
  - id: app
    name: App
    plans:
      - id: team
        name: Team
        price: "79 bucks"
      - id: pro
        name: Pro
        price: "$99 per user per month, excl. VAT"
`
	_, err := Parse("messaging.yaml", []byte(src))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want a story error", err)
	}
	if got := err.Error(); !strings.Contains(got, `messaging.yaml:9:16: products[0].plans[0].price: cannot read "79 bucks" as a price: "bucks" is not a currency, unit or period; write it like "$18 per vehicle per month"`) ||
		strings.Contains(got, "plans[1]") {
		t.Errorf("err = %v", got)
	}
}
