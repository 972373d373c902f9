package analyze

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// stanceStory has the policies and features of the stance tests.
const stanceStory = `version: 1
products:
  - id: pulse
    name: Pulse
    plans:
      - {id: free, name: Free, price: free}
      - {id: team, name: Team, price: "$20 per user per month"}
      - {id: business, name: Business, price: "$40 per user per month"}
      - {id: enterprise, name: Enterprise, price: custom}
policies:
  - {id: setup-fee, about: [setup fee, onboarding fee, implementation fee], stance: not offered}
  - {id: contracts, about: [long-term contract, annual commitment], stance: not offered}
  - {id: trial, about: [free trial, try * free], stance: not offered}
  - {id: soc2, about: [SOC 2 Type II], stance: in progress}
  - {id: on-prem, about: [on-premises, self-hosted], stance: not offered}
features:
  - {id: sso, name: SSO, aliases: [single sign-on, SAML], included_in: [enterprise]}
  - {id: audit, name: audit logs, included_in: [business, enterprise]}
`

func stanceFinderFor(t *testing.T) *stanceFinder {
	t.Helper()
	s, err := story.Parse("stance.yaml", []byte(stanceStory))
	if err != nil {
		t.Fatal(err)
	}
	return newStanceFinder(s)
}

// readAll returns "subject=match[plans]" for each mention of a sentence.
func readAll(f *stanceFinder, sent string) string {
	var out []string
	for _, sp := range f.appendSentence(nil, sent, tokenize(nil, sent), nil) {
		m := sp.Mention
		s := m.Subject + "=" + m.Match
		if m.Plans != "" {
			s += "[" + m.Plans + "]"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// TestStances reads a table of real-looking sentences: what each says
// about the policies, or nothing when it is not the company's assertion.
func TestStances(t *testing.T) {
	f := stanceFinderFor(t)
	tests := []struct{ sent, want string }{
		// assertions
		{"A one-time onboarding fee of $500 applies to every new account.", "setup-fee=offered"},
		{"Annual commitment required.", "contracts=offered"},
		{"We are SOC 2 Type II certified.", "soc2=offered"},
		{"Try Pro free for 14 days.", "trial=offered"},
		{"Start your free trial today and invite your team.", "trial=offered"},
		{"Sourcegraph can be deployed on-premises in your own data center.", "on-prem=offered"},
		{"We don't require a credit card for the free trial.", "trial=offered"},
		// negations
		{"No setup fees.", "setup-fee=not offered"},
		{"There are no setup fees and no long-term contracts.", "setup-fee=not offered contracts=not offered"},
		{"We don't charge an onboarding fee.", "setup-fee=not offered"},
		{"We never ask for an annual commitment.", "contracts=not offered"},
		{"Setup fees are not charged on any plan.", "setup-fee=not offered"},
		{"On-premises deployment isn’t available.", "on-prem=not offered"},
		{"Get started without a long-term contract.", "contracts=not offered"},
		{"Implementation fees are waived for startups.", "setup-fee=not offered"},
		{"We no longer offer a free trial.", "trial=not offered"},
		{"Unlike other vendors, we don't charge setup fees.", "setup-fee=not offered"},
		{"No hidden setup fees, ever.", "setup-fee=not offered"},
		// labels
		{"Setup fee: none.", "setup-fee=not offered"},
		{"Onboarding fee: $0", "setup-fee=not offered"},
		{"Implementation fee: $1,500 one-time", "setup-fee=offered"},
		{"SOC 2 Type II: in progress", "soc2=pending"},
		{"On-premises: not offered", "on-prem=not offered"},
		{"Annual commitment: required", "contracts=offered"},
		{"Setup fees: see below", ""},
		// pending
		{"Our SOC 2 Type II audit is in progress.", "soc2=pending"},
		{"SOC 2 Type II is not yet complete.", "soc2=pending"},
		{"We are working towards SOC 2 Type II.", "soc2=pending"},
		// not the company's assertion
		{"Do you charge setup fees?", ""},
		{"Is there a free trial", ""},
		{"If you need an annual commitment for procurement, talk to us.", ""},
		{"Other vendors charge setup fees of $5,000.", ""},
		{"Competitors lock you into a long-term contract.", ""},
		{"We used to charge an onboarding fee.", ""},
		{"A self-hosted option would cost more.", ""},
		{"Setup fees", ""},
		{"An annual commitment is optional.", ""},
		{"This page covers SOC 2 Type II, GDPR and HIPAA.", ""},
		{"We have a number of policies in place to support SOC 2 Type II compliance.", ""},
		{"Stripe cannot bill such line items (e.g. 1 month free trial and then a monthly subscription).", ""},
		{"For example, a setup fee of $200 would be unusual.", ""},
	}
	for _, tt := range tests {
		if got := readAll(f, tt.sent); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.sent, got, tt.want)
		}
	}
}

// TestEntitlements reads a table of sentences that place a feature in
// plans.
func TestEntitlements(t *testing.T) {
	f := stanceFinderFor(t)
	tests := []struct{ sent, want string }{
		{"SSO is available on every plan.", "sso=all[free,team,business,enterprise]"},
		{"Single sign-on is included in all plans.", "sso=all[free,team,business,enterprise]"},
		{"SAML SSO: Enterprise only.", "sso=only[enterprise]"},
		{"SSO is available only on the Enterprise plan.", "sso=only[enterprise]"},
		{"Audit logs are available on Team and above.", "audit=only[team,business,enterprise]"},
		{"Audit logs on Business or higher.", "audit=only[business,enterprise]"},
		{"Audit logs come with all paid plans.", "audit=only[team,business,enterprise]"},
		{"SSO is available on all plans except Free.", "sso=only[team,business,enterprise]"},
		{"SSO isn't available on the Free plan.", "sso=excludes[free]"},
		{"The Team plan includes SSO and audit logs.", "sso=includes[team] audit=includes[team]"},
		{"Business and Enterprise customers get audit logs.", "audit=includes[business,enterprise]"},
		{"Upgrade from Free to Enterprise to get SSO.", "sso=includes[enterprise]"},
		{"Starting with Business, audit logs are included.", "audit=only[business,enterprise]"},
		{"If you self-host Pulse, audit logs are available on the Business & Enterprise plans.", "audit=includes[business,enterprise]"},
		{"SSO is on by default for all Pulse customers.", "sso=all[free,team,business,enterprise]"},
		{"SSO Enterprise is a separate product.", ""},
		{"As a Pulse Enterprise user, connect SSO to your Enterprise instance.", ""},
		{"SSO datasheet for Enterprise", ""},
		{"Name = Search Only, SSO, Enterprise", ""},
		{"All users have to do is sign in with SSO.", ""},
		{"No SSO on the Free plan.", "sso=excludes[free]"},
		{"SSO doesn't cost extra on Enterprise.", ""},
		{"The Team plan doesn't include audit logs.", "audit=excludes[team]"},
		{"Upgrade to Business for audit logs.", "audit=includes[business]"},
		{"Audit logs (Business and Enterprise)", "audit=includes[business,enterprise]"},
		{"SAML SSO (Enterprise plan only)", "sso=only[enterprise]"},
		{"SSO (see the security page) keeps Team safe.", ""},
		{"Single sign-on (SAML) is available on Team.", "sso=includes[team]"},
		{"Pulse offers both Pulse Enterprise and open-source projects like SSO Kit.", ""},
		{"SSO comes with our SSO Enterprise and Business licenses.", "sso=includes[business]"},
		// nothing to check
		{"Does the Team plan include SSO?", ""},
		{"SSO makes sign-in simple.", ""},
		{"SSO is coming soon to the Team plan.", ""},
		{"If you need SSO on Team, contact us.", ""},
		{"Start free, then add SSO later.", ""},
	}
	for _, tt := range tests {
		if got := readAll(f, tt.sent); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.sent, got, tt.want)
		}
	}
}

