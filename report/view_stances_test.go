package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// stanceStory has one policy and two features on a product of three plans.
func stanceStory() *story.Story {
	return &story.Story{
		Path:     "messaging.yaml",
		Channels: []story.Channel{{Name: "marketing"}, {Name: "sales"}},
		Products: []story.Product{{ID: "pulse", Name: "Pulse", Plans: []story.Plan{
			{ID: "free", Name: "Free"}, {ID: "team", Name: "Team"}, {ID: "enterprise", Name: "Enterprise"}}}},
		Policies: []story.Policy{{ID: "setup-fee", About: []string{"setup fee"}, Stance: "not offered"}},
		Features: []story.Feature{
			{ID: "sso", Name: "SSO", Product: "pulse", IncludedIn: []string{"enterprise"}, Known: true},
			{ID: "support", Name: "priority support", Product: "pulse"},
		},
	}
}

// TestViewStances checks the rows of policies and entitlements: a
// statement that contradicts the story departs from it, one that agrees
// does not, and a conflict where the story says nothing marks its side.
func TestViewStances(t *testing.T) {
	site := func(line int) extract.Location { return extract.Location{Source: "site/pricing.html", Line: line} }
	deck := extract.Location{Source: "collateral/deck.pptx", Slide: 3}
	entries := []rules.Entry{
		{Kind: analyze.PolicyMention, Subject: "setup-fee", Channel: "marketing", Value: "not offered", Display: "not offered", Location: site(3)},
		{Kind: analyze.PolicyMention, Subject: "setup-fee", Channel: "sales", Value: "offered", Display: "offered", Location: deck},
		{Kind: analyze.EntitlementMention, Subject: "sso/enterprise", Channel: "marketing", Value: "included", Display: "included", Location: site(5)},
		{Kind: analyze.EntitlementMention, Subject: "sso/team", Channel: "sales", Value: "included", Display: "included", Location: deck},
		{Kind: analyze.EntitlementMention, Subject: "support/team", Channel: "marketing", Value: "included", Display: "included", Location: site(7)},
		{Kind: analyze.EntitlementMention, Subject: "support/team", Channel: "sales", Value: "not included", Display: "not included", Location: deck},
	}
	findings := []rules.Finding{{Rule: "entitlement-conflict", Subject: "support/team", Found: "not included", Location: deck}}
	v := NewView(stanceStory(), entries, slices.Values(findings))
	got := map[string]string{}
	for _, it := range v.Items {
		if it.Kind == "policy" || it.Kind == "entitlement" {
			got[it.Subject] = it.Story + ": " + it.Cells[0].State + " / " + it.Cells[1].State
		}
	}
	want := map[string]string{
		"setup-fee":          "not offered: consistent / conflicting",
		"sso/free":           "not included: not stated / not stated",
		"sso/team":           "not included: not stated / conflicting",
		"sso/enterprise":     "included: consistent / not stated",
		"support/team":       "not stated: consistent / conflicting",
		"support/enterprise": "not stated: not stated / not stated",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
	if len(v.Features) != 1 || len(v.Features[0].Rows) != 2 || strings.Join(v.Features[0].Plans, ",") != "Free,Team,Enterprise" {
		t.Fatalf("features view %+v, want one grid of 2 features × Free, Team, Enterprise", v.Features)
	}
	if c := v.Features[0].Rows[0].Cells[1]; c.Subject != "sso/team" || c.Cells[1].Values() != "included" {
		t.Errorf("SSO on Team: %s %q, want sso/team with sales saying included", c.Subject, c.Cells[1].Values())
	}

	r := sample()
	r.View = v
	var buf bytes.Buffer
	if err := HTML(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`<h3>Features by plan: Pulse</h3>`, `<th scope="row">SSO</th>`, `story: not included`, `sales: included`, `data-kind="policy"`} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("the page lacks %q", s)
		}
	}
}
