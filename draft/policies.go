package draft

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/onestory/onestory/extract"
)

// maxPolicies bounds the policies a draft proposes.
const maxPolicies = 10

// policyPatterns find what a sentence or heading says the company does not
// do or offer; the first group is what it is about.
var policyPatterns = []*regexp.Regexp{
	// "No user limit", "No credit card required", "No hosting costs at all"
	regexp.MustCompile(`^No ([a-z][a-z -]{2,60}?)(?:$|[.,;:(!—–]| at all| required| needed| whatsoever)`),
	// "There is no free trial."
	regexp.MustCompile(`(?i)\bthere (?:is|are) no ([a-z][a-z -]{2,60}?)(?:$|[.,;:(!]| for | on | in )`),
	// "… setup fees and no long-term contracts" after a first match
	regexp.MustCompile(`(?i)\band no ([a-z][a-z -]{2,60}?)(?:$|[.,;:(!]| for | on | in )`),
	// "We try to avoid moving features from free to paid as …", a heading "Avoid …"
	regexp.MustCompile(`(?i)(?:^|\bwe (?:try to |always )?)avoid ([a-z]+ing [a-z -]{2,60}?)(?:$|[.,;:(!]| as | because | since )`),
	// "We do not offer refunds", "we don't charge setup fees"
	regexp.MustCompile(`(?i)\bwe (?:do not|don't|don’t|never) (?:offer|provide|charge|sell|require) (?:any )?([a-z][a-z -]{2,60}?)(?:$|[.,;:(!]| for | to | on | in )`),
	// "Phone support is not available", "SSO is not included"
	regexp.MustCompile(`^([A-Za-z][A-Za-z -]{2,40}?) (?:is|are) not (?:available|offered|included|supported)(?:$|[.,;:(!]| for | on | in | with )`),
}

// policyWords are the words that make what a sentence denies a commercial
// policy rather than a remark: "No user limit", "no free trial", "avoid
// moving features from free to paid"; not "No sneaky stuff".
var policyWords = map[string]bool{
	"limit": true, "limits": true, "free": true, "paid": true, "trial": true, "credit": true,
	"card": true, "contract": true, "contracts": true, "commitment": true, "lock-in": true,
	"fee": true, "fees": true, "cost": true, "costs": true, "refund": true, "refunds": true,
	"seat": true, "seats": true, "user": true, "users": true, "support": true, "sla": true,
	"cookies": true, "setup": true, "minimum": true, "self-hosted": true, "hosting": true,
	"discount": true, "discounts": true, "plan": true, "plans": true, "license": true, "licence": true,
	"commitments": true,
}

// addPolicy records what a sentence or heading of block b says is not
// offered, unless it says it of a competitor.
func (c *Collector) addPolicy(b *extract.Block, text string, loc extract.Location, channel string) {
	if len(text) > 300 {
		return
	}
	seen := map[string]bool{}
	rival := -1 // not yet asked
	for _, re := range policyPatterns {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			// "No setup fees and no long-term contracts": two policies.
			for _, about := range strings.Split(strings.ToLower(strings.TrimSpace(m[1])), " and no ") {
				ws := strings.Fields(about)
				if len(ws) == 0 || len(ws) > 6 || !anyWord(ws, policyWords) || stopWords[ws[len(ws)-1]] || anyWord(ws, verbs) || seen[about] {
					continue
				}
				seen[about] = true
				if rival < 0 {
					rival = 0
					if c.aboutCompetitor(b, text) {
						rival = 1
					}
				}
				if rival == 1 {
					return
				}
				c.tallyOf(c.policies, about).add(loc, channel, strings.TrimSpace(text))
			}
		}
	}
}

// verbs make a clause of what a policy is about: "no SDR credit is awarded".
var verbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "will": true,
	"can": true, "should": true, "must": true, "has": true, "have": true}

func anyWord(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// draftPolicies proposes what the sources say is not offered, the
// best-attested first, each with the sentence that says it.
func (c *Collector) draftPolicies() []Policy {
	ids := map[string]bool{}
	var out []Policy
	for _, about := range ranked(c.policies) {
		if len(out) == maxPolicies {
			break
		}
		t := c.policies[about]
		out = append(out, Policy{ID: uniqueID(about, ids), About: []string{about}, Stance: "not offered", Said: t.shortest(),
			Comments: []string{t.seen(), fmt.Sprintf("as stated: %q", t.shortest())}})
	}
	return out
}
