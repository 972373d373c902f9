package analyze

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// Analyzer holds everything built once from the story: the sentence model,
// the term and product indexes, the subject, claim and message indexes.
// Nothing in it changes after New, so one Analyzer is safe for concurrent
// use by any number of goroutines.
type Analyzer struct {
	seg      *segmenter
	phrases  *phraseFinder
	products *productFinder
	values   *valueFinder
	claims   *claimIndex
	messages *messageIndex
}

// span is a mention found in a piece of text: Start and End are byte
// offsets in that text. Finders leave Location and Sentence unset; Analyze
// fills them in.
type span struct {
	Start, End int
	Mention    Mention
}

// New builds an Analyzer for a story.
func New(s *story.Story) (*Analyzer, error) {
	if s == nil {
		return nil, errors.New("analyze: no story")
	}
	seg, err := newSegmenter()
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	phrases, err := newPhraseFinder(s)
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	claims := newClaimIndex(s)
	return &Analyzer{
		seg:      seg,
		phrases:  phrases,
		products: newProductFinder(s),
		values:   &valueFinder{subjects: newSubjectIndex(s)},
		claims:   claims,
		messages: claims.messageIndex(),
	}, nil
}

// Analyze finds every mention in one extracted document: its sentences,
// then the terms, forbidden phrases and product names in each block, the
// prices, quantities and claims in each sentence, the structured prices,
// and the sentence that best conveys each key message. Mentions are in
// document order, structured prices and messages last. If ctx is
// cancelled, Analyze stops between blocks and returns the sentences and
// mentions of the blocks it has read.
func (a *Analyzer) Analyze(ctx context.Context, t *extract.Text, channel string) *Doc {
	d := &Doc{Channel: channel, Text: t}
	if t == nil {
		return d
	}
	d.Source, d.Format = t.Source, t.Format
	r := &docRun{a: a, t: t, cache: newConceptCache(a.claims.v)}
	d.Sentences = make([]Sentence, 0, 2*len(t.Blocks))
	for bi := range t.Blocks {
		if ctx.Err() != nil {
			break
		}
		first := len(d.Sentences)
		d.Sentences = append(d.Sentences, a.seg.blockSentences(t, bi)...)
		r.lower = lowerASCII(r.lower, t.Blocks[bi].Text)
		r.found = r.blockMentions(r.found[:0], bi, d.Sentences, first)
		slices.SortStableFunc(r.found, ordered.compare)
		for _, o := range r.found {
			d.Mentions = append(d.Mentions, o.m)
		}
	}
	if ctx.Err() != nil {
		return d
	}
	d.Mentions = append(d.Mentions, a.values.structuredPrices(t)...)
	d.Mentions = append(d.Mentions, a.messages.bestWith(r.cache, d.Sentences)...)
	return d
}

// docRun is the state of one Analyze call: the document, the concept
// cache its sentences share, and scratch space reused from block to block.
type docRun struct {
	a     *Analyzer
	t     *extract.Text
	cache conceptCache
	lower []byte    // the current block's text, lower-cased
	found []ordered // the current block's mentions
}

// ordered is a mention with its place in its block's text.
type ordered struct {
	start, end int
	m          Mention
}

// compare orders mentions by where they start, the longer first.
func (o ordered) compare(p ordered) int {
	if o.start != p.start {
		return cmp.Compare(o.start, p.start)
	}
	return cmp.Compare(p.end, o.end)
}

// blockMentions appends the mentions of block bi, whose sentences are
// sents[first:], in the order the finders give them.
func (r *docRun) blockMentions(found []ordered, bi int, sents []Sentence, first int) []ordered {
	a, b := r.a, &r.t.Blocks[bi]
	own := sents[first:]
	add := func(spans []span, offset, si int) {
		for _, s := range spans {
			m := s.Mention
			start, end := offset+s.Start, offset+s.End
			if s.Start < 0 || s.End < s.Start || end > len(b.Text) {
				continue // a finder's bad span must not take the run down
			}
			m.Location = b.At(start)
			m.Sentence = si
			if si < 0 {
				m.Sentence = sentenceAt(own, first, start)
			}
			if m.Text == "" {
				m.Text = b.Text[start:end]
			}
			found = append(found, ordered{start, end, m})
		}
	}
	add(a.phrases.find(b.Text, r.lower), 0, -1)
	add(a.products.find(b), 0, -1)
	for i, s := range own {
		add(a.claims.findWith(r.cache, s.Text), s.Offset, first+i)
	}
	return a.values.blockValues(found, r.t, bi, own, first)
}

// sentenceAt returns the document index of the sentence of own (whose
// first is the document index of own[0]) that holds byte offset off.
func sentenceAt(own []Sentence, first, off int) int {
	for i := len(own) - 1; i >= 0; i-- {
		if own[i].Offset <= off {
			return first + i
		}
	}
	return first
}
