package draft

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/value"
)

func TestFactNoun(t *testing.T) {
	tests := []struct{ sentence, quantity, want string }{
		{"Every paid plan starts with a 21-day free trial.", "21-day", "free trial"},
		{"99.95% uptime, backed by our SLA", "99.95%", "uptime"},
		{"Trusted by 2,500 customers across Europe", "2,500 customers", "customer"},
		{"Managed Instances for a trial period (default is 30 days).", "30 days", "trial"},
		{"Our trials do not run longer than 30 days.", "30 days", "trial"},
		{"Three months free on DriverLog Pro", "Three months", ""},
		{"Cuts fuel costs by up to 12% in the first quarter", "up to 12%", ""},
		{"Updates within 10 working days", "10 working", "update"},
		{"Within 10 working days after latest release", "10 working", "release"},
		{"Within 15 working days from agreement", "15 working", ""},
		{"Partner margin = 30%", "30%", "margin"},
		{"Minimum 50 users", "Minimum 50 users", "minimum user"},
		{"An uptime of 99.9% is our promise", "99.9%", "uptime"},
		{"One person takes on the Support Hero role each two week sprint.", "two week", "sprint"},
		{"We offer a 14 day free trial", "14 day", "free trial"},
		{"Aimed to get 5 reference customers.", "5 reference", ""},
		{"Trusted by 5 customers.", "5 customers", "customer"},
		{"A maximum of 5 group types can be created per project", "5 group", "maximum group type"},
	}
	for _, tt := range tests {
		q, err := value.ParseQuantity(tt.quantity)
		if err != nil {
			q = value.Quantity{Value: "10", Unit: "working", Text: tt.quantity} // as the analyser reads "10 working"
		}
		d := &analyze.Doc{Sentences: []analyze.Sentence{{Text: tt.sentence}}}
		m := &analyze.Mention{Kind: analyze.QuantityMention, Text: tt.quantity, Quantity: &q}
		if got := factNoun(d, m); got != tt.want {
			t.Errorf("%q in %q: noun %q, want %q", tt.quantity, tt.sentence, got, tt.want)
		}
	}
}

func TestDefinitions(t *testing.T) {
	tests := []struct{ text, name, key string }{
		{"Sourcegraph is a code AI platform.", "Sourcegraph", "code ai platform"},
		{"1-line description: Sourcegraph is a code AI platform.", "Sourcegraph", "code ai platform"},
		{"Cody is an AI coding assistant that lives in your editor", "Cody", "ai coding assistant"},
		{"Sourcegraph is a good replacement for Hound", "Sourcegraph", ""},
		{"We think Sourcegraph is a code AI platform", "Sourcegraph", ""},
		{"PostHog is an open source, product analytics platform", "PostHog", "open source"},
	}
	for _, tt := range tests {
		rest, _, ok := definedAs(tt.text, tt.name)
		key := ""
		if ok {
			key = definitionKey(rest)
		}
		if key != tt.key {
			t.Errorf("%q: key %q, want %q", tt.text, key, tt.key)
		}
	}
}

