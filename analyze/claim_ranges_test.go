package analyze

import (
	"testing"

	"github.com/onestory/onestory/story"
)

// TestClaimRanges checks that an approved claim with a range is approved
// again whatever joins the range ("30–60", "30-60", "30 to 60"), and
// changed when an end of the range changes.
func TestClaimRanges(t *testing.T) {
	s := kestrelStory()
	s.Claims.Approved = append(s.Claims.Approved,
		story.Claim{ID: "saves", Text: "RoutePlanner saves a dispatcher 30–60 minutes per day"},
		story.Claim{ID: "faster", Text: "Dispatchers plan routes 25%–40% faster with RoutePlanner"})
	idx := newClaimIndex(s)
	for _, c := range []struct{ sent, subject, match string }{
		{"RoutePlanner saves a dispatcher 30-60 minutes per day.", "saves", "approved"},
		{"RoutePlanner saves a dispatcher 30 to 60 minutes per day.", "saves", "approved"},
		{"On average, RoutePlanner saves a dispatcher 30–60 minutes per day.", "saves", "approved"},
		{"RoutePlanner saves a dispatcher 30–90 minutes per day.", "saves", "changed"},
		{"Dispatchers plan routes 25-40% faster with RoutePlanner.", "faster", "approved"},
		{"Dispatchers plan routes 25%-40% faster with RoutePlanner.", "faster", "approved"},
		{"Dispatchers plan routes 25%–50% faster with RoutePlanner.", "faster", "changed"},
	} {
		got := idx.find(c.sent)
		if len(got) != 1 || got[0].Mention.Subject != c.subject || got[0].Mention.Match != c.match {
			t.Errorf("find(%q) = %s, want %s %s", c.sent, describeSpans(c.sent, got), c.match, c.subject)
		}
	}
}
