package rules

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

// stanceStory is the example story with two policies (one without a
// stance) and two features (one without plans).
func stanceStory() *story.Story {
	s := exampleStory()
	s.Policies = []story.Policy{
		{ID: "setup-fee", About: []string{"setup fee"}, Stance: story.NotOffered},
		{ID: "iso", About: []string{"ISO 27001"}, Stance: "in progress"},
		{ID: "on-prem", About: []string{"on-premises"}, Stance: story.Offered},
		{ID: "hardware", About: []string{"hardware rental"}},
	}
	s.Features = []story.Feature{
		{ID: "sso", Name: "SSO", Product: "routeplanner", IncludedIn: []string{"enterprise"}, Known: true},
		{ID: "support", Name: "priority support", Product: "routeplanner"},
	}
	return s
}

func policy(id, match string) analyze.Mention {
	return analyze.Mention{Kind: analyze.PolicyMention, Subject: id, Match: match}
}

func entitlement(id, match, plans string) analyze.Mention {
	return analyze.Mention{Kind: analyze.EntitlementMention, Subject: id, Match: match, Plans: plans}
}

// TestPolicyMismatch checks which stances contradict which policies, and
// what the finding says.
func TestPolicyMismatch(t *testing.T) {
	tests := []struct {
		m    analyze.Mention
		want string // the finding's message, "" for none
	}{
		{policy("setup-fee", "offered"), "messaging.yaml says setup fee is not offered; this page says it is offered."},
		{policy("setup-fee", "not offered"), ""},
		{policy("setup-fee", "pending"), ""},
		{policy("iso", "offered"), "messaging.yaml says ISO 27001 is in progress; this page says it is in place."},
		{policy("iso", "pending"), ""},
		{policy("iso", "not offered"), ""},
		{policy("on-prem", "not offered"), "messaging.yaml says on-premises is offered; this page says it is not offered."},
		{policy("on-prem", "offered"), ""},
		{policy("hardware", "offered"), ""},
		{policy("no-such-policy", "offered"), ""},
	}
	for _, tt := range tests {
		d := doc("site/a.html", "marketing", []string{"A sentence."}, at("site/a.html", 1, tt.m))
		f, ok := wantOne(t, only(checker(t, stanceStory()).Document(d), "policy-mismatch"), tt.want)
		if ok && (f.Message != tt.want || f.Subject != tt.m.Subject || f.Found != tt.m.Match || f.Excerpt != "A sentence.") {
			t.Errorf("%s %s: %+v", tt.m.Subject, tt.m.Match, f)
		}
	}
}

// TestEntitlementMismatch checks each way a sentence can place a feature
// against the story's plans.
func TestEntitlementMismatch(t *testing.T) {
	tests := []struct {
		m               analyze.Mention
		expected, found string // "" for no finding
	}{
		{entitlement("sso", "all", "starter,fleet,enterprise"), "Enterprise only", "every plan"},
		{entitlement("sso", "only", "enterprise"), "", ""},
		{entitlement("sso", "only", "fleet,enterprise"), "Enterprise only", "Fleet and Enterprise only"},
		{entitlement("sso", "includes", "enterprise"), "", ""},
		{entitlement("sso", "includes", "fleet"), "Enterprise only", "Fleet"},
		{entitlement("sso", "excludes", "starter,fleet"), "", ""},
		{entitlement("sso", "excludes", "enterprise"), "Enterprise only", "not Enterprise"},
		{entitlement("support", "all", "starter,fleet,enterprise"), "", ""},
	}
	for _, tt := range tests {
		d := doc("site/a.html", "marketing", []string{"A sentence."}, at("site/a.html", 1, tt.m))
		fs := only(checker(t, stanceStory()).Document(d), "entitlement-mismatch")
		want := ""
		if tt.found != "" {
			want = "x"
		}
		f, ok := wantOne(t, fs, want)
		if ok && (f.Expected != tt.expected || f.Found != tt.found || !strings.Contains(f.Message, "includes SSO in "+tt.expected)) {
			t.Errorf("%s %s: expected %q found %q (%s), want %q and %q", tt.m.Match, tt.m.Plans, f.Expected, f.Found, f.Message, tt.expected, tt.found)
		}
	}
}

