package analyze

import (
	"slices"
	"sync"
	"testing"

	"github.com/onestory/onestory/extract"
)

func sentencesOf(texts ...string) []Sentence {
	out := make([]Sentence, len(texts))
	for i, t := range texts {
		out[i] = Sentence{Text: t, Location: extract.Location{Source: "deck.pptx", Slide: i + 1}}
	}
	return out
}

func TestMessagesBest(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	sents := sentencesOf(
		"Kestrel Fleetworks helps 2,500 fleets plan better routes.",
		"Drivers log their hours in the driver app.",
		"See all your vans, drivers and drops on one real-time screen.",
		"Export your delivery data to CSV at any time.",
		"All customer data is stored in EU data centres.",
		"Customer data never leaves the EU.",
	)
	got := idx.best(sents)
	want := []struct {
		subject, match string
		sentence       int
	}{{"one-view", "conveyed", 2}, {"eu-data", "conveyed", 5}}
	if len(got) != len(want) {
		t.Fatalf("best = %+v, want %d mentions", got, len(want))
	}
	for i, w := range want {
		m := got[i]
		if m.Subject != w.subject || m.Match != w.match || m.Sentence != w.sentence || m.Kind != MessageMention ||
			m.Text != sents[w.sentence].Text || m.Location != sents[w.sentence].Location || m.Canonical == "" {
			t.Errorf("best[%d] = %+v, want %s %s in sentence %d", i, m, w.subject, w.match, w.sentence)
		}
	}
}

func TestMessagesWeak(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	sents := sentencesOf(
		"Drivers log their hours in the driver app.",
		"Vehicle maintenance reminders arrive by email.",
		"Invoices are sent at the start of each month.",
	)
	got := idx.best(sents)
	if len(got) != 1 || got[0].Subject != "one-view" || got[0].Match != "weak" || got[0].Score >= messageThreshold {
		t.Fatalf("best = %+v, want one weak one-view mention", got)
	}
	if got[0].Sentence != 0 && got[0].Sentence != 1 {
		t.Errorf("weak best sentence = %d, want a sentence about drivers or vehicles", got[0].Sentence)
	}
}

func TestMessagesNone(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	if got := idx.best(nil); len(got) != 0 {
		t.Errorf("best(nil) = %+v", got)
	}
	if got := idx.best(sentencesOf("", "—", "Pricing.")); len(got) != 0 {
		t.Errorf("best of unrelated sentences = %+v", got)
	}
	empty := newMessageIndex(kestrelStory())
	empty.messages = nil
	if got := empty.best(sentencesOf("Customer data never leaves the EU.")); got != nil {
		t.Errorf("best with no messages = %+v", got)
	}
}

