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
	return m.bestWith(newConceptCache(m.v), sents)
}

// bestWith is best with a concept cache over m's vocabulary.
func (m *messageIndex) bestWith(cache conceptCache, sents []Sentence) []Mention {
	if len(m.messages) == 0 {
		return nil
	}
	top := make([]float64, len(m.messages))
	at := make([]int, len(m.messages))
	for i := range at {
		at[i] = -1
	}
	hits := make([]int, len(m.messages))
	var terms []term
	var scratch []cachedWord
	for si, sent := range sents {
		terms, scratch = cache.sentenceTerms(sent.Text, terms[:0], scratch)
		clear(hits)
		for _, t := range terms {
			for _, mi := range m.byConcept[t.c] {
				hits[mi]++
			}
		}
		for mi, h := range hits {
			if h == 0 {
				continue
			}
			if s := similarity(m.messages[mi].terms, terms); s > top[mi] {
				top[mi], at[mi] = s, si
			}
		}
	}
	return m.mentions(sents, top, at)
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
