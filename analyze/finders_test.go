package analyze

import (
	"context"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
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

// TestNewForSplitsOnlyWhatMentionsNeed checks that an Analyzer looking for
// terms and names alone splits only the blocks where it found one, and
// gives each mention the sentence the full analysis gives it; with
// FindSentences it splits every block.
func TestNewForSplitsOnlyWhatMentionsNeed(t *testing.T) {
	s := testStory(t)
	doc := pricingPage()
	full := analyzeWith(t, s, FindAll, doc)
	names := analyzeWith(t, s, FindTerms|FindProducts, doc)
	every := analyzeWith(t, s, FindTerms|FindProducts|FindSentences, doc)
	if len(every.Sentences) != len(full.Sentences) {
		t.Errorf("with FindSentences: %d sentences, the full analysis %d", len(every.Sentences), len(full.Sentences))
	}
	blocks := map[int]bool{}
	for _, m := range names.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(names.Sentences) {
			t.Fatalf("%s %q: sentence %d of %d", m.Kind, m.Text, m.Sentence, len(names.Sentences))
		}
		blocks[names.Sentences[m.Sentence].Block] = true
		if !sameSentence(full, names, m) {
			t.Errorf("%s %q: sentence %q, which the full analysis does not give it", m.Kind, m.Text, names.Sentences[m.Sentence].Text)
		}
	}
	for _, sent := range names.Sentences {
		if !blocks[sent.Block] {
			t.Errorf("sentence %q of block %d, which holds no term or name", sent.Text, sent.Block)
		}
	}
	if len(blocks) == 0 || len(names.Sentences) >= len(full.Sentences) {
		t.Errorf("%d of %d sentences split for %d blocks with mentions: the test page needs blocks with and without",
			len(names.Sentences), len(full.Sentences), len(blocks))
	}
}

// analyzeWith analyses t with an Analyzer of story s that finds f.
func analyzeWith(tb testing.TB, s *story.Story, f Finders, t *extract.Text) *Doc {
	tb.Helper()
	a, err := NewFor(s, f)
	if err != nil {
		tb.Fatal(err)
	}
	return a.Analyze(context.Background(), t, "marketing")
}

// sameSentence reports whether full has mention m of d, in the same
// sentence.
func sameSentence(full, d *Doc, m Mention) bool {
	for _, o := range full.Mentions {
		if o.Kind == m.Kind && o.Text == m.Text && o.Location == m.Location {
			return full.Sentences[o.Sentence] == d.Sentences[m.Sentence]
		}
	}
	return false
}
