package analyze

import (
	"testing"

	"github.com/onestory/onestory/story"
)

// handbookStory is a story whose approved claims put "developer", "time"
// and "onboarding" among the story's words, as the Sourcegraph handbook's
// story does: a subject made of them is the company's domain.
func handbookStory() *story.Story {
	return &story.Story{
		Company:  "Sourcegraph",
		Products: []story.Product{{ID: "sourcegraph", Name: "Sourcegraph"}, {ID: "cody", Name: "Cody"}},
		Facts:    []story.Fact{{ID: "trial", About: []string{"trial", "free trial"}}},
		Claims: story.Claims{Approved: []story.Claim{
			{ID: "time-saved", Text: "Sourcegraph saves each developer 30-60 minutes a day"},
			{ID: "onboarding", Text: "Sourcegraph cuts developer onboarding time by 25-40%"},
		}},
	}
}

// TestClaimFrames checks sentences of the Sourcegraph handbook, read by
// hand, whose subject is among the story's words: the frame around the
// claim word decides, and an approved claim in other words is approved.
func TestClaimFrames(t *testing.T) {
	idx := newClaimIndex(handbookStory())
	for _, sent := range []string{
		"A few of the customer’s most influential developers asked a lot of challenging questions during the first demo.",
		"Trials are an important and strategic part of our sales cycles because when developers start to use Sourcegraph, they love it and want to use it forever.",
		"Developers are happier than we expected.",
		"Cody answers 2x faster than the previous release.",
		"Signups grew 3x faster than we expected.",
		"Developer onboarding time will increase by no more than 5% per year.",
	} {
		if got := idx.find(sent); len(got) > 0 {
			t.Errorf("find(%q) = %s, want no claim", sent, describeSpans(sent, got))
		}
	}
	tests := []struct{ sent, match, subject string }{
		{"Save 30–60 mins per day per engineer searching code", "approved", "time-saved"},
		{"On average, Sourcegraph reduces the new dev onboarding time by 25%–40%", "approved", "onboarding"},
		{"Ramp time for new codebases or projects can be reduced by 25%–40% as well", "unmatched", ""},
		{"Cody cuts developer onboarding time by 60%.", "changed", "onboarding"},
		{"Sourcegraph's most powerful feature is Batch Changes.", "unmatched", ""},
		{"This guarantees zero downtime for every team.", "unmatched", ""},
		{"Cody makes code review 2x faster than before.", "unmatched", ""},
		{"This is the fastest way to search code.", "unmatched", ""},
		{"Cody answers 2x faster than the previous release and 3x faster than Copilot.", "unmatched", ""},
	}
	for _, tt := range tests {
		got := idx.find(tt.sent)
		if len(got) != 1 || got[0].Mention.Match != tt.match || got[0].Mention.Subject != tt.subject {
			t.Errorf("find(%q) = %s, want one claim %s %q", tt.sent, describeSpans(tt.sent, got), tt.match, tt.subject)
		}
	}
}

// TestGoalLabel checks which headings, parent items and labels head a
// list of goals.
func TestGoalLabel(t *testing.T) {
	for label, want := range map[string]bool{
		"Goals:": true, "**Non Goals:**": true, "Product goals": true, "Goals for 2022": true,
		"Q3 OKRs": true, "Objectives": true, "Targets": true, "Goal": true,
		"Target customers for 2022": false, "Overview": false, "How we reached our goals this year and what comes next": false,
		"Goalkeeper": false, "": false, "Reach your goals": false, "Customer goals": false,
	} {
		if got := isGoalLabel(label); got != want {
			t.Errorf("isGoalLabel(%q) = %v, want %v", label, got, want)
		}
	}
}
