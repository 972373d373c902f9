package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// TestProductStyle checks names written otherwise in real handbook text
// (the Sourcegraph handbook and posthog.com): common phrases, identifiers
// and legal capitals are not misspellings; real case errors still are.
func TestProductStyle(t *testing.T) {
	f := newProductFinder(&story.Story{Company: "Sourcegraph", Products: []story.Product{
		{ID: "sourcegraph", Name: "Sourcegraph"},
		{ID: "posthog", Name: "PostHog", Aliases: []string{"PostHog Self-Hosted"}},
		{ID: "code-search", Name: "Code Search", RetiredNames: []string{"Universal Code Search"}},
		{ID: "batch-changes", Name: "Batch Changes"},
		{ID: "cloud", Name: "Sourcegraph Cloud"},
		{ID: "cody", Name: "Cody"},
		{ID: "app", Name: "Sourcegraph App"},
	}})
	tests := []struct {
		kind extract.BlockKind
		text string
		want []string // Text>Match>Canonical
	}{
		// must not flag
		{extract.Paragraph, "With really good code search, you'd actually use code search many times a day.", nil},
		{extract.Paragraph, "It doesn’t do code search, code browsing, batch changes, code insights, etc.", nil},
		{extract.Heading, "Code search", nil},
		{extract.Paragraph, "Code search - Essential task for all developers.", nil},
		{extract.Paragraph, "There's an issue, posthog-cloud#92, with some details on tech debt.", nil},
		{extract.Paragraph, "Internally, these plans have special logic handling in the posthog-cloud repo.", nil},
		{extract.Paragraph, "Also known as sourcegraph/server, single-node, or single-container.", nil},
		{extract.Paragraph, "IN NO EVENT WILL THE AMOUNTS PAYABLE TO POSTHOG HEREUNDER (i) EXCEED", []string{"POSTHOG>exact>PostHog"}},
		{extract.Paragraph, "SAML is only supported on PostHog self-hosted.", []string{"PostHog>exact>PostHog"}},
		{extract.Paragraph, "PostHog managed is another option.", []string{"PostHog>exact>PostHog"}},
		{extract.Paragraph, "Download the Cody app for your desktop.", []string{"Cody>exact>Cody"}},
		// must flag
		{extract.Paragraph, "Use Cody with sourcegraph.com and/or Cody App.", []string{"Cody>exact>Cody", "Cody App>brand>Sourcegraph App"}},
		{extract.Paragraph, "Try PostHog Self-hosted today.", []string{"PostHog Self-hosted>case>PostHog Self-Hosted"}},
		{extract.Paragraph, "Try PostHog Self Hosted today.", []string{"PostHog Self Hosted>spacing>PostHog Self-Hosted"}},
		{extract.Paragraph, "To achieve this, Posthog will need to be the standard devtool.", []string{"Posthog>case>PostHog"}},
		{extract.Paragraph, "Sourcegraph cloud is our newest product.", []string{"Sourcegraph cloud>case>Sourcegraph Cloud"}},
		{extract.Paragraph, "We shipped Code search and Batch changes.", []string{
			"Code search>case>Code Search", "Batch changes>case>Batch Changes"}},
		{extract.Paragraph, "The answer is universal code search.", []string{"universal code search>retired>Code Search"}},
		{extract.Paragraph, "Go to Soucegraph Site Admin.", []string{"Soucegraph>typo>Sourcegraph"}},
		{extract.Paragraph, "Buy PostHog, AND SAVE.", []string{"PostHog>exact>PostHog"}},
	}
	for _, tt := range tests {
		b := &extract.Block{Kind: tt.kind, Text: tt.text}
		got := spanStrings(tt.text, f.find(b))
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCapsRun(t *testing.T) {
	tests := []struct {
		text, name string
		want       int
	}{
		{"PAYABLE TO POSTHOG HEREUNDER (i) EXCEED", "POSTHOG", 4},
		{"WHY ROUTEPLANNER WINS is our slogan.", "ROUTEPLANNER", 3},
		{"Try ROUTEPLANNER today", "ROUTEPLANNER", 1},
		{"ROUTEPLANNER", "ROUTEPLANNER", 1},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		if got := capsRun(tt.text, i, i+len(tt.name)); got != tt.want {
			t.Errorf("capsRun(%q, %q) = %d, want %d", tt.text, tt.name, got, tt.want)
		}
	}
}

// FuzzProductStyle checks that names written in any style, around any
// punctuation, never panic the finder nor give a span outside the text.
func FuzzProductStyle(f *testing.F) {
	for _, s := range []string{"PAYABLE TO POSTHOG HEREUNDER (i)", "posthog-cloud#92", "Code search", "sourcegraph/server",
		"(( POSTHOG ,;", "Sourcegraph cloud. code search: Batch changes", "É POSTHOG É"} {
		f.Add(s)
	}
	pf := newProductFinder(&story.Story{Company: "Sourcegraph", Products: []story.Product{
		{Name: "PostHog"}, {Name: "Code Search"}, {Name: "Batch Changes"}, {Name: "Sourcegraph Cloud"},
	}})
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range pf.find(&extract.Block{Text: text}) {
			if s.Start < 0 || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("find(%q): bad span %d:%d", text, s.Start, s.End)
			}
		}
	})
}
