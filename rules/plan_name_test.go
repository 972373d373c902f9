package rules

import (
	"slices"
	"testing"

	"github.com/onestory/onestory/story"
)

// planStory has two products with plans, a plan alias and a retired plan
// name.
func planStory() *story.Story {
	return &story.Story{Company: "Sourcegraph", Products: []story.Product{
		{ID: "sourcegraph", Name: "Sourcegraph", Aliases: []string{"Sourcegraph Cloud", "Sourcegraph.com"}, Plans: []story.Plan{
			{ID: "free", Name: "Free"},
			{ID: "enterprise", Name: "Enterprise", Aliases: []string{"Enterprise Plus"}, RetiredNames: []string{"Business", "Team Max"}},
		}},
		{ID: "cody", Name: "Cody", Plans: []story.Plan{{ID: "free", Name: "Cody Free"}, {ID: "enterprise", Name: "Cody Enterprise"}}},
		{ID: "code-search", Name: "Code Search"},
	}}
}

func TestPlanNamesFind(t *testing.T) {
	n := newPlanNames(planStory())
	tests := []struct {
		sentence string
		want     []string // unknown names; retired ones prefixed with "retired "
	}{
		// plan position
		{"We have three pricing tiers, Free, Team, and Enterprise.", []string{"Team"}},
		{"Sourcegraph offers three plans: Free, Growth, and Enterprise as defined in pricing.", []string{"Growth"}},
		{"The team or enterprise plan that users are paying for.", []string{"team"}},
		{"Customers on our Business tier keep their license.", []string{"retired Business"}},
		{"Every deal at least at Enterprise Starter pricing is eligible.", []string{"Enterprise Starter"}},
		{"Account name - Enterprise,Enterprise Starter - number of seats", []string{"Enterprise Starter"}},
		{"Users who start their first month of a Cody Pro subscription.", []string{"Pro"}},
		{"Track every Cody Pro user.", []string{"Pro"}},
		{"Cody Pro Internal Reporting", nil}, // title case: capitals say nothing
		{"Move to the Team plan today.", []string{"Team"}},
		{"Ask about the Team Max bundle.", []string{"retired Team Max"}},
		// known names, aliases and ordinary words
		{"Our Free tier allows users to try the product.", nil},
		{"The Enterprise Plus plan adds support.", nil},
		{"Cody Free and Cody Enterprise are available.", nil},
		{"Find the right plan for your team.", nil},
		{"Upgrade from a paid plan or your current plan.", nil},
		{"The annual plan is cheaper than the monthly plan.", nil},
		{"The free or paid plan both work.", nil},
		{"Paid plans start with a trial.", nil},
		{"Agree a Mutual Action Plan and a Joint Success Plan with the buyer.", nil},
		{"It ships under the Apache License and the MIT license.", nil},
		{"The project plan, the account plan and the Disaster Recovery Plan.", nil},
		{"We plan to ship Code Search in May.", nil},
		{"Enterprise and Startup customers get a named account executive.", nil},
		{"Enterprise, Mid-Market and SMB accounts", nil},
		{"Free, Enterprise and Growth are our plans.", []string{"Growth"}},
		{"Teams plan their sprints; Enterprise customers plan ahead.", nil},
		{"Customers on the Team plan get SSO.", []string{"Team"}},
		{"Sourcegraph Cloud customers get a license key.", nil},
		{"New Business in Existing Customer - Team - Renewal", nil},
		{"Sourcegraph Enterprise offers SSO.", nil},
		{"Sourcegraph Cloud Team plan users", []string{"Team"}},
		{"Why is it dearer than GitHub Enterprise / Stack Overflow / Slack / JIRA licenses?", nil},
		{"The Sourcegraph Business Development team helps partners.", nil},
		{"Sourcegraph Free and Open-Source Software License Terms", nil},
		{"For Sourcegraph Team: file a ticket.", nil},
		{"Move from GitHub Enterprise to Sourcegraph.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range n.find(tt.sentence) {
			s := tt.sentence[h.start:h.end]
			if len(h.retired) > 0 {
				s = "retired " + s
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// FuzzPlanNames checks the plan finder on any sentence: hits lie inside the
// sentence, in order, without overlap, and the prefilter mayHold passes
// over no sentence the full scan finds a name in.
func FuzzPlanNames(f *testing.F) {
	for _, s := range []string{"We have three pricing tiers, Free, Team, and Enterprise.", "Cody Pro subscription",
		"The team or enterprise plan", "Enterprise,Enterprise Starter - x", "Über Plan: Free, Ünïcode", "a/b, c and d plan",
		"Sourcegraph.com Pro users", "Sourcegraph\u00a0Pro", "Sourcegraph-x Pro+ Max",
		"three tiers: Team and Enterprise", "the free and team plans", "planners plan depot schedules",
		"our planners plan with the Growth plan"} {
		f.Add(s)
	}
	n := newPlanNames(planStory())
	f.Fuzz(func(t *testing.T, s string) {
		var p sentencePlans
		got := slices.Clone(p.find(n, s))
		var q sentencePlans
		if ref := q.scan(n, s); len(ref) != len(got) {
			t.Fatalf("find(%q) = %v, the full scan %v", s, got, ref)
		}
		end := 0
		for _, h := range got {
			if h.start < end || h.end <= h.start || h.end > len(s) {
				t.Fatalf("find(%q): hit %d-%d out of order or bounds", s, h.start, h.end)
			}
			end = h.end
		}
	})
}

// TestPlanNamesPlainNoun checks the prefilter on plan nouns after plain
// lower-case words: it passes over them when the sentence holds no name of
// the story, and lets through every sentence where such a noun opens a
// list or follows one.
func TestPlanNamesPlainNoun(t *testing.T) {
	n := newPlanNames(planStory())
	tests := []struct {
		sentence string
		may      bool
	}{
		{"Your planners plan depot schedules for each region.", false},
		{"Logistics leads plan loading plans with two clicks.", false},
		{"Plans vary by region.", false},
		{"three tiers: Team and Enterprise.", true},
		{"Plans: Team and Enterprise.", true},
		{"the free and team plans", true},
		{"our plans Enterprise", true},
		{"the enterprise plan", true},
		{"the Growth plan", true},
		{"Teams plan their sprints.", true}, // capitalised before the noun: the full scan decides
		{"a self-hosted plan", true},
		{"our planners plan with the Growth plan", true}, // a plain noun first, then one after a capital
		{"planners plan: the growth plans", false},
	}
	for _, tt := range tests {
		if got := n.mayHold(tt.sentence); got != tt.may {
			t.Errorf("mayHold(%q) = %v, want %v", tt.sentence, got, tt.may)
		}
		var p, q sentencePlans
		if got, ref := p.find(n, tt.sentence), q.scan(n, tt.sentence); len(got) != len(ref) {
			t.Errorf("find(%q) = %v, the full scan %v", tt.sentence, got, ref)
		}
	}
}
