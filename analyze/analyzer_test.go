package analyze

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// pricingPage is a pricing page as the HTML extractor would give it.
func pricingPage() *extract.Text {
	loc := func(line, col int) extract.Location {
		return extract.Location{Source: "site/pricing.html", Line: line, Column: col}
	}
	return &extract.Text{Source: "site/pricing.html", Format: "html", Blocks: []extract.Block{
		{Kind: extract.Title, Text: "RoutePlanner pricing", Location: loc(4, 8)},
		{Kind: extract.Heading, Level: 2, Text: "Fleet", Location: loc(20, 5)},
		{Kind: extract.Paragraph, Text: "Only $18 per vehicle per month. Signup takes a minute with Routeplanner.",
			Location: loc(21, 5), Context: []string{"Fleet"},
			Segments: []extract.Segment{{Offset: 0, Line: 21, Column: 5}, {Offset: 32, Line: 22, Column: 1}}},
		{Kind: extract.ListItem, Text: "Start your 14-day free trial, guaranteed savings included.", Location: loc(30, 9), Context: []string{"Fleet"}},
	}, Prices: []extract.StructuredPrice{{Product: "RoutePlanner Fleet", Price: "18.00", Currency: "USD", Location: loc(90, 1)}}}
}

func TestAnalyze(t *testing.T) {
	a := testAnalyzer(t)
	d := a.Analyze(context.Background(), pricingPage(), "marketing")
	if d.Source != "site/pricing.html" || d.Channel != "marketing" || d.Format != "html" {
		t.Errorf("doc header = %q %q %q", d.Source, d.Channel, d.Format)
	}
	var sents []string
	for _, s := range d.Sentences {
		sents = append(sents, fmt.Sprintf("%d@%d:%d %s", s.Block, s.Location.Line, s.Location.Column, s.Text))
	}
	wantSents := []string{
		"0@4:8 RoutePlanner pricing",
		"1@20:5 Fleet",
		"2@21:5 Only $18 per vehicle per month.",
		"2@22:1 Signup takes a minute with Routeplanner.",
		"3@30:9 Start your 14-day free trial, guaranteed savings included.",
	}
	if !slices.Equal(sents, wantSents) {
		t.Errorf("sentences:\n got %q\nwant %q", sents, wantSents)
	}
	var got []string
	for _, m := range d.Mentions {
		if m.Kind == ClaimMention && m.Match != "forbidden" || m.Kind == MessageMention {
			continue // the claim and message finders have their own tests
		}
		got = append(got, fmt.Sprintf("%s %q s%d %d:%d %s", m.Kind, m.Text, m.Sentence, m.Location.Line, m.Location.Column, m.Subject))
	}
	want := []string{
		`product "RoutePlanner" s0 4:8 routeplanner`,
		`price "$18 per vehicle per month" s2 21:10 routeplanner/fleet`,
		`term "Signup" s3 22:1 sign up`,
		`product "Routeplanner" s3 22:28 routeplanner`,
		`quantity "14-day" s4 30:20 trial`,
		`claim "guaranteed savings" s4 30:39 guaranteed savings`,
		`price "18.00 USD" s-1 90:1 routeplanner/fleet`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("mentions:\n got %q\nwant %q", got, want)
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	a := testAnalyzer(t)
	text := benchCorpus(1 << 14)
	want := a.Analyze(context.Background(), text, "sales")
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := a.Analyze(context.Background(), text, "sales"); !reflect.DeepEqual(got, want) {
				errs <- "a concurrent Analyze differs from the sequential one"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestAnalyzeReusesCaches checks that a document analysed after others,
// with the concept cache they filled, gets what a fresh Analyzer finds.
func TestAnalyzeReusesCaches(t *testing.T) {
	fresh := testAnalyzer(t).Analyze(context.Background(), benchCorpus(1<<13), "marketing")
	a := testAnalyzer(t)
	a.Analyze(context.Background(), pricingPage(), "marketing")
	a.Analyze(context.Background(), benchCorpus(1<<15), "sales")
	if got := a.Analyze(context.Background(), benchCorpus(1<<13), "marketing"); !reflect.DeepEqual(got, fresh) {
		t.Error("Analyze with a used concept cache differs from a fresh Analyzer's")
	}
}

func TestAnalyzeCancelled(t *testing.T) {
	a := testAnalyzer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := a.Analyze(ctx, pricingPage(), "marketing")
	if len(d.Mentions) != 0 || len(d.Sentences) != 0 {
		t.Errorf("cancelled Analyze found %d sentences and %d mentions", len(d.Sentences), len(d.Mentions))
	}
	if d.Source != "site/pricing.html" {
		t.Errorf("cancelled Analyze lost the source: %q", d.Source)
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	a, err := New(&story.Story{})
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze(context.Background(), pricingPage(), "marketing")
	if len(d.Sentences) != 5 {
		t.Errorf("empty story: %d sentences, want 5", len(d.Sentences))
	}
	for _, m := range d.Mentions {
		if m.Kind == TermMention || m.Kind == ProductMention || m.Subject != "" && m.Kind != ClaimMention {
			t.Errorf("empty story found %s %q about %q", m.Kind, m.Text, m.Subject)
		}
	}
	if d := a.Analyze(context.Background(), nil, "marketing"); d == nil || d.Text != nil {
		t.Errorf("Analyze(nil) = %+v", d)
	}
	if _, err := New(nil); err == nil {
		t.Error("New(nil) did not fail")
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range copySentences {
		f.Add(s, "paragraph")
	}
	f.Add("$18. Per vehicle… “Fleet.” 14-day", "cell")
	a := testAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, kind string) {
		b := extract.Block{Kind: extract.BlockKind(kind), Text: text, Context: []string{text},
			Segments: []extract.Segment{{Offset: len(text) / 2, Line: 2, Column: 1}}}
		d := a.Analyze(context.Background(), &extract.Text{Blocks: []extract.Block{b}}, "x")
		for _, m := range d.Mentions {
			if m.Sentence >= len(d.Sentences) || m.Sentence < -1 {
				t.Fatalf("mention %q in sentence %d of %d", m.Text, m.Sentence, len(d.Sentences))
			}
		}
	})
}

// TestAnalyzeReuse checks that documents analysed with the pooled runs of
// earlier ones (their concept caches and buffers) get what a fresh
// Analyzer finds, one after another and from many goroutines, and that a
// document keeps what it was given when the next ones are analysed.
func TestAnalyzeReuse(t *testing.T) {
	texts := []*extract.Text{benchCorpus(1 << 13), pricingPage(), benchCorpus(1 << 10), {Source: "empty.md"}}
	fresh := testAnalyzer(t)
	var want []*Doc
	for _, text := range texts {
		want = append(want, fresh.Analyze(context.Background(), text, "sales"))
	}
	a := testAnalyzer(t)
	var first []*Doc
	for round := range 3 {
		for i, text := range texts {
			d := a.Analyze(context.Background(), text, "sales")
			if !reflect.DeepEqual(d, want[i]) {
				t.Fatalf("round %d, %s: Analyze with pooled runs differs from a fresh Analyzer's", round, text.Source)
			}
			if round == 0 {
				first = append(first, d)
			}
		}
	}
	for i, d := range first {
		if !reflect.DeepEqual(d, want[i]) {
			t.Fatalf("%s: the document changed while later ones were analysed", texts[i].Source)
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 3 * len(texts) {
				k := (g + i) % len(texts)
				d := a.Analyze(context.Background(), texts[k], "sales")
				if !reflect.DeepEqual(d, want[k]) {
					t.Errorf("goroutine %d, %s: Analyze with pooled runs differs from a fresh Analyzer's", g, texts[k].Source)
				}
			}
		})
	}
	wg.Wait()
}