// TestStanceConflicts checks that sources disagreeing on a policy or a
// feature the story leaves open are reported, once, at the minority's
// place, and that subjects the story settles are left to the mismatch
// rules.
func TestStanceConflicts(t *testing.T) {
	c := checker(t, stanceStory())
	c.Document(doc("site/a.html", "marketing", []string{"One.", "Two."},
		at("site/a.html", 1, policy("hardware", "offered")),
		at("site/a.html", 2, entitlement("support", "only", "enterprise"))))
	c.Document(doc("site/b.html", "marketing", []string{"One.", "Two."},
		at("site/b.html", 1, policy("hardware", "offered")),
		at("site/b.html", 2, entitlement("support", "includes", "fleet"))))
	c.Document(doc("sales/deck.md", "sales", []string{"One.", "Two.", "Three."},
		at("sales/deck.md", 1, policy("hardware", "not offered")),
		at("sales/deck.md", 2, entitlement("support", "includes", "enterprise")),
		at("sales/deck.md", 3, policy("setup-fee", "offered"))))
	var fs []Finding
	for _, f := range c.Corpus() {
		if strings.HasSuffix(f.Rule, "-conflict") {
			fs = append(fs, f)
		}
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+" "+f.Subject+" "+f.Location.String()+" "+f.Found)
	}
	want := []string{
		"policy-conflict hardware sales/deck.md:1:1 not offered",
		"entitlement-conflict support/fleet site/b.html:2:1 included",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("conflicts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(fs[0].Message, "Sources disagree on whether hardware rental is offered") || len(fs[0].Related) != 2 {
		t.Errorf("policy conflict: %q, related %v", fs[0].Message, fs[0].Related)
	}
	if !strings.Contains(fs[1].Message, "whether the Fleet plan includes priority support") {
		t.Errorf("entitlement conflict: %q", fs[1].Message)
	}
}

// TestDeparts checks the statements the story matrix marks as departing.
func TestDeparts(t *testing.T) {
	s := stanceStory()
	tests := []struct {
		e    Entry
		want bool
	}{
		{Entry{Kind: analyze.PolicyMention, Subject: "setup-fee", Value: "offered"}, true},
		{Entry{Kind: analyze.PolicyMention, Subject: "setup-fee", Value: "not offered"}, false},
		{Entry{Kind: analyze.PolicyMention, Subject: "hardware", Value: "offered"}, false},
		{Entry{Kind: analyze.EntitlementMention, Subject: "sso/fleet", Value: included}, true},
		{Entry{Kind: analyze.EntitlementMention, Subject: "sso/enterprise", Value: included}, false},
		{Entry{Kind: analyze.EntitlementMention, Subject: "sso/enterprise", Value: notIncluded}, true},
		{Entry{Kind: analyze.EntitlementMention, Subject: "support/fleet", Value: included}, false},
		{Entry{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Value: "x"}, false},
	}
	for _, tt := range tests {
		if got := Departs(s, tt.e); got != tt.want {
			t.Errorf("Departs(%s %s %s) = %v, want %v", tt.e.Kind, tt.e.Subject, tt.e.Value, got, tt.want)
		}
	}
}

// TestStancesAside checks that a stance that is not the company's — a
// competitor's offer, a question, the past — is neither a mismatch nor one
// side of a conflict.
func TestStancesAside(t *testing.T) {
	aside := func(m analyze.Mention) analyze.Mention { m.Aside = analyze.AsideCompetitor; return m }
	d := doc("site/a.html", "marketing", []string{"One.", "Two."},
		at("site/a.html", 1, aside(policy("setup-fee", "offered"))),
		at("site/a.html", 2, aside(entitlement("sso", "all", ""))))
	c := checker(t, stanceStory())
	if fs := c.Document(d); len(fs) != 0 {
		t.Errorf("asides reported: %+v", fs)
	}
	c.Document(doc("sales/deck.md", "sales", []string{"One."}, at("sales/deck.md", 1, policy("hardware", "not offered"))))
	c.Document(doc("site/b.html", "marketing", []string{"One."}, at("site/b.html", 1, aside(policy("hardware", "offered")))))
	for _, f := range c.Corpus() {
		if strings.HasSuffix(f.Rule, "-conflict") {
			t.Errorf("a competitor's stance made a conflict: %s %q", f.Rule, f.Message)
		}
	}
}
