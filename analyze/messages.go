package analyze

import "github.com/onestory/onestory/story"

// Key messages: for each message of the story, the sentence or short
// passage of a document that says it best. A passage is two sentences in a
// row of one block: a message is often said over two ("PostHog lets you
// self-host on your own infrastructure. Information never leaves your
// systems."), its key words order-free across them. Only sentences that
// share a concept with a message are scored; the best is "conveyed" from
// messageThreshold, "weak" below it, so that `onestory inspect` can show
// how close a document comes. A passage is scored as one text, so the
// words it says besides the message count against it as a sentence's do.

// messageThreshold is the similarity from which a sentence conveys a key
// message (calibrated on the pairs of TestSimilarityPairs).
const messageThreshold = 0.6

// messageIndex matches sentences against the story's key messages. It is
// read-only once built and safe for concurrent use.
type messageIndex struct {
	messages  []claimRef
	byConcept map[string][]msgTerm // concept → the messages' terms that hold it
	v         *vocab
}

// msgTerm is term ti of message mi.
type msgTerm struct{ mi, ti int }

// newMessageIndex prepares the story's key messages.
func newMessageIndex(s *story.Story) *messageIndex {
	_, messages, v := storyRefs(s)
	return newMessageIndexOf(messages, v)
}

// newMessageIndexOf indexes prepared key messages over their vocabulary.
func newMessageIndexOf(messages []claimRef, v *vocab) *messageIndex {
	m := &messageIndex{messages: messages, byConcept: map[string][]msgTerm{}, v: v}
	for mi, msg := range messages {
		for ti, t := range msg.terms {
			m.byConcept[t.c] = append(m.byConcept[t.c], msgTerm{mi, ti})
		}
	}
	return m
}

// newCache returns an empty concept cache over m's vocabulary whose
// concepts know the terms of m's messages that hold them.
func (m *messageIndex) newCache() conceptCache {
	c := newConceptCache(m.v)
	c.store.msgs = m
	return c
}

// best returns, for each key message that any sentence shares a concept
// with, one mention of the sentence that conveys it best, in story order.
// Sentence is the index into sents; Match is "conveyed" or "weak".
func (m *messageIndex) best(sents []Sentence) []Mention {
	cache := m.newCache()
	scan := m.newScan()
	var sw sentenceWords
	var low []byte
	var prev []*cachedWord
	for si, s := range sents {
		low = lowerASCII(low, s.Text)
		sw.read(cache, s.Text, low)
		scan.add(cache, si, sw.cws)
		if si > 0 {
			scan.addPassage(cache, si, prev, sw.cws)
		}
		prev, sw.cws = sw.cws, prev[:0] // the next read fills the other buffer
	}
	return scan.mentions(sents)
}

// messageScan looks for the best sentence for each key message, one
// sentence at a time, in document order.
type messageScan struct {
	m     *messageIndex
	top   []float64 // the best score so far, by message
	at    []int     // the sentence that has it (the first of a passage), -1 for none
	two   []bool    // whether it is a passage of sentences at and at+1
	hits  []uint64  // scratch: the terms the sentence holds, by message (see mark)
	last  []uint64  // scratch: hits of the sentence added before
	both  []uint64  // scratch: the terms a passage holds, where it may beat its sentences
	terms []term    // scratch: the sentence's concepts
	// marked and lastMarked are set when hits and last hold a term: most
	// sentences hold none, and then neither is cleared nor read again.
	marked, lastMarked bool
}

// newScan starts a scan of one document.
func (m *messageIndex) newScan() *messageScan {
	s := &messageScan{m: m, top: make([]float64, len(m.messages)),
		at: make([]int, len(m.messages)), two: make([]bool, len(m.messages)),
		hits: make([]uint64, len(m.messages)), last: make([]uint64, len(m.messages)),
		both: make([]uint64, len(m.messages))}
	s.reset()
	return s
}

// reset starts the scan over, for another document.
func (s *messageScan) reset() {
	clear(s.top)
	clear(s.two)
	clear(s.hits)
	clear(s.last)
	s.marked, s.lastMarked = false, false
	for i := range s.at {
		s.at[i] = -1
	}
}

// add scores sentence si, whose words' cached forms (over m's vocabulary)
// are cws, against the messages it shares a concept with and whose best
// sentence so far it may beat. The hits of the sentence added before it are
// kept for addPassage.
func (s *messageScan) add(cache conceptCache, si int, cws []*cachedWord) {
	if len(s.hits) == 0 {
		return
	}
	twoBack := s.lastMarked // whether s.last, about to be reused, holds a term
	s.last, s.hits = s.hits, s.last
	s.lastMarked, s.marked = s.marked, false
	if twoBack {
		clear(s.hits)
	}
	if s.marked = s.mark(cache, cws); !s.marked {
		return // most sentences: no concept of any message
	}
	s.score(cache, si, false, s.hits, cws)
}