// TestSubjectPhrase checks plurals, hyphens and the "*" wildcard.
func TestSubjectPhrase(t *testing.T) {
	tests := []struct {
		phrase, sent string
		want         bool
	}{
		{"setup fee", "No setup fees", true},
		{"setup fees", "a setup fee", true},
		{"on-premises", "on premises", true},
		{"try * free", "try Pro free", true},
		{"try * free", "try it for free", true},
		{"try * free", "try free", false},
		{"try * free", "try our paid plan at no cost, free", false},
		{"SOC 2", "SOC 20", false},
		{"tracking boxes", "one tracking box", true},
	}
	for _, tt := range tests {
		p := newPhrase(tt.phrase)
		_, _, got := p.find(tokenize(nil, tt.sent), 0)
		if got != tt.want {
			t.Errorf("%q in %q = %v, want %v", tt.phrase, tt.sent, got, tt.want)
		}
		if got && !strings.Contains(strings.ToLower(tt.sent), p.key()) {
			t.Errorf("%q in %q: the sentence lacks the phrase's key %q", tt.phrase, tt.sent, p.key())
		}
	}
}

// FuzzStances reads any sentence without panicking, and every span lies
// inside it.
func FuzzStances(f *testing.F) {
	for _, s := range []string{"No setup fees.", "SSO: Enterprise only", "Team+ gets audit logs", "try  free", "’n't"} {
		f.Add(s)
	}
	s, err := story.Parse("stance.yaml", []byte(stanceStory))
	if err != nil {
		f.Fatal(err)
	}
	sf := newStanceFinder(s)
	f.Fuzz(func(t *testing.T, sent string) {
		for _, sp := range sf.appendSentence(nil, sent, tokenize(nil, sent), nil) {
			if sp.Start < 0 || sp.End > len(sent) || sp.Start > sp.End {
				t.Fatalf("span %d–%d outside %q", sp.Start, sp.End, sent)
			}
		}
	})
}

// TestEntitlementCells reads the cells of a features table: a mark under a
// plan's column, in a feature's row.
func TestEntitlementCells(t *testing.T) {
	f := stanceFinderFor(t)
	tests := []struct {
		text, col, row, want string
	}{
		{"✓", "Team", "SSO", "sso=includes[team]"},
		{" Yes ", "Business $40/mo", "Audit logs", "audit=includes[business]"},
		{"—", "Enterprise", "Single sign-on (SAML)", "sso=excludes[enterprise]"},
		{"Not included", "free plan", "SSO", "sso=excludes[free]"},
		{"Up to 5", "Team", "SSO", ""},       // not a mark
		{"✓", "Price", "SSO", ""},            // not a plan
		{"✓", "Team", "Seats", ""},           // not a feature
		{"✓", "free", "SSO", ""},             // "free" alone is not the Free plan
		{"✓", "Team", "Other SSO tools", ""}, // the row header must start with the feature
	}
	for _, tt := range tests {
		b := &extract.Block{Kind: extract.Cell, Text: tt.text, Context: []string{"Pricing", tt.col, tt.row}}
		var got []string
		for _, sp := range f.appendCell(nil, b) {
			got = append(got, sp.Mention.Subject+"="+sp.Mention.Match+"["+sp.Mention.Plans+"]")
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q under %q in row %q: %q, want %q", tt.text, tt.col, tt.row, got, tt.want)
		}
	}
}
