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
// Nothing in it changes after New but a pool of concept caches, which one
// Analyze call at a time borrows, so one Analyzer is safe for concurrent
// use by any number of goroutines.
type Analyzer struct {
	seg      *segmenter
	phrases  *phraseFinder
	products *productFinder
	values   *valueFinder
	claims   *claimIndex
	messages *messageIndex
	caches   *cachePool
	finders  Finders
}

// Finders names the groups of mentions an Analyzer looks for. A run whose
// rules read only some of them (a CI gate with only the term rules, say)
// builds its Analyzer with NewFor and skips the rest.
type Finders uint8

// The groups of mentions.
const (
	FindTerms    Finders = 1 << iota // terms to avoid and forbidden phrases
	FindProducts                     // product and plan names and their near misses
	FindValues                       // prices (structured ones too) and quantities
	FindClaims                       // claims, matched against the approved ones
	FindMessages                     // the sentence that best conveys each key message

	FindAll = FindTerms | FindProducts | FindValues | FindClaims | FindMessages
)

// span is a mention found in a piece of text: Start and End are byte
// offsets in that text. Finders leave Location and Sentence unset; Analyze
// fills them in.
type span struct {
	Start, End int
	Mention    Mention
}

// New builds an Analyzer for a story that finds every kind of mention.
func New(s *story.Story) (*Analyzer, error) { return NewFor(s, FindAll) }

// NewFor builds an Analyzer for a story that finds only the given groups of
// mentions; sentences are always split.
func NewFor(s *story.Story, f Finders) (*Analyzer, error) {
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
		caches:   &cachePool{v: claims.v},
		finders:  f,
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
	r := &docRun{a: a, t: t, cache: a.caches.get(), messages: a.messages.newScan()}
	defer a.caches.put(r.cache)
	total, done := blockBytes(t), 0
	d.Sentences = make([]Sentence, 0, 2*len(t.Blocks))
	for bi := range t.Blocks {
		if ctx.Err() != nil {
			break
		}
		first := len(d.Sentences)
		done += len(t.Blocks[bi].Text)
		r.own = a.seg.appendSentences(r.own[:0], t, bi)
		d.Sentences = appendEstimated(d.Sentences, done, total, r.own...)
		r.lower = lowerASCII(r.lower, t.Blocks[bi].Text)
		r.found = r.blockMentions(r.found[:0], bi, r.own, first)
		slices.SortStableFunc(r.found, ordered.compare)
		for _, o := range r.found {
			d.Mentions = appendEstimated(d.Mentions, done, total, o.m)
		}
	}
	if ctx.Err() != nil {
		return d
	}
	if a.finders&FindValues != 0 {
		d.Mentions = append(d.Mentions, a.values.structuredPrices(t)...)
	}
	if a.finders&FindMessages != 0 {
		d.Mentions = append(d.Mentions, r.messages.mentions(d.Sentences)...)
	}
	return d
}

// docRun is the state of one Analyze call: the document, the concept
// cache its sentences share, the scan for key messages, and scratch space
// reused from block to block.
type docRun struct {
	a        *Analyzer
	t        *extract.Text
	cache    conceptCache
	messages *messageScan
	own      []Sentence    // the current block's sentences
	words    sentenceWords // the current sentence's words
	lower    []byte        // the current block's text, lower-cased
	found    []ordered     // the current block's mentions
	spans    []span        // what one finder found
}

// blockBytes returns the length of the text of t's blocks.
func blockBytes(t *extract.Text) int {
	n := 0
	for i := range t.Blocks {
		n += len(t.Blocks[i].Text)
	}
	return n
}

// appendEstimated appends vs to s, a slice of what the blocks of a
// document hold, done of whose total bytes have been read. When s is full
// it makes room for what the whole document will need at the rate so far:
// a long document's slice is copied a few times, where append would copy
// it at every quarter it gains.
func appendEstimated[T any](s []T, done, total int, vs ...T) []T {
	if n := len(s) + len(vs); n > cap(s) {
		want := n + n*max(total-done, 0)/max(done, 1) + n/8 + 16
		s = slices.Grow(s, want-len(s))
	}
	return append(s, vs...)
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

// blockMentions appends the mentions of block bi, whose sentences are own
// (first is the document index of own[0]), in the order the finders give
// them.
func (r *docRun) blockMentions(found []ordered, bi int, own []Sentence, first int) []ordered {
	a, b := r.a, &r.t.Blocks[bi]
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
	r.spans = r.blockSpans(b)
	add(r.spans, 0, -1)
	r.sentenceMentions(own, first, add)
	if a.finders&FindValues == 0 {
		return found
	}
	return a.values.blockValues(found, r.t, bi, r.lower, own, first)
}

// blockSpans finds the terms, forbidden phrases and product names of a
// block, as far as the Analyzer looks for them.
func (r *docRun) blockSpans(b *extract.Block) []span {
	spans := r.spans[:0]
	if r.a.finders&FindTerms != 0 {
		spans = r.a.phrases.appendFind(spans, b.Text, r.lower)
	}
	if r.a.finders&FindProducts != 0 {
		spans = r.a.products.appendFind(spans, b)
	}
	return spans
}

// sentenceMentions reads the words of each sentence of a block once, for
// the claims and the key messages, and hands the claims found to add.
func (r *docRun) sentenceMentions(own []Sentence, first int, add func([]span, int, int)) {
	a := r.a
	if a.finders&(FindClaims|FindMessages) == 0 {
		return
	}
	for i, s := range own {
		r.words.read(r.cache, s.Text, r.lower[s.Offset:s.Offset+len(s.Text)])
		if a.finders&FindClaims != 0 {
			r.spans = a.claims.appendWords(r.spans[:0], r.cache, s.Text, &r.words)
			add(r.spans, s.Offset, first+i)
		}
		if a.finders&FindMessages != 0 {
			r.messages.add(r.cache, first+i, r.words.cws)
		}
	}
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
