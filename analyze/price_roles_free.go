package analyze

import (
	"strings"

	"github.com/onestory/onestory/value"
)

// tierNouns after "free" make it part of a tier's name, not a price: "the
// free plan", "a free PostHog Cloud account", "free users".
var tierNouns = map[string]bool{"plan": true, "plans": true, "tier": true, "tiers": true,
	"version": true, "versions": true, "edition": true, "editions": true, "account": true,
	"accounts": true, "option": true, "options": true, "offering": true, "package": true,
	"license": true, "licence": true, "instance": true, "instances": true, "user": true,
	"users": true, "customers": true, "signup": true, "signups": true, "level": true}

// allowanceNouns after "free" make it an amount given free: "one free year
// of Cloud", "our free volume", "free events".
var allowanceNouns = map[string]bool{"year": true, "years": true, "month": true, "months": true,
	"day": true, "days": true, "week": true, "weeks": true, "volume": true, "event": true,
	"events": true, "usage": true, "quota": true, "allowance": true, "seat": true, "seats": true,
	"credit": true, "credits": true, "minutes": true, "hours": true, "storage": true,
	"requests": true, "calls": true, "builds": true, "bandwidth": true, "units": true,
	"messages": true, "recordings": true, "limit": true, "limits": true, "allocation": true}

// segmentWords after "free for" scope the offer to a programme or a
// segment: "free for startups", "free for open source projects".
var segmentWords = map[string]bool{"startups": true, "startup": true, "students": true,
	"student": true, "nonprofits": true, "nonprofit": true, "non": true, "education": true,
	"educational": true, "teachers": true, "schools": true, "academic": true, "academics": true,
	"charities": true, "ngos": true, "open": true, "oss": true, "community": true, "yc": true,
	"researchers": true, "universities": true}

// functionWords after "free" leave it predicative ("Cloud is free to use",
// "free forever", "free and open source"), so the clause decides.
var functionWords = map[string]bool{"to": true, "for": true, "and": true, "or": true, "with": true,
	"of": true, "in": true, "on": true, "at": true, "if": true, "when": true, "as": true, "but": true,
	"until": true, "while": true, "because": true, "so": true, "forever": true, "now": true,
	"today": true, "is": true, "are": true, "was": true, "the": true, "a": true, "an": true,
	"you": true, "we": true, "they": true, "it": true, "this": true, "that": true, "by": true,
	"from": true, "up": true, "during": true, "then": true, "plus": true, "also": true,
	"always": true, "again": true, "after": true, "before": true, "without": true, "thereafter": true}

// freeRole returns the role of the word "free" at text[start:end], whose
// clause is low[lo:hi] (lower-cased):
//   - a name when it is part of a capitalised name ("Cody Free") or names
//     a tier ("the free plan", "a free PostHog Cloud account");
//   - an allowance when it gives an amount free ("free volume", "one free
//     year", "free for up to 10 users", "1 million events per month for
//     free", "free for startups");
//   - a perk when it qualifies something other than a plan ("free
//     onboarding", "free support");
//   - else a price: "PostHog Cloud is free", "Free forever".
func freeRole(text string, low []byte, start, end, lo, hi int, refs []planRef, qs []value.QuantitySpan) string {
	if text[start] == 'F' && (capitalisedBefore(text, lo, start) || listOfNames(text, end, hi)) {
		return RoleName
	}
	k := afterName(text, end, hi, refs) // "free PostHog Cloud account": read after the name
	named := k != end
	if tierContrast(low, lo, start, end, hi) {
		return RoleName // "free or paid", "from free to paid", "free and enterprise"
	}
	after := strings.Fields(wordsAfter(low, k, hi, 4))
	if j := skipBlank(text, k); j < hi && strings.IndexByte(",;:)", text[j]) >= 0 {
		after = nil // "plans: Free, Business, and Enterprise": no noun follows
	}
	switch {
	case len(after) > 0 && tierNouns[after[0]],
		len(after) > 1 && tierNouns[after[1]] && !functionWords[after[0]]:
		return RoleName
	case len(after) > 0 && allowanceNouns[after[0]]:
		return RoleAllowance
	case named && len(after) > 0 && !functionWords[after[0]]:
		return RoleName
	case !named && len(after) > 0 && after[0] == "for" && len(after) > 1 && segmentWords[after[1]]:
		return RoleAllowance
	case !named && len(after) > 0 && !functionWords[after[0]] && after[0] != "#":
		return RolePerk
	}
	if strings.Contains(wordsAfter(low, end, hi, 8), " up to ") || quantityIn(qs, lo, hi) {
		return RoleAllowance // "free to use up to 1M events", "10 users free"
	}
	if usageForFree(low, lo, start) {
		return RoleAllowance // "track their product usage for free"
	}
	return RolePrice
}

