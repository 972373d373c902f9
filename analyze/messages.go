package analyze

import "github.com/onestory/onestory/story"

// Key messages: for each message of the story, the sentence of a document
// that says it best. Only sentences that share a concept with a message are
// scored; the best is "conveyed" from messageThreshold, "weak" below it, so
// that `onestory inspect` can show how close a document comes.

// messageThreshold is the similarity from which a sentence conveys a key
// message (calibrated on the pairs of TestSimilarityPairs).
const messageThreshold = 0.6

// messageIndex matches sentences against the story's key messages. It is
// read-only once built and safe for concurrent use.
type messageIndex struct {
	messages  []claimRef
	byConcept map[string][]int // concept → indexes into messages
	v         *vocab
}

// newMessageIndex prepares the story's key messages.
func newMessageIndex(s *story.Story) *messageIndex {
	_, messages, v := storyRefs(s)
	return newMessageIndexOf(messages, v)
}

// newMessageIndexOf indexes prepared key messages over their vocabulary.
func newMessageIndexOf(messages []claimRef, v *vocab) *messageIndex {
	m := &messageIndex{messages: messages, byConcept: map[string][]int{}, v: v}
	for i, msg := range messages {
		for _, t := range msg.terms {
			m.byConcept[t.c] = append(m.byConcept[t.c], i)
		}
	}
	return m
}

// best returns, for each key message that any sentence shares a concept
// with, one mention of the sentence that conveys it best, in story order.
// Sentence is the index into sents; Match is "conveyed" or "weak".
func (m *messageIndex) best(sents []Sentence) []Mention {
	cache := newConceptCache(m.v)
	scan := m.newScan()
	var sw sentenceWords
	var low []byte
	for si, s := range sents {
		low = lowerASCII(low, s.Text)
		sw.read(cache, s.Text, low)
		scan.add(cache, si, sw.cws)
	}
	return scan.mentions(sents)
}

// messageScan looks for the best sentence for each key message, one
// sentence at a time, in document order.
type messageScan struct {
	m     *messageIndex
	top   []float64 // the best score so far, by message
	at    []int     // the sentence that has it, -1 for none
	hits  []int     // scratch: concepts the sentence shares, by message
	terms []term    // scratch: the sentence's concepts
}

// newScan starts a scan of one document.
func (m *messageIndex) newScan() *messageScan {
	s := &messageScan{m: m, top: make([]float64, len(m.messages)),
		at: make([]int, len(m.messages)), hits: make([]int, len(m.messages))}
	for i := range s.at {
		s.at[i] = -1
	}
	return s
}

// add scores sentence si, whose words' cached forms (over m's vocabulary)
// are cws, against the messages it shares a concept with.
func (s *messageScan) add(cache conceptCache, si int, cws []cachedWord) {
	if len(s.hits) == 0 {
		return
	}
	clear(s.hits)
	if !s.mark(cws) {
		return // most sentences: no concept of any message
	}
	s.terms = cache.appendTerms(s.terms[:0], cws)
	for mi, h := range s.hits {
		if h == 0 {
			continue
		}
		if sc := similarity(s.m.messages[mi].terms, s.terms); sc > s.top[mi] {
			s.top[mi], s.at[mi] = sc, si
		}
	}
}

// mark counts in hits, for each message, the words of a sentence (cached
// as cws) whose concept the message holds, reading two words that make a
// phrase as one, as appendTerms does. It reports whether any message has
// one.
func (s *messageScan) mark(cws []cachedWord) bool {
	found := false
	for i := 0; i < len(cws); i++ {
		c := cws[i].t.c
		if cws[i].phrase && i+1 < len(cws) {
			if pc, ok := simPhrases[[2]string{cws[i].low, cws[i+1].low}]; ok {
				c = pc
				i++
			}
		}
		if c == "" {
			continue
		}
		for _, mi := range s.m.byConcept[c] {
			s.hits[mi]++
			found = true
		}
	}
	return found
}

// mentions makes the mentions of the best sentences.
func (s *messageScan) mentions(sents []Sentence) []Mention {
	return s.m.mentions(sents, s.top, s.at)
}

// mentions makes the mentions of the best sentences.
func (m *messageIndex) mentions(sents []Sentence, top []float64, at []int) []Mention {
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
		out = append(out, Mention{Kind: MessageMention, Text: sents[si].Text, Location: sents[si].Location,
			Sentence: si, Subject: msg.id, Canonical: msg.text, Score: top[mi], Match: match})
	}
	return out
}