// TestMessagesConcurrent runs best from many goroutines on one index; run
// with -race.
func TestMessagesConcurrent(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	sents := sentencesOf("A single live map of all your trucks, drivers and deliveries.",
		"Your customers' records are kept in European data centers only.")
	want := idx.best(sents)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if got := idx.best(sents); !slices.Equal(got, want) {
					t.Errorf("concurrent best = %+v, want %+v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkMessagesBest measures messages.best over generated sentences.
func BenchmarkMessagesBest(b *testing.B) {
	idx := newMessageIndex(kestrelStory())
	sents := benchSentences(2000)
	b.SetBytes(sentenceBytes(sents))
	b.ReportAllocs()
	reportCPU(b, sentenceBytes(sents))
	for b.Loop() {
		idx.best(sents)
	}
}

// TestMostSimilarBounds checks that the bound add skips sentences by is
// never below the similarity it spares: over the sentences of the
// similarity pairs and the benchmark copy, against every key message.
func TestMostSimilarBounds(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	cache := newConceptCache(idx.v)
	scan := idx.newScan()
	texts := append(slices.Clone(copySentences),
		// concepts that begin the messages' ("deliver", "singleton"), which
		// pairMatch matches in part
		"Deliverables reach every driver.",
		"Drivers see deliverables on a singleton screen.",
		"Customer deliverables stay in the EU.",
		"A singleton live view of vehicles and deliverables, for every driver.")
	for _, p := range similarityPairs {
		texts = append(texts, p.ref, p.cand)
	}
	checked := 0
	for _, text := range texts {
		var sw sentenceWords
		sw.read(cache, text, lowerASCII(nil, text))
		clear(scan.hits)
		if !scan.mark(cache, sw.cws) {
			continue
		}
		terms := cache.appendTerms(nil, sw.cws)
		weights := weighTerms(terms)
		for mi, h := range scan.hits {
			if h == 0 {
				continue
			}
			msg := &idx.messages[mi]
			sim := similarity(msg.terms, terms)
			for _, w := range []*sentenceWeights{nil, &weights} {
				if bound := msg.mostSimilar(h, w); bound+1e-9 < sim {
					t.Errorf("%q vs message %s: bound %v (weights %v) below the similarity %v", text, msg.id, bound, w, sim)
				}
			}
			checked++
		}
	}
	if checked < 10 {
		t.Fatalf("only %d sentence–message pairs share a concept: the test checks too little", checked)
	}
}

// TestMarkKnownConcepts checks that mark finds the same message terms
// through the concepts of the index's own cache (newCache), which know
// them, as through the index's map with any other cache.
func TestMarkKnownConcepts(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	own, other := idx.newCache(), newConceptCache(idx.v)
	scan := idx.newScan()
	texts := append(slices.Clone(copySentences), "Customer data never leaves the EU data centres.",
		"One real-time view: every van, driver and drop, in one data center.")
	marked := 0
	for _, text := range texts {
		var sw sentenceWords
		sw.read(other, text, lowerASCII(nil, text))
		clear(scan.hits)
		wantFound := scan.mark(other, sw.cws)
		want := slices.Clone(scan.hits)
		sw.read(own, text, lowerASCII(nil, text))
		clear(scan.hits)
		if found := scan.mark(own, sw.cws); found != wantFound || !slices.Equal(scan.hits, want) {
			t.Errorf("%q: own cache marks %b (%v), another %b (%v)", text, scan.hits, found, want, wantFound)
		}
		if wantFound {
			marked++
		}
	}
	if marked < 3 {
		t.Fatalf("only %d sentences share a concept with a message: the test checks too little", marked)
	}
}

// TestMessagesPassage checks that a message said over two sentences in a
// row is conveyed by the passage, order-free, and that sentences that share
// a word or two with it do not convey it, together or alone.
func TestMessagesPassage(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	tests := []struct {
		name    string
		sents   []string
		conveys bool
		first   int // the passage's first sentence when conveyed
	}{
		{"split over two", []string{
			"Drivers log their hours in the driver app.",
			"Your customer records are yours alone.",
			"They never leave the EU.",
		}, true, 1},
		{"the other order", []string{
			"Hosted in Frankfurt, nothing we hold ever leaves the EU.",
			"That includes every customer record.",
		}, true, 0},
		{"one half only", []string{
			"Drivers log their hours in the driver app.",
			"Your customer records are yours alone.",
			"Invoices are sent at the start of each month.",
		}, false, 0},
		{"halves apart", []string{
			"Your customer records are yours alone.",
			"Drivers log their hours in the driver app.",
			"They never leave the EU.",
		}, false, 0},
		{"after sentences without its terms", []string{
			"They never leave the EU.",
			"Drivers log their hours in the driver app.",
			"Invoices are sent at the start of each month.",
			"Your customer records are yours alone.",
			"They never leave the EU.",
		}, true, 3},
		{"shared words, another message", []string{
			"Customer support answers within minutes.",
			"Our office is in the EU.",
		}, false, 0},
	}
	for _, tt := range tests {
		got := idx.best(sentencesOf(tt.sents...))
		var m *Mention
		for i := range got {
			if got[i].Subject == "eu-data" {
				m = &got[i]
			}
		}
		conveyed := m != nil && m.Match == "conveyed"
		if conveyed != tt.conveys {
			t.Errorf("%s: eu-data mention %+v, want conveyed %v", tt.name, m, tt.conveys)
			continue
		}
		if conveyed && (m.Sentence != tt.first || m.Text != tt.sents[tt.first]+" "+tt.sents[tt.first+1]) {
			t.Errorf("%s: passage at %d %q, want sentences %d and %d", tt.name, m.Sentence, m.Text, tt.first, tt.first+1)
		}
	}
}

// TestMessageScanHits checks that, whatever sentences came before, the
// scan's hits are those of the sentence just added and its last are those
// of the one before it: the scan clears a sentence's hits only when it held
// a term, and must not carry one over.
func TestMessageScanHits(t *testing.T) {
	idx := newMessageIndex(kestrelStory())
	texts := []string{
		"Your customer records are yours alone.",
		"They never leave the EU.",
		"Drivers log their hours in the driver app.",
		"Invoices are sent at the start of each month.",
		"Your customer records are yours alone.",
		"Drivers log their hours in the driver app.",
		"They never leave the EU.",
		"Your customer records never leave the EU.",
	}
	alone := func(text string) []uint64 {
		cache, scan := idx.newCache(), idx.newScan()
		var sw sentenceWords
		sw.read(cache, text, lowerASCII(nil, text))
		scan.add(cache, 0, sw.cws)
		return slices.Clone(scan.hits)
	}
	cache, scan := idx.newCache(), idx.newScan()
	var sw sentenceWords
	for i, text := range texts {
		sw.read(cache, text, lowerASCII(nil, text))
		scan.add(cache, i, sw.cws)
		if want := alone(text); !slices.Equal(scan.hits, want) {
			t.Errorf("sentence %d %q: hits %v, want %v", i, text, scan.hits, want)
		}
		if i > 0 {
			if want := alone(texts[i-1]); !slices.Equal(scan.last, want) {
				t.Errorf("sentence %d: last %v, want those of %q, %v", i, scan.last, texts[i-1], want)
			}
		}
	}
}
