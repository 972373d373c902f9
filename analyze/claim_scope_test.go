package analyze

import (
	"testing"

	"github.com/onestory/onestory/story"
)

// realStory names the companies and products of the two real corpora the
// sentences of TestClaimScope come from (posthog.com and the Sourcegraph
// handbook).
func realStory() *story.Story {
	return &story.Story{
		Company: "PostHog",
		Products: []story.Product{
			{ID: "posthog", Name: "PostHog"},
			{ID: "sourcegraph", Name: "Sourcegraph"},
			{ID: "cody", Name: "Cody"},
			{ID: "code-search", Name: "Code Search"},
		},
		Messages: []story.Message{{ID: "data-control", Text: "Self-host PostHog on your own infrastructure so your data never leaves your systems"}},
	}
}

// TestClaimScope checks sentences of real handbooks and blogs, read by
// hand: claim words that make no claim of the company's, and claims that
// must still be found.
func TestClaimScope(t *testing.T) {
	idx := newClaimIndex(realStory())
	noClaim := []string{
		// instructions to the reader
		"Always tailor the demo to the user specifically!",
		"Always follow our messaging framework to ensure consistency across channels as a general guide.",
		"Never use all-caps within a sentence.",
		"Use the most popular US English spelling and phrasing.",
		"Read our guide to the best GDPR-compliant analytics tools on the market.",
		"Don't make claims about our product that are not 100% genuine and verifiable.",
		// habits, stories, hedges and permissions, not promises
		"We're always looking for exceptional people, so reach out to us via the link above.",
		"As always, we welcome any feedback you have as an issue in the GitHub repo.",
		"I've always been a food lover, and started talking about food at 7 months old.",
		"Paths were slow and never indicated they were done loading, this has since been fixed.",
		"Thus, it's not always possible to use the toolbar to test experiment feature flag changes.",
		"You can always regenerate this token, but keep in mind that the old one will be immediately revoked.",
		"Whilst Community Support offers no guarantees, there are two places to ask questions.",
		// Title Case names, categories and advice
		"Never Split the Difference",
		"Best Case – Opportunities that have a 50% and above probability",
		"This is the best way to do a demo because you can help the client with their exact needs.",
		"Congratulations, this is the best part.",
		"It's best not to let your team get too much bigger as it can create a lot of noise.",
		"Below are the most common copyleft licenses.",
		"For pricing, the most important things to emphasize are a",
		// ordinals and hypotheticals
		"The first and last line of the certificate",
		"as of the date of Customer's first download of the licensed materials",
		"The probability of a variant being the best is given by",
		"You want to test which flow leads to the highest number of purchases.",
		"2x smallest prod nodes",
		"We serve as the product experts during the sales cycle, leading technical discovery.",
		// claims about third parties
		"ClickHouse is orders of magnitude faster than most other databases.",
		"Metabase is one of the most popular open source business intelligence tools.",
		"Unlike Matomo, Plausible is a very streamlined tool rather than a full-blown Google Analytics alternative.",
		"Oracle OpenGrok was traditionally the most popular open source code search tool.",
		// more handbook phrasing
		"Best Accounts for Prospecting: Displays all non-customer assigned accounts with no open opportunities.",
		"What are the most popular programming languages?",
		"CEs should always consult with Sales before creating license keys for prospects.",
		"Try your best, and when you review your answers with your manager, be open about it.",
		"It is worth noting that these are not the only personas or title of roles that use the platform.",
		"Our second-largest collection of Enterprise users use our Managed Instances product.",
		"Our biggest power user is probably Brandon, the CEO.",
		"If, for example, the difference in conversion rate is less than 1%, it's hard to say whether one variant is truly better than the other.",
		"LinkedIn lead gen forms are 4x more likely to convert than typical gated content.",
		"The Call number should reflect the rep’s best estimate of where they will finish the Quarter.",
		"Sunsetting, or deprecation, of a product or feature is never an easy thing to do.",
		"At the moment, 100% of our focus is on the Community Edition of the software.",
		"Saved 20 minutes ago",
	}
	for _, sent := range noClaim {
		if got := idx.find(sent); len(got) > 0 {
			t.Errorf("find(%q) = %s, want no claim", sent, describeSpans(sent, got))
		}
	}
	claims := []string{
		"PostHog is the easiest self-hosted product to deploy and scale in the world.",
		"Saga captures 50% more events with PostHog than with Mixpanel.",
		"We don't access customer end-user data, and customer data is never sold to third parties.",
		"It always runs on the latest release with updates and migrations managed for you.",
		"Unlike Elasticsearch, Sourcegraph is a universal code search application that you can use directly.",
		"PostHog, which the team deployed after seeing it on Hacker News, was the only platform which gave accurate results.",
		"We improved how person properties are handled which results in up to 2x faster queries.",
		"Think of Cody as an always-available senior engineer that knows your codebase inside and out.",
	}
	for _, sent := range claims {
		if got := idx.find(sent); len(got) == 0 {
			t.Errorf("find(%q) = none, want a claim", sent)
		}
	}
}

func TestNewClaimScope(t *testing.T) {
	s := &story.Story{Company: "Kestrel Fleetworks", Products: []story.Product{
		{Name: "RoutePlanner Fleet"}, {Name: "Code Search", Aliases: []string{"Search"}}, {Name: "DriverLog"},
	}}
	got := newClaimScope(s).ours
	for _, w := range []string{"kestrel", "fleetworks", "routeplanner", "search", "driverlog"} {
		if !got[w] {
			t.Errorf("newClaimScope: %q is not ours", w)
		}
	}
	if got["code"] {
		t.Errorf("newClaimScope: %q of \"Code Search\" is ours, but is an ordinary word", "code")
	}
}
