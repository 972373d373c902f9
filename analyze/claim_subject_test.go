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
		// the effect of what was said before, a condition, a wish, a value
		"This makes for the smoothest collaboration.",
		"This enables us to provide them with the best possible experience.",
		"Our paid ads agency doesn’t wait for our approval either if we haven’t responded in 24 hours.",
		"Trials are an important and strategic part of our sales cycles because when developers start to use Sourcegraph, they love it and want to use it forever.",
		"While code search will always be essential to what we are as a company and as a product, we've evolved to become a 2-product company built on top of a core platform.",
		// a comparison with an expectation or the product's own past
		"Self-serve was way better than we thought it would be.",
		"This makes comparing conversion based on properties easier than ever.",
		"Deploys are faster than before.",
		// a negated superlative, a superlative chosen, a cap, a number in another clause
		"This helps people know they're not the first to use PostHog!",
		"Sourcegraph gives teams the freedom to choose the best large language model to fit their needs.",
		"This report will ensure that any campaigns receive attribution, enabling us to evaluate our best sources of pipeline generation.",
		"Existing customer pricing will increase by no more than 5% per year",
		"We’re a bit sad, but it drives home what an intense 3 months this has been!",
		"The move to SSC, despite a current and lower 93% match confidence with Stripe data, will promise improved internal reporting after resolving a critical bug.",
		// people at work, not customers
		"Customer engineers are encouraged to use Cody as much as possible in order to figure out demo paths that work best for them.",
		// an opinion the writer owns as such
		"Of course, we would say PostHog is the best open source analytics platform, but you can decide for yourself today!",
		"In our opinion, PostHog is the best open source analytics platform.",
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
		"This means they have greater control over who has access to their data and regulatory compliance is a breeze because information never leaves existing systems.",
		"PostHog is the best open source analytics tool for companies that are focused on building a more successful product.",
		"We improved how person properties are handled which results in up to 2x faster queries.",
		"Ramp time for new codebases or projects can be reduced by 25%–40% as well",
		"Sourcegraph is 3x faster than before and 2x faster than GitHub.",
		"If you need speed, PostHog is the fastest.",
		"Customer data is never sold to third parties.",
		"We will always allow you to benchmark PostHog.",
		"PostHog cuts costs for teams that run 50 projects by 20%.",
		"The product will always be part of the free tier.",
		"Customer support is always there for you, day and night.",
		"Your developers already rely on Sourcegraph, and a day of reduced productivity if Sourcegraph goes down costs you far more than the price of the paid tiers.",
	}
	for _, sent := range claims {
		if got := idx.find(sent); len(got) == 0 {
			t.Errorf("find(%q) = none, want a claim", sent)
		}
	}
}
