package rules_test

import (
	"fmt"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// A Checker runs every rule over each analysed document, then the corpus
// rules once over what all documents said.
func ExampleChecker() {
	s := &story.Story{Path: "messaging.yaml", Terminology: []story.Term{{Use: "sign up", Avoid: []string{"signup"}}}}
	c, err := rules.NewChecker(s, time.Now())
	if err != nil {
		panic(err)
	}
	at := extract.Location{Source: "site/index.html", Line: 12, Column: 9}
	d := &analyze.Doc{Source: "site/index.html", Channel: "marketing", Format: "html",
		Sentences: []analyze.Sentence{{Text: "Free signup.", Location: at}},
		Mentions:  []analyze.Mention{{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up", Location: at}}}
	findings := append(c.Document(d), c.Corpus()...)
	rules.Sort(findings)
	for _, f := range findings {
		fmt.Printf("%s: %s %s: %s (fix: %s)\n", f.Location, f.Severity, f.Rule, f.Message, f.Fix)
	}
	// Output:
	// site/index.html:12:9: warning term: Use “sign up”, not “signup”. (fix: sign up)
}
