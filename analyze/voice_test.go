package analyze

import (
	"context"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract/markdown"
	"github.com/onestory/onestory/story"
)

// voiceStory is a story with a competitor, a reference page, a retired
// name, a term, forbidden phrases and facts, for the voice and fact scope
// tests.
func voiceStory(t testing.TB) *story.Story {
	t.Helper()
	s, err := story.Parse("voice.yaml", []byte(`version: 1
company: Acme
products:
  - id: beam
    name: AcmeBeam
    retired_names: [AcmeRay]
    plans:
      - {id: team, name: Team, price: "$10 per user per month"}
facts:
  - {id: trial, about: [free trial, trial], value: "14 days"}
  - {id: free-volume, about: [free tier], value: "1 million events"}
claims:
  forbidden: ["the first", "guaranteed ROI"]
terminology:
  - {use: sign up, avoid: [signup]}
competitors:
  - name: Rival
    aliases: [Rival Analytics]
reference: ["**/style-guide.md"]
`))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// asideOf analyses a Markdown document at source and returns, for each
// mention whose text starts with one of the keys, its Aside and its
// Subject ("kind text" → "aside|subject").
func asideOf(t *testing.T, a *Analyzer, source, md string) map[string]string {
	t.Helper()
	text, err := markdown.Extract(context.Background(), source, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range a.Analyze(context.Background(), text, "marketing").Mentions {
		out[string(m.Kind)+" "+m.Text] = m.Aside + "|" + m.Subject
	}
	return out
}

// TestAsides checks which mentions are not the company speaking, and why.
func TestAsides(t *testing.T) {
	a, err := New(voiceStory(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, source, md, mention, want string
	}{
		{"no list", "blog.md", "##### No\n\n- Start your AcmeRay signup today.\n", "product AcmeRay", "example|beam"},
		{"not this column", "blog.md", "| Use this | Not this |\n|---|---|\n| sign up | signup |\n", "term signup", "example|sign up"},
		{"label", "blog.md", "Avoid: the first guaranteed ROI you see.\n", "claim guaranteed ROI", "example|guaranteed ROI"},
		{"examples label", "blog.md", "Examples: AcmeRay, AcmeBeam.\n", "product AcmeRay", "example|beam"},
		{"examples sentence", "blog.md", "Name features plainly. Examples: AcmeRay, AcmeBeam.\n", "product AcmeRay", "example|beam"},
		{"instead of", "blog.md", "Write sign up instead of signup.\n", "term signup", "example|sign up"},
		{"quoted term is kept", "blog.md", "\"We have a signup form,\" she said.\n", "term signup", "quoted|sign up"},
		{"plain term", "blog.md", "Our signup takes a minute.\n", "term signup", "|sign up"},
		{"reference list", "docs/style-guide.md", "## Names\n\n- AcmeRay\n", "product AcmeRay", "example|beam"},
		{"reference prose", "docs/style-guide.md", "We sell AcmeRay to fleets.\n", "product AcmeRay", "|beam"},
		{"retirement", "blog.md", "AcmeRay is now called AcmeBeam.\n", "product AcmeRay", "past|beam"},
		{"retired", "blog.md", "Try AcmeRay today.\n", "product AcmeRay", "|beam"},
		{"legal page", "legal/terms.md", "# Terms of Service\n\nCustomer agrees to the signup terms of AcmeRay.\n", "term signup", "legal|sign up"},
		{"legal page, name", "legal/terms.md", "# Terms of Service\n\nCustomer agrees to the signup terms of AcmeRay.\n", "product AcmeRay", "|beam"},
		{"value example", "docs/sso.md", "Enter a meaningful name (e.g. AcmeRay).\n", "product AcmeRay", "example|beam"},
		{"example in prose", "blog.md", "Our planners (e.g. AcmeRay) route fleets.\n", "product AcmeRay", "|beam"},
		{"competitor", "blog.md", "Rival gives guaranteed ROI to every team.\n", "claim guaranteed ROI", "competitor|guaranteed ROI"},
		{"competitor heading", "blog.md", "## 2. Rival Analytics\n\n### Strengths\n\n- Guaranteed ROI for all.\n", "claim Guaranteed ROI", "competitor|guaranteed ROI"},
		{"our heading", "blog.md", "## 1. AcmeBeam\n\n### Strengths\n\n- Guaranteed ROI for all.\n", "claim Guaranteed ROI", "|guaranteed ROI"},
		{"question", "faq.md", "Can I give a Team customer a 30-day free trial?\n", "quantity 30-day", "question|"},
		{"past", "blog.md", "Previously the free trial lasted 30 days.\n", "quantity 30 days", "past|"},
		{"common phrase, no claim", "blog.md", "The first step is to sign up.\n", "claim The first", "no-claim|the first"},
		{"common phrase, claim", "blog.md", "AcmeBeam is the first planner with live traffic.\n", "claim the first", "|the first"},
		{"distinctive phrase, someone else's", "blog.md", "Companies need to use guaranteed ROI providers before they sign.\n", "claim guaranteed ROI", "no-claim|guaranteed ROI"},
		{"distinctive phrase, ours", "blog.md", "We have reviewed our contracts to ensure that our platform gives guaranteed ROI.\n", "claim guaranteed ROI", "|guaranteed ROI"},
		{"distinctive phrase, required of customers", "blog.md", "Customers need to use providers with guaranteed ROI.\n", "claim guaranteed ROI", "no-claim|guaranteed ROI"},
		{"distinctive phrase, our platform", "blog.md", "The platform has guaranteed ROI.\n", "claim guaranteed ROI", "|guaranteed ROI"},
		{"distinctive phrase, reader told", "blog.md", "Tell them customers get guaranteed ROI from the first month.\n", "claim guaranteed ROI", "|guaranteed ROI"},
		{"goal list", "strategy.md", "## Direction\n\n- Goals:\n    - Deployments: AcmeBeam is the easiest planner to deploy in the world\n", "claim AcmeBeam is the easiest planner to deploy in the world", "goal|"},
		{"goal lead-in", "guide.md", "Goals:\n\n1. Provides the fastest, most direct path to a user understanding the feature\n", "claim Provides the fastest, most direct path to a user understanding the feature", "goal|"},
		{"goal label", "strategy.md", "Goal: AcmeBeam is the fastest planner on the market.\n", "claim AcmeBeam is the fastest planner on the market", "goal|"},
		{"not a goal", "blog.md", "## Why fleets switch\n\n- AcmeBeam is the fastest planner on the market.\n", "claim AcmeBeam is the fastest planner on the market", "|"},
	}
	for _, tt := range tests {
		got := asideOf(t, a, tt.source, tt.md)
		if g, ok := got[tt.mention]; !ok || g != tt.want {
			t.Errorf("%s: %q: mention %q = %q (found %v), want %q", tt.name, tt.md, tt.mention, g, keys(got), tt.want)
		}
	}
}

// keys returns the keys of m, for a test's message.
func keys(m map[string]string) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return strings.Join(ks, "; ")
}

// TestFactScope checks which quantities near a fact's phrase state the
// fact: the fact's own clause keeps them, a qualifier that scopes them
// elsewhere takes them away.
func TestFactScope(t *testing.T) {
	a, err := New(voiceStory(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ md, quantity, want string }{
		{"Start a 14-day free trial.", "14-day", "trial"},
		{"The trial lasts 30 days.", "30 days", "trial"},
		{"Trial: 30 days", "30 days", "trial"},
		{"Trials default to 30 days.", "30 days", "trial"},
		{"The trial lasts 14 days after signup.", "14 days", "trial"},
		{"Our goal is to complete the majority of standard trials within 21 days.", "21 days", ""},
		{"We aim for trials of 21 days.", "21 days", ""},
		{"Our startup programme offers a free tier of up to 20 million events.", "up to 20 million events", ""},
		{"## The startup deal\n\nA free tier of 20 million events.", "20 million events", ""},
		{"## Free trial programme rules\n\n- Trials are valid for 30 days but may be extended.", "30 days", "trial"},
		{"A free tier of 20 million events (instead of 3 million events).", "3 million events", ""},
		{"A free tier of 20 million events.", "20 million events", "free-volume"},
		{"Rival offers a 30-day free trial, while AcmeBeam gives a 14-day trial.", "30-day", ""},
		{"Rival offers a 30-day free trial, while AcmeBeam gives a 14-day trial.", "14-day", "trial"},
		{"Referral payments are made to the partner after the trial ends, and 30 days after receipt of payment.", "30 days", ""},
		{"The free trial must be converted within twelve months of the trial start date.", "twelve months", ""},
	}
	for _, tt := range tests {
		got := asideOf(t, a, "blog.md", tt.md)
		g, ok := got["quantity "+tt.quantity]
		if !ok {
			t.Errorf("%q: no quantity %q (found %v)", tt.md, tt.quantity, keys(got))
			continue
		}
		if _, subject, _ := strings.Cut(g, "|"); subject != tt.want {
			t.Errorf("%q: quantity %q is about %q, want %q", tt.md, tt.quantity, subject, tt.want)
		}
	}
}

// FuzzVoice analyses arbitrary Markdown with a story that has competitors,
// a reference glob, forbidden phrases and facts: the asides, the fact
// scope and the claim subjects must never panic, and every aside is one
// of the documented reasons.
func FuzzVoice(f *testing.F) {
	for _, seed := range []string{
		"##### No\n\n- AcmeRay signup\n",
		"| Use this | Not this |\n|---|---|\n| sign up | signup |\n",
		"\"Rival is the first\" — previously a 30-day trial; our goal is 21 days after receipt of payment?",
		"Examples: AcmeRay. “The only trial” of 14 days, instead of 3 million events (free tier).",
		"## 2. Rival Analytics\n\n- Guaranteed ROI for 1 million events on the free tier.\n",
		"Goals:\n\n- AcmeBeam is the fastest.\n",
	} {
		f.Add(seed)
	}
	s := voiceStory(f)
	a, err := New(s)
	if err != nil {
		f.Fatal(err)
	}
	valid := map[string]bool{"": true, AsideExample: true, AsideQuoted: true, AsideQuestion: true,
		AsidePast: true, AsideCompetitor: true, AsideNoClaim: true, AsideGoal: true}
	f.Fuzz(func(t *testing.T, md string) {
		text, err := markdown.Extract(context.Background(), "docs/style-guide.md", []byte(md))
		if err != nil {
			return
		}
		for _, m := range a.Analyze(context.Background(), text, "marketing").Mentions {
			if !valid[m.Aside] {
				t.Fatalf("mention %q has aside %q", m.Text, m.Aside)
			}
		}
	})
}

// TestExampleAnchors checks that every example cue holds one of the
// anchors cuedExample looks for first.
func TestExampleAnchors(t *testing.T) {
	for _, c := range exampleCues {
		if !containsAny([]byte(c), exampleAnchors) {
			t.Errorf("example cue %q holds none of exampleAnchors", c)
		}
	}
}

// TestMayQuote checks that every quotation mark quoted reads is one
// mayQuote lets through, and that a sentence without one is passed over.
func TestMayQuote(t *testing.T) {
	for _, q := range []string{`"`, "'", "“", "”", "‘", "’", "«", "»"} {
		if !mayQuote("a " + q + " b") {
			t.Errorf("mayQuote passes over %q", q)
		}
	}
	if mayQuote("Plain words, no marks at all.") {
		t.Error("mayQuote(plain sentence) = true")
	}
}

// FuzzQuoted checks that the prefilter mayQuote changes no answer of
// quoted.
func FuzzQuoted(f *testing.F) {
	f.Add("He said “SSO is free” and left.", 8, 11)
	f.Add("It's the 'best' tool «ever».", 10, 14)
	f.Add(`a "b c`, 3, 4)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		if start < 0 || end > len(s) || start > end {
			return
		}
		if got, want := quoted(s, start, end), quotedAt(s, start, end); got != want {
			t.Fatalf("quoted(%q, %d, %d) = %v, without the prefilter %v", s, start, end, got, want)
		}
	})
}
