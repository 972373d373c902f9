package analyze

import (
	"slices"
	"sync"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// docRun is the state of one Analyze call: the document, the concept
// cache its sentences share, the scan for key messages, the sentences and
// mentions found so far, and scratch space reused from block to block.
// Runs are pooled: a finished run's buffers serve the next document.
type docRun struct {
	a        *Analyzer
	t        *extract.Text
	cache    conceptCache
	messages *messageScan
	sents    []Sentence    // the document's sentences so far
	mentions []Mention     // the document's mentions so far, in order
	breaks   breakMemo     // Punkt's decisions, kept from document to document
	own      []Sentence    // the current block's sentences
	first    int           // the document index of own[0]
	words    sentenceWords // the current sentence's words
	// prevWords are the cached words of the block's sentence before the
	// current one, for the key messages' passages (messages.go).
	prevWords []*cachedWord
	lower     []byte         // the current block's text, lower-cased
	found     []ordered      // the current block's mentions
	spans     []span         // what one finder found
	values    valueScratch   // the value finder's room
	stance    stanceScratch  // the stance finder's room
	cur       extract.Cursor // locates the current block's mentions
	done      int            // bytes of the document's blocks read so far
	total     int            // bytes of the document's blocks
	// reference is set when the document is a reference page of the
	// story: its listed forms are examples (voice.go).
	reference bool
	// legal is set when the document is contract or legal text
	// (voice_legal.go): its terms are not house style's to edit.
	legal bool
}

// runPool keeps the runs of finished Analyze calls for the next ones: a
// word's concept depends on the vocabulary alone, so a concept cache stays
// valid from document to document (most words of a site recur), so do
// Punkt's decisions, and the buffers of one document are the right size
// for the next. It is safe for concurrent use; each run serves one call at
// a time.
type runPool struct {
	pool sync.Pool // of *docRun
}

// The most a pooled run keeps: a larger concept cache starts over, and a
// document with more sentences or mentions takes the run's buffer of them
// rather than a copy.
const (
	maxCachedWords = 1 << 16
	maxPooledItems = 1 << 14
)

// get returns a run of a over document t.
func (p *runPool) get(a *Analyzer, t *extract.Text) *docRun {
	r, ok := p.pool.Get().(*docRun)
	if !ok {
		r = &docRun{a: a, messages: a.messages.newScan(), breaks: breakMemo{}, cache: a.newRunCache()}
	}
	r.t, r.done, r.total = t, 0, blockBytes(t)
	r.reference = len(a.voice.reference) > 0 && story.MatchesAny(a.voice.reference, textSource(t))
	r.legal = legalPage(t)
	if n := 2 * len(t.Blocks); cap(r.sents) < n {
		r.sents = make([]Sentence, 0, n) // before appendEstimated can tell
	}
	r.messages.reset()
	return r
}

// newRunCache returns an empty concept cache for a run: over the claims'
// vocabulary, which the key messages share, its concepts knowing the
// messages' terms, with a wordFront.
func (a *Analyzer) newRunCache() conceptCache {
	c := a.messages.newCache()
	c.seen = make(map[string]*cachedWord, 1024)
	c.front = new(wordFront)
	return c
}

// put returns a run that get gave to the pool, without the document: no
// buffer keeps a reference into its text or its values.
func (p *runPool) put(r *docRun) {
	if len(r.cache.seen) > maxCachedWords {
		r.cache = r.a.newRunCache()
	}
	r.t = nil
	clear(r.sents)
	clear(r.mentions)
	clear(r.own[:cap(r.own)])
	clear(r.found[:cap(r.found)])
	clear(r.spans[:cap(r.spans)])
	r.values.clear()
	r.sents, r.mentions = r.sents[:0], r.mentions[:0]
	r.own, r.found, r.spans = r.own[:0], r.found[:0], r.spans[:0]
	clear(r.words.ws[:cap(r.words.ws)]) // numbers' words are the text's
	r.words.ws, r.words.cws = r.words.ws[:0], r.words.cws[:0]
	clear(r.prevWords[:cap(r.prevWords)])
	r.prevWords = r.prevWords[:0]
	p.pool.Put(r)
}

// output gives d the sentences and mentions r found: copies of the exact
// size, so that the run's own slices go back to the pool; or, past
// maxPooledItems, the run's slices themselves. The document owns them.
func (p *runPool) output(d *Doc, r *docRun) {
	d.Sentences = handOver(&r.sents)
	if len(r.mentions) > 0 {
		d.Mentions = handOver(&r.mentions)
	}
}

// handOver returns the items of *buf for a document, never nil: *buf
// itself if it is too large to pool (and *buf becomes nil), else a copy.
func handOver[T any](buf *[]T) []T {
	if s := *buf; cap(s) > maxPooledItems {
		*buf = nil
		return s
	}
	return append(make([]T, 0, len(*buf)), *buf...)
}

// clear empties the scratch space, letting go of the document's text.
func (sc *valueScratch) clear() {
	clear(sc.ps[:cap(sc.ps)])
	clear(sc.qs[:cap(sc.qs)])
	clear(sc.refs[:cap(sc.refs)])
	clear(sc.subjects[:cap(sc.subjects)])
	sc.ps, sc.qs, sc.refs, sc.subjects = sc.ps[:0], sc.qs[:0], sc.refs[:0], sc.subjects[:0]
	sc.where, sc.about = sc.where[:0], sc.about[:0]
	sc.scan.Reset()
}

// textSource returns the source of t, or where its first block is for a
// Text built without one.
func textSource(t *extract.Text) string {
	if t.Source == "" && len(t.Blocks) > 0 {
		return t.Blocks[0].Location.Source
	}
	return t.Source
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
