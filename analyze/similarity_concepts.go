package analyze

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// conceptCache turns words into weighted concepts, remembering the words it
// has seen. It is not safe for concurrent use: make one per call, or borrow
// one with a pooled docRun.
type conceptCache struct {
	v     *vocab                 // nil: stem every word, weigh every concept 1
	seen  map[string]*cachedWord // the words seen so far, kept in store
	front *wordFront             // nil: none before seen
	store *wordStore             // where the words and concepts live
}

// cachedWord is a word as the cache holds it, at an address that stays
// the same while the cache keeps it: its lower-case form, which stays
// valid, its concept (nil for a stop word or a number), the phrases of
// simPhrases it begins and the claim cues mayHaveClaimWords reads.
type cachedWord struct {
	low     string
	con     *concept
	phrases []phraseEnd
	cues    uint8 // see claimCues
}

// phraseEnd is the second word of a phrase of simPhrases and the concept
// of the phrase.
type phraseEnd struct {
	second string
	con    *concept
}

// newConceptCache returns an empty cache over a vocabulary.
func newConceptCache(v *vocab) conceptCache {
	return conceptCache{v: v, seen: map[string]*cachedWord{}, store: newWordStore(nil)}
}

// word returns the cached form of the lower-case word low, which may be
// a transient buffer, and its low, the word as a string that stays valid.
func (m conceptCache) word(low []byte) (*cachedWord, string) {
	var slot *frontSlot
	if m.front != nil {
		var hit bool
		if slot, hit = m.front.lookup(low); hit {
			return slot.w, slot.low // no need to read the word itself yet
		}
	}
	cw, ok := m.seen[string(low)]
	if !ok {
		cw = m.add(string(low))
	}
	if slot != nil {
		slot.set(low, cw)
	}
	return cw, cw.low
}

// stableWord is word for a string. The cache keeps a copy, not low, which
// may hold a document's text in memory.
func (m conceptCache) stableWord(low string) *cachedWord {
	if cw, ok := m.seen[low]; ok {
		return cw
	}
	return m.add(strings.Clone(low))
}

// add works out the concept, phrases and claim cues of low and remembers
// them. A number (as simWords reads it: a digit or "#" first) has none.
func (m conceptCache) add(low string) *cachedWord {
	cw := m.store.newWord(low)
	if low != "" && !words.IsDigit(low[0]) && low[0] != '#' {
		cw.cues = claimCues(low)
		t := term{conceptOf(low, nil), 1}
		if m.v != nil {
			t = m.v.term(low)
		}
		cw.con = m.store.concept(t)
		if simPhraseFirst[low] {
			cw.phrases = m.phraseEnds(low)
		}
	}
	m.seen[low] = cw
	return cw
}

// phraseEnds returns the phrases of simPhrases that first begins.
func (m conceptCache) phraseEnds(first string) []phraseEnd {
	var out []phraseEnd
	for p, c := range simPhrases {
		if p[0] == first {
			t := term{c, 1}
			if m.v != nil {
				t.w = m.v.weight(c)
			}
			out = append(out, phraseEnd{p[1], m.store.concept(t)})
		}
	}
	return out
}

// phraseWith returns the concept of the phrase of simPhrases that cw
// makes with the word after it, nil if none.
func (cw *cachedWord) phraseWith(next *cachedWord) *concept {
	for _, p := range cw.phrases {
		if p.second == next.low {
			return p.con
		}
	}
	return nil
}

// terms returns the distinct concepts of ws, numbers left out.
func (m conceptCache) terms(ws []simWord) []term {
	cws := make([]*cachedWord, len(ws))
	for i, w := range ws {
		cws[i] = m.store.none()
		if !w.num {
			cws[i] = m.stableWord(w.low)
		}
	}
	return m.appendTerms(nil, cws)
}

// sentenceTerms appends the distinct concepts of s to out, numbers left
// out, reading s as the finders do (readWords); buf is scratch space it
// returns for reuse.
func (m conceptCache) sentenceTerms(s string, out []term, buf []*cachedWord) ([]term, []*cachedWord) {
	var sw sentenceWords
	sw.cws = buf[:0]
	sw.read(m, s, lowerASCII(nil, s))
	return m.appendTerms(out, sw.cws), sw.cws
}

// appendTerms appends the distinct concepts of words to out, reading two
// words that make a phrase ("real time") as one concept. A concept is
// told from those already taken by a stamp it carries, not by comparing
// it with each of them.
func (m conceptCache) appendTerms(out []term, words []*cachedWord) []term {
	had := len(out)
	stamp := m.store.nextStamp()
	for i := 0; i < len(words); i++ {
		con := words[i].con
		if words[i].phrases != nil && i+1 < len(words) {
			if pc := words[i].phraseWith(words[i+1]); pc != nil {
				con = pc
				i++
			}
		}
		if con == nil || con.stamp == stamp || had > 0 && hasTerm(out[:had], con.t.c) {
			continue
		}
		con.stamp = stamp
		out = append(out, con.t)
	}
	return out
}

func hasTerm(list []term, c string) bool {
	for _, t := range list {
		if t.c == c {
			return true
		}
	}
	return false
}