func TestWordHelpers(t *testing.T) {
	for in, want := range map[string]string{"sign-up": "sign up", "e-mail": "", "a-b-c": "", "x-ray": "", "follow-up": "follow up", "24-7": ""} {
		if got := hyphenKey(in); got != want {
			t.Errorf("hyphenKey(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"Fleet": true, "DriverLog Pro": true, "Pricing": false, "How long is the trial?": false,
		"the plan": false, "Yes": false, "A Very Long Plan Name": false} {
		if got := looksLikeName(in); got != want {
			t.Errorf("looksLikeName(%q) = %v, want %v", in, got, want)
		}
	}
	for l, want := range map[extract.Location]string{
		{Source: "a.md", Line: 3}:             "a.md:3",
		{Source: "deck.pptx", Slide: 2}:       "deck.pptx slide 2",
		{Source: "sheet.pdf", Page: 4}:        "sheet.pdf page 4",
		{Source: "https://x.example/pricing"}: "https://x.example/pricing",
	} {
		if got := place(l); got != want {
			t.Errorf("place(%v) = %q, want %q", l, got, want)
		}
	}
}

func TestListedPlans(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"We have three pricing tiers, Free, Team, and Enterprise.", "Free|Team|Enterprise"},
		{"Sourcegraph Enterprise offers three plans: Free, Business, and Enterprise as defined in pricing.", "Free|Business|Enterprise"},
		{"Our plans are simple and fair.", ""},
		{"All plans: Starter or Fleet Pro", "Starter|Fleet Pro"},
		{"The team or enterprise plan", ""},
	}
	for _, tt := range tests {
		got := strings.Join(listedPlans(tt.text), "|")
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNamedPlans: the names written before a plan word, with the names
// listed before them.
func TestNamedPlans(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Cody is available with our `Cody Enterprise` and `Code Intelligence Platform` licenses.", "Code Intelligence Platform|Cody Enterprise"},
		{"either the Cody Enterprise or the Code Intelligence Platform plan once you generate", "Code Intelligence Platform|Cody Enterprise"},
		{"Every deal that closes (at least Enterprise Starter pricing and at a company", "Enterprise Starter"},
		{"Customers on the Free, Team and Business plans get email support.", "Business|Team|Free"},
		{"Pricing tiers are reviewed every year.", ""},
		{"The code is under the MIT license.", ""},
		{"the plan costs $5 per month", ""},
	} {
		if got := strings.Join(namedPlans(tt.text), "|"); got != tt.want {
			t.Errorf("namedPlans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRetired: an old name becomes a term to avoid, with the current name
// (the company's or a product's, or the definition of a positioning's
// subject) to use; someone else's old name is left out.
func TestRetired(t *testing.T) {
	c := NewCollector()
	c.Company = "Acme"
	for _, s := range []struct{ prev, text string }{
		{"**Acme Cloud** Dedicated, single-tenant instances.", `This was previously referred to as "managed instances."`},
		{"", "Previously, we positioned Acme as universal route search."},
		{"", "Acme is a fleet AI platform."},
		{"", "With participation from GV (formerly Google Ventures), we raised $5M."},
		{"", "Acme Hub (formerly Acme Portal) is where drivers log in."},
	} {
		sent := analyze.Sentence{Text: s.text, Location: extract.Location{Source: "a.md", Line: 1}}
		c.addRetired(sent, s.prev, "marketing")
		c.addDefinition(sent, "marketing")
	}
	d := &Draft{Company: "Acme", Products: []Product{{Name: "Cloud", Aliases: []string{"Acme Cloud"}}, {Name: "Hub"}}}
	var got []string
	for _, tm := range c.draftRetired(d) {
		got = append(got, tm.Use+" ≠ "+strings.Join(tm.Avoid, ","))
	}
	want := "Acme Hub ≠ Acme Portal|Acme Cloud ≠ managed instances|fleet AI platform ≠ universal route search"
	if strings.Join(got, "|") != want {
		t.Errorf("retired terms = %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestPolicies: what a sentence or heading says is not offered, when it is
// commercial.
func TestPolicies(t *testing.T) {
	c := NewCollector()
	loc := extract.Location{Source: "a.md", Line: 1}
	for _, s := range []string{
		"No user limit",
		"There is no free trial for the Enterprise plan.",
		"Avoid moving features from free to paid",
		"We do not charge setup fees.",
		"Phone support is not available on the Free plan.",
		"No sneaky stuff",                     // not commercial
		"Avoid idioms",                        // not a gerund phrase
		"No need to worry about the weather.", // not commercial
	} {
		c.addPolicy(&extract.Block{Text: s}, s, loc, "marketing")
	}
	// What a comparison says of a competitor is not the company's policy.
	voice, err := aboutCompetitor(&Draft{Company: "Acme", Rivals: []string{"Hound"}})
	if err != nil {
		t.Fatal(err)
	}
	c.AboutCompetitor = voice
	for _, b := range []extract.Block{
		{Text: "No support for code navigation", Context: []string{"Hound", "Cons"}},
		{Text: "No cookies required", Context: []string{"Hound"}},
		{Text: "Hound has no annual commitment"},
		{Text: "No hosting costs", Context: []string{"Acme vs Hound", "Acme"}},
	} {
		c.addPolicy(&b, b.Text, loc, "marketing")
	}
	var got []string
	for _, p := range c.draftPolicies() {
		got = append(got, p.About[0])
	}
	want := "free trial|hosting costs|moving features from free to paid|phone support|setup fees|user limit"
	if strings.Join(got, "|") != want {
		t.Errorf("policies = %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestGrammaticalCompounds: a compound hyphenated before a noun and spaced
// elsewhere, with no closed form, is grammar, not a term to settle.
func TestGrammaticalCompounds(t *testing.T) {
	c := NewCollector()
	c.Compounds = map[string]string{"long-term": "long term", "long term": "long term", "longterm": "long term",
		"sign-up": "sign up", "sign up": "sign up", "signup": "sign up"}
	loc := extract.Location{Source: "a.md", Line: 1}
	for _, s := range []string{
		"We sign long-term contracts.", "Plan for the long term.", "A long-term view helps.", "It pays in the long term.",
		"The sign-up page is new.", "Please sign up today.", "Signup is free.", "The sign-up flow is short.",
	} {
		c.addTerms(analyze.Sentence{Text: s, Location: loc}, "marketing")
	}
	if !c.grammatical("long term") {
		t.Error(`"long-term contracts" / "the long term" read as competing spellings`)
	}
	if c.grammatical("sign up") {
		t.Error(`"sign-up" / "signup" / "sign up" read as grammar`)
	}

	// Hyphens left out before a noun: still grammar when the hyphenated
	// form stands only before nouns, as often, and the spaced one also
	// elsewhere.
	c = NewCollector()
	c.Compounds = map[string]string{"early-stage": "early stage", "early stage": "early stage", "earlystage": "early stage",
		"open-source": "open source", "open source": "open source", "opensource": "open source"}
	for _, s := range []string{
		"An early-stage startup.", "Early-stage teams love it.", "Early stage founders ask.", "We are at an early stage.",
		"Open source analytics.", "The open source version.", "Open source tools.", "An open-source tool.", "We are open source.",
	} {
		c.addTerms(analyze.Sentence{Text: s, Location: loc}, "marketing")
	}
	if !c.grammatical("early stage") {
		t.Error(`"early-stage startup" / "early stage founders" / "an early stage" read as competing spellings`)
	}
	if c.grammatical("open source") {
		t.Error(`"open source tools" written open before nouns three times in four read as grammar`)
	}
}

// TestMoneyNoun: the noun that makes an amount with no plan a fact.
func TestMoneyNoun(t *testing.T) {
	for _, tt := range []struct{ before, after, want string }{
		{"1. List price of ", " ($120 / user / month) for complete platform", "list price"},
		{"Additionally, customers can purchase additional monthly users at ", " from the public listing.", "public listing"},
		{"Note that the pricing is listed as ", ", as GCP requires monthly pricing", "pricing"},
		{"Partner margin = ", "", "partner margin"},
		{"We raised ", " in our Series B.", ""},
	} {
		if got := moneyNoun(tt.before, tt.after); got != tt.want {
			t.Errorf("moneyNoun(%q, %q) = %q, want %q", tt.before, tt.after, got, tt.want)
		}
	}
}