// addPassage scores the passage of sentence si-1 (whose words are prev)
// and sentence si (cws), both of one block, against the messages, as add
// does over the words of both; add must just have added si, after si-1. A
// passage is scored for a message only when each sentence holds some of
// its terms that the other lacks: otherwise one sentence says all the
// passage says of it, with fewer other words.
func (s *messageScan) addPassage(cache conceptCache, si int, prev, cws []*cachedWord) {
	if len(s.hits) == 0 || len(prev) == 0 || !s.marked || !s.lastMarked {
		return // one sentence holds all the passage's terms, or none holds any
	}
	some := false
	for mi, b := range s.hits {
		a, u := s.last[mi], s.last[mi]|b
		if u == a || u == b {
			u = 0
		}
		s.both[mi] = u
		some = some || u != 0
	}
	if some {
		s.score(cache, si-1, true, s.both, prev, cws)
	}
}

// score scores the text made of the words parts (a sentence, or the two of
// a passage that starts at sentence si), whose message terms mark has set
// in hits, against the messages whose best it may beat.
func (s *messageScan) score(cache conceptCache, si int, two bool, hits []uint64, parts ...[]*cachedWord) {
	s.terms = s.terms[:0]
	var sent sentenceWeights
	for mi, h := range hits {
		msg := &s.m.messages[mi]
		if h == 0 || s.top[mi] > 0 && msg.mostSimilar(h, nil)+1e-9 <= s.top[mi] {
			continue
		}
		if len(s.terms) == 0 {
			for _, cws := range parts {
				s.terms = cache.appendTerms(s.terms, cws)
			}
			sent = weighTerms(s.terms)
		}
		if s.top[mi] > 0 && msg.mostSimilar(h, &sent)+1e-9 <= s.top[mi] {
			continue
		}
		if sc := similarity(msg.terms, s.terms); sc > s.top[mi] {
			s.top[mi], s.at[mi], s.two[mi] = sc, si, two
		}
	}
}

// mark records in hits, for each message, the terms whose concept a word
// of a sentence (cached as cws) has, bit ti for term ti, reading two words
// that make a phrase as one, as appendTerms does. Terms past the 64th all
// set the last bit. It reports whether any message has one. A concept of
// a cache made by newCache knows the terms that hold it.
func (s *messageScan) mark(cache conceptCache, cws []*cachedWord) bool {
	own := cache.store.msgs == s.m
	found := false
	for i := 0; i < len(cws); i++ {
		con := cws[i].con
		if cws[i].phrases != nil && i+1 < len(cws) {
			if pc := cws[i].phraseWith(cws[i+1]); pc != nil {
				con = pc
				i++
			}
		}
		if con == nil {
			continue
		}
		ts := con.msgs // most words: none
		if !own {
			ts = s.m.byConcept[con.t.c]
		}
		for _, t := range ts {
			s.hits[t.mi] |= 1 << min(t.ti, 63)
			found = true
		}
	}
	return found
}

// sentenceWeights are the summed weights of a sentence's concepts: all of
// them, and those of five letters or more, which pairMatch can match in
// part.
type sentenceWeights struct{ total, long float64 }

// weighTerms sums the weights of a sentence's concepts.
func weighTerms(terms []term) sentenceWeights {
	var w sentenceWeights
	for _, t := range terms {
		w.total += t.w
		if len(t.c) >= 5 {
			w.long += t.w
		}
	}
	return w
}

// mostSimilar returns the highest similarity to r that a sentence holding
// the concepts of r's terms marked in hits (see mark) can have. Its recall
// counts each marked term whole and each other term as a partial match
// (pairMatch) at best. Its precision is 1 at best, or, when sent weighs
// the sentence's concepts, counts whole those that are r's (their weights
// are r's terms'), and the others of five letters or more as partial
// matches.
func (r *claimRef) mostSimilar(hits uint64, sent *sentenceWeights) float64 {
	var got, total, exact, exactLong float64
	for ti, t := range r.terms {
		total += t.w
		switch {
		case ti >= 63 || hits&(1<<ti) != 0:
			got += t.w
			exact += t.w
			if len(t.c) >= 5 {
				exactLong += t.w
			}
		case len(t.c) >= 5:
			got += 0.7 * t.w
		}
	}
	if total == 0 {
		return 0
	}
	precision := 1.0
	if sent != nil && len(r.terms) < 64 {
		if sent.total == 0 {
			return 0
		}
		precision = min(1, (exact+0.7*max(0, sent.long-exactLong))/sent.total)
	}
	return fScore(precision, got/total)
}

// mentions makes the mentions of the best sentences.
func (s *messageScan) mentions(sents []Sentence) []Mention {
	return s.m.mentions(sents, s.top, s.at, s.two)
}

// mentions makes the mentions of the best sentences or passages (two[mi]:
// sentences at[mi] and the next); a passage's text is its two sentences'.
func (m *messageIndex) mentions(sents []Sentence, top []float64, at []int, two []bool) []Mention {
	var out []Mention
	for mi, si := range at {
		if si < 0 {
			continue
		}
		match := "weak"
		if top[mi] >= messageThreshold {
			match = "conveyed"
		}
		msg := m.messages[mi]
		text := sents[si].Text
		if two[mi] && si+1 < len(sents) {
			text += " " + sents[si+1].Text
		}
		out = append(out, Mention{Kind: MessageMention, Text: text, Location: sents[si].Location,
			Sentence: si, Subject: msg.id, Canonical: msg.text, Score: top[mi], Match: match})
	}
	return out
}