// usageForFree reports whether the "free" at low[start] closes "for free"
// after a use or an amount of use ("track their product usage for free",
// "send your events for free"): what a plan lets users do free of charge,
// where "use Cloud for free" is the plan's price.
func usageForFree(low []byte, lo, start int) bool {
	before := strings.Fields(wordsBefore(low, lo, start, 3))
	if len(before) < 2 || before[len(before)-1] != "for" {
		return false
	}
	for _, w := range before[:len(before)-1] {
		if allowanceNouns[w] && !timeNouns[w] {
			return true
		}
	}
	return false
}

// timeNouns among allowanceNouns give a period, not an amount of use:
// "a year for free" is read by the quantity it comes with.
var timeNouns = map[string]bool{"year": true, "years": true, "month": true, "months": true,
	"day": true, "days": true, "week": true, "weeks": true}

// quantityIn reports whether one of qs lies in the clause [lo, hi): a
// free amount ("1 million events per month for free"), where a bare
// number ("PostHog 2.0 is free") is none.
func quantityIn(qs []value.QuantitySpan, lo, hi int) bool {
	for _, q := range qs {
		if q.Start >= lo && q.End <= hi {
			return true
		}
	}
	return false
}

// tierWords set against "free" name tiers: "free or paid", "move a
// feature from paid to free", "choosing between free and enterprise".
var tierWords = map[string]bool{"paid": true, "enterprise": true, "premium": true, "commercial": true}

// connectives join "free" and a tier word: "free or paid".
var connectives = map[string]bool{"or": true, "and": true, "to": true, "vs": true, "versus": true}

// tierContrast reports whether "free" at low[start:end], inside the
// clause low[lo:hi], is set against a tier: a connective, then a tier
// word, on either side.
func tierContrast(low []byte, lo, start, end, hi int) bool {
	before := strings.Fields(wordsBefore(low, lo, start, 2))
	after := strings.Fields(wordsAfter(low, end, hi, 2))
	return len(before) == 2 && tierWords[before[0]] && connectives[before[1]] ||
		len(after) == 2 && connectives[after[0]] && tierWords[after[1]]
}

// capitalisedBefore reports whether the word before text[at], in the same
// clause (from lo), starts with a capital letter: "Cody Free", "PostHog
// Free".
func capitalisedBefore(text string, lo, at int) bool {
	j := at
	for j > lo && text[j-1] == ' ' {
		j--
	}
	if j == at || j == lo {
		return false
	}
	i := j
	for i > lo && text[i-1] != ' ' && text[i-1] != '\t' {
		i--
	}
	return text[i] >= 'A' && text[i] <= 'Z'
}

// listOfNames reports whether a comma and a capitalised word follow
// text[end]: "Free, Business, and Enterprise".
func listOfNames(text string, end, hi int) bool {
	if end >= hi || text[end] != ',' {
		return false
	}
	j := skipBlank(text, end+1)
	return j < hi && text[j] >= 'A' && text[j] <= 'Z'
}

// skipBlank returns the first index at or after j that is no space.
func skipBlank(s string, j int) int {
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}
