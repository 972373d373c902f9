package analyze

import (
	"context"
	"testing"

	"github.com/onestory/onestory/extract"
)

// TestNewForFindsOnlyWhatItIsAskedFor analyses one text with every finder
// and with the term finder alone: the second finds the same terms and
// forbidden phrases, and nothing else.
func TestNewForFindsOnlyWhatItIsAskedFor(t *testing.T) {
	s := testStory(t)
	text := "Signup for RoutePlanner Fleet: $18 per vehicle per month, a 14-day free trial, " +
		"guaranteed savings and the fastest dispatch on the market. Customer data never leaves the EU."
	doc := &extract.Text{Source: "page.md", Format: "markdown",
		Blocks: []extract.Block{{Kind: extract.Paragraph, Text: text, Location: extract.Location{Source: "page.md", Line: 1, Column: 1}}}}
	all, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	terms, err := NewFor(s, FindTerms)
	if err != nil {
		t.Fatal(err)
	}
	full := all.Analyze(context.Background(), doc, "marketing")
	only := terms.Analyze(context.Background(), doc, "marketing")
	var want []Mention
	kinds := map[Kind]bool{}
	for _, m := range full.Mentions {
		kinds[m.Kind] = true
		if m.Kind == TermMention || m.Kind == ClaimMention && m.Match == "forbidden" {
			want = append(want, m)
		}
	}
	for _, k := range []Kind{TermMention, PriceMention, QuantityMention, ClaimMention, ProductMention, MessageMention} {
		if !kinds[k] {
			t.Errorf("the full analysis found no %s mention; the test text needs one", k)
		}
	}
	if len(only.Mentions) != len(want) {
		t.Fatalf("FindTerms found %d mentions, want the %d term and forbidden ones: %+v", len(only.Mentions), len(want), only.Mentions)
	}
	for i := range want {
		if only.Mentions[i].Text != want[i].Text || only.Mentions[i].Location != want[i].Location {
			t.Errorf("mention %d: %q at %v, want %q at %v", i, only.Mentions[i].Text, only.Mentions[i].Location, want[i].Text, want[i].Location)
		}
	}
	if len(only.Sentences) != len(full.Sentences) {
		t.Errorf("FindTerms split %d sentences, the full analysis %d", len(only.Sentences), len(full.Sentences))
	}
}
