package draft

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

func TestReleaseNotes(t *testing.T) {
	tests := []struct {
		source, title string
		want          bool
	}{
		{"blog/the-posthog-array-1-29-0.md", "Array 1.29.0", true},
		{"docs/changelog.md", "", true},
		{"site/releases/2024-05.md", "May", true},
		{"https://example.com/release-notes/", "", true},
		{"blog/whats-new-in-v5.md", "Release v5.2", true},
		{"blog/pricing.md", "Pricing — Acme", false},
		{"blog/2021-10-15-series-b.md", "PostHog raises $15 million", false},
		{"docs/uptime.md", "99.9% uptime, 2.5 times faster", false},
		{"handbook/release-process.md", "How we ship", false},
	}
	for _, tt := range tests {
		d := &analyze.Doc{Source: tt.source, Text: &extract.Text{Title: tt.title}}
		if got := releaseNotes(d); got != tt.want {
			t.Errorf("%s %q: release notes %v, want %v", tt.source, tt.title, got, tt.want)
		}
	}
}

func TestOwned(t *testing.T) {
	c := NewCollector()
	c.Company = "PostHog"
	tests := []struct {
		before, after string
		want          bool
	}{
		{"Try ", " today", false},
		{"With PostHog ", " you can", true},
		{"Deploy PostHog's ", " in minutes", true},
		{"Post on PostHog ", " (and tag all relevant people)", false},
		{"or in the PostHog ", " group.", false},
		{"Join our PostHog ", " community", false},
		{"the PostHog ", " integration", false},
		{"events on PostHog ", "", false},
		{"the PostHog ", " pricing page", true},
		{"PostHog", "", false},
	}
	for _, tt := range tests {
		if got := c.owned(tt.before, tt.after); got != tt.want {
			t.Errorf("owned(%q, %q) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}

func TestRivals(t *testing.T) {
	c := NewCollector()
	docs := []struct {
		source   string
		headings []extract.Block
		sentence string
	}{
		{"process/hound_vs_acme.md", []extract.Block{{Kind: extract.Heading, Level: 1, Text: "Hound"}}, ""},
		{"process/gitlab.md", []extract.Block{{Kind: extract.Heading, Level: 1, Text: "GitLab's code search vs. Acme"}}, ""},
		{"process/acme_vs_oss.md", []extract.Block{{Kind: extract.Heading, Level: 1, Text: "Acme Enterprise vs. OSS"}}, ""},
		{"blog/best.md", []extract.Block{
			{Kind: extract.Heading, Level: 2, Text: "1. Acme"},
			{Kind: extract.Heading, Level: 3, Text: "Who is Acme for?"},
			{Kind: extract.Heading, Level: 2, Text: "2. Apache Spark"},
			{Kind: extract.Heading, Level: 3, Text: "Who is Apache Spark for?"},
			{Kind: extract.Heading, Level: 2, Text: "3. Plausible Analytics"},
		}, "Acme is a great alternative to Google Analytics."},
		{"blog/features.md", []extract.Block{ // siblings, none the company
			{Kind: extract.Heading, Level: 2, Text: "Session Recording"},
			{Kind: extract.Heading, Level: 2, Text: "Feature Flags"},
			{Kind: extract.Heading, Level: 2, Text: "Experiments"},
		}, "Self-hosted vs. Cloud is a question we get."},
	}
	for _, doc := range docs {
		d := &analyze.Doc{Source: doc.source, Text: &extract.Text{Blocks: doc.headings}}
		if doc.sentence != "" {
			d.Sentences = []analyze.Sentence{{Text: doc.sentence}}
		}
		c.addComparisons(d)
	}
	got := c.rivals("Acme", []Product{{Name: "Cloud"}})
	want := []string{"Apache Spark", "GitLab", "Google Analytics", "Hound", "Plausible Analytics"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rivals = %q, want %q", got, want)
	}
}

func TestExampleValue(t *testing.T) {
	tests := []struct {
		sentence, value string
		want            bool
	}{
		{"It cannot have different line items (e.g. 1 month free trial and then a subscription).", "1 month", true},
		{"Pick a plan, for example 10 seats, and grow.", "10 seats", true},
		{"Tools such as 3 dashboards help.", "3 dashboards", true},
		{"Every plan includes a 1 month free trial, e.g. for new teams.", "1 month", false},
		{"We offer a 30-day free trial.", "30-day", false},
	}
	for _, tt := range tests {
		d := &analyze.Doc{Sentences: []analyze.Sentence{{Text: tt.sentence}}}
		m := &analyze.Mention{Kind: analyze.QuantityMention, Text: tt.value}
		if got := exampleValue(d, m); got != tt.want {
			t.Errorf("%q in %q: example %v, want %v", tt.value, tt.sentence, got, tt.want)
		}
	}
}

func TestWordLimits(t *testing.T) {
	c := NewCollector()
	for _, s := range []string{
		"(For example, Batch Changes can only be made with up to ten changesets.)",
		"Invite no more than five seats on the free plan.",
		"Can I add up to ten users?",           // a question
		"We spent up to ten minutes on it.",    // a measure, not a count
		"It took up to three steps to set up.", // parts of a process
	} {
		c.addWordLimits(analyze.Sentence{Text: s, Location: extract.Location{Source: "a.md", Line: 1}}, "marketing")
	}
	var got []string
	for _, f := range c.draftFacts() {
		got = append(got, f.About[0]+" = "+f.Value)
	}
	want := "maximum changeset = 10 changesets|maximum seat = 5 seats"
	if strings.Join(got, "|") != want {
		t.Errorf("facts = %q, want %q", strings.Join(got, "|"), want)
	}
}

// FuzzReaders runs the second round's readers of user text — comparisons,
// sibling headings, number-word limits, examples — on arbitrary text: they
// must not panic, and no rival is the company.
func FuzzReaders(f *testing.F) {
	f.Add("hound_vs_acme.md", "GitLab's code search vs. Acme", "(e.g. up to ten changesets) an alternative to Google Analytics.")
	f.Add("a-vs-b", "1. Acme", "É vs. Ü alternatives ten")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, source, heading, sentence string) {
		c := NewCollector()
		blocks := []extract.Block{
			{Kind: extract.Heading, Level: 2, Text: heading},
			{Kind: extract.Heading, Level: 2, Text: "2. " + heading},
			{Kind: extract.Heading, Level: 2, Text: "Acme"},
		}
		d := &analyze.Doc{Source: source, Text: &extract.Text{Title: heading, Blocks: blocks},
			Sentences: []analyze.Sentence{{Text: sentence}}}
		c.addComparisons(d)
		c.addWordLimits(d.Sentences[0], "marketing")
		for _, r := range c.rivals("Acme", nil) {
			if strings.EqualFold(r, "Acme") {
				t.Errorf("the company %q is its own rival", r)
			}
		}
		for _, w := range strings.Fields(sentence) {
			exampleValue(d, &analyze.Mention{Text: w})
			attributive(w)
		}
		releaseNotes(d)
		c.draftFacts()
	})
}
