package rules_test

import (
	"context"
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// wordStory avoids the term "signup" and has custom existence and
// substitution rules for the same word.
const wordStory = `version: 1
company: Northwind
terminology:
  - use: sign up
    avoid: [signup]
rules:
  custom/no-signup:
    extends: existence
    tokens: [signup]
  custom/signup-swap:
    extends: substitution
    swap:
      signup: sign up
`

// TestWordBoundsAgree checks that the term rule and the custom rules read
// a whole word alike (internal/words.Bounded): a word joined by a hyphen
// or an underscore, such as "pre-signup", is a word of its own, a use of
// none of them; an apostrophe, a slash, brackets and a full stop leave
// "signup" a word.
func TestWordBoundsAgree(t *testing.T) {
	s, err := story.Parse("messaging.yaml", []byte(wordStory))
	if err != nil {
		t.Fatal(err)
	}
	az, err := analyze.New(s)
	if err != nil {
		t.Fatal(err)
	}
	c, err := rules.NewChecker(s, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		use  bool // every rule kind finds "signup"
	}{
		{"Finish the pre-signup checks first.", false},
		{"Open the signup-flow page.", false},
		{"Open the signup\u2011flow page.", false},
		{"Run the resignup job.", false},
		{"Keep signup_url in the config.", false},
		{"Say _signup_ once.", true},
		{"Your signup is done.", true},
		{"Your signup's done.", true},
		{"Use the signup/login page.", true},
		{"Finish your signup.", true},
		{"Free (signup required) for teams.", true},
		{"Signup - then wait.", true},
	} {
		text := &extract.Text{Source: "page.md", Format: "markdown", Blocks: []extract.Block{{
			Kind: extract.Paragraph, Text: tc.text, Location: extract.Location{Source: "page.md", Line: 1, Column: 1}}}}
		d := az.Analyze(context.Background(), text, "marketing")
		got := map[string]bool{}
		for _, f := range c.Document(d) {
			got[f.Rule] = true
		}
		for _, id := range []string{"term", "custom/no-signup", "custom/signup-swap"} {
			if got[id] != tc.use {
				t.Errorf("%q: %s found it: %v, want %v (all: %v)", tc.text, id, got[id], tc.use, got)
			}
		}
	}
}
