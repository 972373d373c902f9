package analyze

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// Analyzer holds everything built once from the story: the sentence model,
// the term and product indexes, the subject, claim and message indexes.
// Nothing in it changes after New but a pool of runs (concept caches,
// buffers), each of which one Analyze call at a time borrows, so one
// Analyzer is safe for concurrent use by any number of goroutines.
type Analyzer struct {
	seg      *segmenter
	phrases  *phraseFinder
	products *productFinder
	values   *valueFinder
	claims   *claimIndex
	messages *messageIndex
	voice    *voiceScope
	stances  *stanceFinder // nil when the story has no policies or features
	runs     runPool
	finders  Finders
	catalog  *story.Catalog // the story's catalogue, nil when none (listing.go)
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
	// FindSentences splits every block into sentences (Doc.Sentences),
	// as values, claims and messages do anyway. Without any of them, only
	// the blocks where a term or a product name was found are split.
	FindSentences
	FindStances // stances on the story's policies and features (stances.go)

	FindAll = FindTerms | FindProducts | FindValues | FindClaims | FindMessages | FindSentences | FindStances
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
// mentions, and every sentence only if f holds FindSentences (see Analyze).
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
		voice:    newVoiceScope(s, claims.scope.ours),
		stances:  newStanceFinder(s),
		finders:  f,
		catalog:  s.Catalog,
	}, nil
}

// Analyze finds every mention in one extracted document: its sentences,
// then the terms, forbidden phrases and product names in each block, the
// prices, quantities and claims in each sentence, the structured prices,
// and the sentence that best conveys each key message. Mentions are in
// document order, structured prices and messages last. If ctx is
// cancelled, Analyze stops between blocks and returns the sentences and
// mentions of the blocks it has read.
//
// Doc.Sentences holds every sentence of the document when the Analyzer
// looks for FindSentences, values, claims or messages; otherwise only the
// sentences of the blocks in which a term or a product name was found, so
// that each mention still has its sentence.
func (a *Analyzer) Analyze(ctx context.Context, t *extract.Text, channel string) *Doc {
	d := &Doc{Channel: channel, Text: t}
	if t == nil {
		return d
	}
	d.Source, d.Format = t.Source, t.Format
	r := a.runs.get(a, t)
	defer a.runs.put(r)
	for bi := range t.Blocks {
		if ctx.Err() != nil {
			break
		}
		r.block(bi)
	}
	if ctx.Err() == nil {
		if a.finders&FindValues != 0 {
			r.mentions = append(r.mentions, a.values.structuredPrices(t)...)
		}
		if a.finders&FindMessages != 0 {
			r.mentions = append(r.mentions, r.messages.mentions(r.sents)...)
		}
	}
	a.runs.output(d, r)
	if a.finders&FindValues != 0 && ctx.Err() == nil {
		d.Listings = listings(a.catalog, t)
	}
	return d
}

// everySentence reports whether the Analyzer splits every block into
// sentences, rather than only the blocks where a term or a product name
// was found.
func (a *Analyzer) everySentence() bool {
	return a.finders&(FindSentences|FindValues|FindClaims|FindMessages) != 0 ||
		a.finders&FindStances != 0 && a.stances != nil
}

// block finds the sentences and the mentions of block bi, in order.
func (r *docRun) block(bi int) {
	b := &r.t.Blocks[bi]
	r.done += len(b.Text)
	r.lower = lowerASCII(r.lower, b.Text)
	r.spans = r.blockSpans(b)
	if len(r.spans) == 0 && !r.a.everySentence() {
		return
	}
	r.first = len(r.sents)
	r.own = r.a.seg.appendSentences(r.own[:0], r.t, bi, r.breaks)
	r.sents = appendEstimated(r.sents, r.done, r.total, r.own...)
	r.cur = b.Cursor()
	r.found = r.place(r.found[:0], b, r.spans, 0, -1)
	r.found = r.sentenceMentions(r.found, b)
	if r.a.finders&FindStances != 0 {
		r.found = r.stanceMentions(r.found, b)
	}
	if r.a.finders&FindValues != 0 {
		r.found = r.a.values.blockValues(r.found, &r.values, r.t, bi, r.lower, r.own, r.first)
	}
	slices.SortStableFunc(r.found, ordered.compare)
	r.asides(bi)
	for i := range r.found {
		r.mentions = appendEstimated(r.mentions, r.done, r.total, r.found[i].m)
	}
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

// sentenceMentions reads the words of each sentence of the current block
// once, for the claims and the key messages, and appends the claims found
// to found.
func (r *docRun) sentenceMentions(found []ordered, b *extract.Block) []ordered {
	a := r.a
	if a.finders&(FindClaims|FindMessages) == 0 {
		return found
	}
	allASCII := words.Is(b.Text) // then so is each sentence
	for i, s := range r.own {
		r.words.readKnown(r.cache, s.Text, r.lower[s.Offset:s.Offset+len(s.Text)], allASCII || words.Is(s.Text))
		if a.finders&FindClaims != 0 {
			r.spans = a.claims.appendWords(r.spans[:0], r.cache, s.Text, &r.words)
			found = r.place(found, b, r.spans, s.Offset, r.first+i)
		}
		if a.finders&FindMessages != 0 {
			r.messages.add(r.cache, r.first+i, r.words.cws)
			if i > 0 {
				r.messages.addPassage(r.cache, r.first+i, r.prevWords, r.words.cws)
			}
			// the next readKnown fills the other buffer: no copy
			r.prevWords, r.words.cws = r.words.cws, r.prevWords[:0]
		}
	}
	return found
}

// place appends the mentions of spans found in block b at offset in its
// text, in the sentence of document index si (-1: the one that holds
// each span).
func (r *docRun) place(found []ordered, b *extract.Block, spans []span, offset, si int) []ordered {
	for _, s := range spans {
		m := s.Mention
		start, end := offset+s.Start, offset+s.End
		if s.Start < 0 || s.End < s.Start || end > len(b.Text) {
			continue // a finder's bad span must not take the run down
		}
		m.Location = r.cur.At(start)
		m.Sentence = si
		if si < 0 {
			m.Sentence = sentenceAt(r.own, r.first, start)
		}
		if m.Text == "" {
			m.Text = b.Text[start:end]
		}
		found = append(found, ordered{start, end, m})
	}
	return found
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
