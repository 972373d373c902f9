package analyze

// conceptCache turns words into weighted concepts, remembering the words it
// has seen. It is not safe for concurrent use: make one per call.
type conceptCache struct {
	v    *vocab                // nil: stem every word, weigh every concept 1
	seen map[string]cachedWord // nil: remember nothing
}

// cachedWord is a word as the cache holds it: its lower-case form, which
// stays valid, and its concept ("" for a stop word).
type cachedWord struct {
	low    string
	t      term
	phrase bool // the first word of a phrase of simPhrases
}

// newConceptCache returns an empty cache over a vocabulary.
func newConceptCache(v *vocab) conceptCache {
	return conceptCache{v: v, seen: map[string]cachedWord{}}
}

// word returns the cached form of the lower-case word low, which may be
// a transient buffer.
func (m conceptCache) word(low []byte) cachedWord {
	if cw, ok := m.seen[string(low)]; ok {
		return cw
	}
	return m.add(string(low))
}

// stableWord is word for a string that stays valid.
func (m conceptCache) stableWord(low string) cachedWord {
	if cw, ok := m.seen[low]; ok {
		return cw
	}
	return m.add(low)
}

// add works out the concept of low and remembers it.
func (m conceptCache) add(low string) cachedWord {
	cw := cachedWord{low: low, phrase: simPhraseFirst[low]}
	if m.v != nil {
		cw.t = m.v.term(low)
	} else {
		cw.t = term{conceptOf(low, nil), 1}
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
// out; buf is scratch space it returns for reuse.
func (m conceptCache) sentenceTerms(s string, out []term, buf []cachedWord) ([]term, []cachedWord) {
	var low [32]byte
	buf = buf[:0]
	for i := 0; i < len(s); {
		start, end, num := nextSimWord(s, i)
		if start < 0 {
			break
		}
		i = end
		if num {
			buf = append(buf, cachedWord{})
			continue
		}
		buf = append(buf, m.word(lowerInto(low[:0], s[start:end])))
	}
	return m.appendTerms(out, buf), buf
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
