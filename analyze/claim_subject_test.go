package analyze

import "testing"

// TestClaimSubject checks sentences of the two real corpora, read by hand:
// process prose, advice and opinions that hold a claim word but are no
// claim of the company's, and the company's claims that must stay.
func TestClaimSubject(t *testing.T) {
	idx := newClaimIndex(realStory())
	noClaim := []string{
		// statements about the world, other people and other things
		"An en dash is slightly wider than a hyphen (-) but narrower than an em dash (—).",
		"Companies want to leverage their data more than ever before.",
		"A founder will have the easiest time trying to make changes fast.",
		"Those conversations never end, but through them we've found there are three fundamental reasons.",
		"They investigated third-party providers, but found their approach unclear, making self-hosting the best option.",
		"The objective of this call is to help figure out with the customer what the best solution is for them.",
		"In HTML, the easiest way to add the appropriate typographic quotation marks is to wrap the quote.",
		"A few of the customer’s most influential developers asked a lot of challenging questions during the first demo.",
		// advice to the reader
		"You will know what channel is best but generally it is recommended to share in #eng-announce.",
		"Note that reserved instances are about 40% cheaper if you can commit to a year.",
		"As a rule, always understand the context behind the question.",
		"You're unable to fully leverage the potential of your data warehouse.",
		"Figuring out the best solution for a customer",
		"Assuming PostHog is the best solution for a customer, you should look at their level of scale.",
		// the team's intentions, beliefs and habits
		"We hired world class people, and we let people go quickly when it wasn't working.",
		"We believe this approach will lead to the best product for end users.",
		"We always welcome contributions from our community!",
		"We currently follow a 100% inbound sales model.",
		"As an early stage start-up our priority is to get the most out of our tools for the lowest price possible.",
		"It is crucial that as a customer-centric growing company, we always keep our target audiences in mind.",
		// a changelog line
		"Fixed bug in feature flags when in certain cases a 0% release was considered as a 100% release.",
	}
	for _, sent := range noClaim {
		if got := idx.find(sent); len(got) > 0 {
			t.Errorf("find(%q) = %s, want no claim", sent, describeSpans(sent, got))
		}
	}
	claims := []string{
		"We have increased our free volume on PostHog Cloud to 1 million events per month for free.",
		"How Hasura improved conversion rates by 10-20% with PostHog",
		"How Saga captured 50% more data and boosted retention by 70%",
		"100x more, for free",
		"Zero infrastructure access for customers",
		"Moreover, unlike other SaaS providers, our source code is open.",
		"By offering a self-hosted product analytics solution, PostHog goes further than any other provider.",
		"The product will always be available for download without leaving an email address.",
		"You can set up Sourcegraph and see value in 5 minutes.",
		"Most of our customers tell us Sourcegraph is one of the easiest applications to maintain.",
		"On average, Sourcegraph reduces the new dev onboarding time by 25%–40%",
		"This makes comparing conversion based on properties easier than ever.",
	}
	for _, sent := range claims {
		if got := idx.find(sent); len(got) == 0 {
			t.Errorf("find(%q) = none, want a claim", sent)
		}
	}
}
