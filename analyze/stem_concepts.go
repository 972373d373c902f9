package analyze

import "strings"

// conceptCache turns words into weighted concepts, remembering the words it
// has seen. It is not safe for concurrent use: make one per call, or borrow
// one with a pooled docRun.
type conceptCache struct {
	v     *vocab                // nil: stem every word, weigh every concept 1
	seen  map[string]cachedWord // nil: remember nothing
	front *wordFront            // nil: none before seen
}

// cachedWord is a word as the cache holds it: its lower-case form, which
// stays valid, its concept ("" for a stop word or a number) and the claim
// cues mayHaveClaimWords reads.
type cachedWord struct {
	low    string
	t      term
	phrase bool  // the first word of a phrase of simPhrases
	cues   uint8 // see claimCues
	// storied is set when the story's claims or messages may hold the
	// concept: always without a vocabulary.
	storied bool
}

// newConceptCache returns an empty cache over a vocabulary.
func newConceptCache(v *vocab) conceptCache {
	return conceptCache{v: v, seen: map[string]cachedWord{}}
}

// word returns the cached form of the lower-case word low, which may be
// a transient buffer.
func (m conceptCache) word(low []byte) cachedWord {
	var slot *frontSlot
	if m.front != nil {
		var hit bool
		if slot, hit = m.front.lookup(low); hit {
			return slot.cw
		}
	}
	cw, ok := m.seen[string(low)]
	if !ok {
		cw = m.add(string(low))
	}
	if slot != nil {
		slot.set(low, cw)
	}
	return cw
}

// stableWord is word for a string. The cache keeps a copy, not low, which
// may hold a document's text in memory.
func (m conceptCache) stableWord(low string) cachedWord {
	if cw, ok := m.seen[low]; ok {
		return cw
	}
	return m.add(strings.Clone(low))
}

// add works out the concept and claim cues of low and remembers them. A
// number (as simWords reads it: a digit or "#" first) has neither.
func (m conceptCache) add(low string) cachedWord {
	cw := cachedWord{low: low}
	if low != "" && !simDigit(low[0]) && low[0] != '#' {
		cw.phrase, cw.cues = simPhraseFirst[low], claimCues(low)
		if m.v != nil {
			cw.t = m.v.term(low)
			cw.storied = m.v.df[cw.t.c] > 0
		} else {
			cw.t, cw.storied = term{conceptOf(low, nil), 1}, true
		}
	}
	if m.seen != nil {
		m.seen[low] = cw
	}
	return cw
}

// terms returns the distinct concepts of ws, numbers left out.
func (m conceptCache) terms(ws []simWord) []term {
	cws := make([]cachedWord, len(ws))
	for i, w := range ws {
		if !w.num {
			cws[i] = m.stableWord(w.low)
		}
	}
	return m.appendTerms(nil, cws)
}

// sentenceTerms appends the distinct concepts of s to out, numbers left
// out, reading s as the finders do (readWords); buf is scratch space it
// returns for reuse.
func (m conceptCache) sentenceTerms(s string, out []term, buf []cachedWord) ([]term, []cachedWord) {
	var sw sentenceWords
	sw.cws = buf[:0]
	sw.read(m, s, lowerASCII(nil, s))
	return m.appendTerms(out, sw.cws), sw.cws
}

// appendTerms appends the distinct concepts of words to out, reading two
// words that make a phrase ("real time") as one concept.
func (m conceptCache) appendTerms(out []term, words []cachedWord) []term {
	for i := 0; i < len(words); i++ {
		t := words[i].t
		if words[i].phrase && i+1 < len(words) {
			if c, ok := simPhrases[[2]string{words[i].low, words[i+1].low}]; ok {
				t = term{c, 1}
				if m.v != nil {
					t.w = m.v.weight(c)
				}
				i++
			}
		}
		if t.c != "" && !hasTerm(out, t.c) {
			out = append(out, t)
		}
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
