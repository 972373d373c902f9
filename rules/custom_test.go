package rules

import (
	"slices"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

func customStory() *story.Story {
	s := exampleStory()
	s.Custom = []story.CustomRule{
		{Name: "hype", Kind: "existence", Message: "Don't say “%s”.", Tokens: []string{"world-class", "game changer"}, Patterns: []string{`\bNo\. ?1\b`}},
		{Name: "spelling", Kind: "substitution", Severity: "error", Swap: []story.Swap{{Avoid: "e-mail", Use: "email"}, {Avoid: "on-board", Use: "onboard"}}},
		{Name: "gdpr", Kind: "required", Tokens: []string{"GDPR"}, Sources: []string{"site/legal/**"}},
	}
	return s
}

func TestCustomRules(t *testing.T) {
	lines := []string{
		"A world-class, No.1 planner: a real Game  Changer.",
		"Send an E-mail to on-board drivers; world-classic is fine.",
	}
	d := doc("site/index.html", "marketing", lines)
	d.Text.Blocks[1].Location.Column = 3
	type want struct {
		rule, message, fix string
		line, col          int
		sev                Severity
	}
	wants := []want{
		{"custom/hype", "Don't say “world-class”.", "", 1, 3, Warning},
		{"custom/hype", "Don't say “No.1”.", "", 1, 16, Warning},
		{"custom/hype", "Don't say “Game  Changer”.", "", 1, 37, Warning},
		{"custom/spelling", "Use “email”, not “E-mail”.", "email", 2, 11, Error},
		{"custom/spelling", "Use “onboard”, not “on-board”.", "onboard", 2, 21, Error},
	}
	fs := checker(t, customStory()).Document(d)
	if len(fs) != len(wants) {
		t.Fatalf("got %d findings %+v, want %d", len(fs), fs, len(wants))
	}
	for i, w := range wants {
		f := fs[i]
		if f.Rule != w.rule || f.Message != w.message || f.Fix != w.fix || f.Location.Line != w.line || f.Location.Column != w.col || f.Severity != w.sev {
			t.Errorf("finding %d: got %s %s %q fix %q at %d:%d\nwant %+v", i, f.Rule, f.Severity, f.Message, f.Fix, f.Location.Line, f.Location.Column, w)
		}
	}
}

func TestCustomRequired(t *testing.T) {
	c := checker(t, customStory())
	fs := c.Document(doc("site/legal/privacy.html", "marketing", []string{"We keep your data safe."}))
	want := Finding{Rule: "custom/gdpr", Severity: Warning, Message: "This source never says “GDPR”.", Channel: "marketing",
		Subject: "GDPR", Expected: "GDPR", Location: extract.Location{Source: "site/legal/privacy.html"}}
	if len(fs) != 1 || fs[0].Rule != want.Rule || fs[0].Message != want.Message || fs[0].Location != want.Location {
		t.Errorf("got %+v, want %+v", fs, want)
	}
	if fs := c.Document(doc("site/legal/terms.html", "marketing", []string{"We follow the GDPR."})); len(fs) != 0 {
		t.Errorf("the source says it: %+v", fs)
	}
	if fs := c.Document(doc("site/index.html", "marketing", []string{"Hello."})); len(fs) != 0 {
		t.Errorf("the rule does not apply to site/index.html: %+v", fs)
	}
}

func TestCustomOverride(t *testing.T) {
	s := customStory()
	s.Rules = map[string]story.RuleSetting{"custom/hype": {Off: true}, "custom/spelling": {Severity: "info"}}
	fs := checker(t, s).Document(doc("a.html", "marketing", []string{"A world-class e-mail."}))
	if len(fs) != 1 || fs[0].Rule != "custom/spelling" || fs[0].Severity != Info {
		t.Errorf("got %+v", fs)
	}
}

func TestCheckerRules(t *testing.T) {
	s := customStory()
	s.Rules = map[string]story.RuleSetting{"term": {Off: true}, "custom/spelling": {Severity: "info"}, "stale-offer": {Severity: "error"}}
	got := map[string]*Rule{}
	for _, r := range checker(t, s).Rules() {
		got[r.ID] = r
	}
	catalog := 0 // rules of a catalogue: the story has none
	for _, r := range All() {
		if r.Catalog {
			catalog++
			if got[r.ID] != nil {
				t.Errorf("%s runs, want it left out: the story has no catalogue", r.ID)
			}
		}
	}
	if catalog == 0 || len(got) != len(All())-1-catalog+3 || got["term"] != nil {
		t.Errorf("got %d rules, want every built-in but term and the catalogue's, and 3 custom rules", len(got))
	}
	if got["custom/spelling"].Severity != Info || got["stale-offer"].Severity != Error || stale().Severity != Warning {
		t.Error("Rules() does not carry the story's severities, or changed the built-in rule")
	}
	if doc := got["custom/spelling"].Doc; doc != "Custom substitution rule of the story file\n\nDefined at messaging.yaml:0:0; it looks for “e-mail” → “email”, “on-board” → “onboard”." {
		t.Errorf("custom doc %q", doc)
	}
}

func stale() *Rule { return Lookup("stale-offer") }

// TestCustomLongest: a custom rule's phrases are matched leftmost-longest,
// as terms are: the longest of phrases that share a start wins, and a place
// two phrases match (the same word listed in two casings) is one finding.
func TestCustomLongest(t *testing.T) {
	s := exampleStory()
	s.Custom = []story.CustomRule{
		{Name: "allow", Kind: "substitution", Swap: []story.Swap{{Avoid: "whitelist", Use: "allowlist"}, {Avoid: "whitelisting", Use: "allowlisting"},
			{Avoid: "e-mail", Use: "email"}, {Avoid: "E-Mail", Use: "email"}}},
		{Name: "hype", Kind: "existence", Tokens: []string{"best", "best in class", "class"}},
	}
	d := doc("site/index.html", "marketing", []string{"Configure IP whitelisting, or a whitelist, by e-mail or E-Mail.", "The best in class, best in show."})
	var got []string
	for _, f := range checker(t, s).Document(d) {
		got = append(got, f.Rule+" "+f.Found+" "+f.Fix)
	}
	want := []string{"custom/allow whitelisting allowlisting", "custom/allow whitelist allowlist",
		"custom/allow e-mail email", "custom/allow E-Mail email", "custom/hype best in class ", "custom/hype best "}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
