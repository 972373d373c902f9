package analyze

// wordStore holds the words and concepts of one concept cache at addresses
// that do not change, in chunks, so that the cache's map, its wordFront
// and a sentence's words hold pointers to them rather than copies. Each
// concept is stored once, whichever words have it: the words "plan" and
// "plans" point to one concept, so a sentence's distinct concepts are
// told apart by pointer, and what belongs to a concept (the key-message
// terms that hold it) is worked out once.
type wordStore struct {
	words    []cachedWord // the chunk being filled; full ones live on through pointers
	concepts []concept    // the chunk being filled
	byName   map[string]*concept
	msgs     *messageIndex // nil: concepts do not know the key messages
	stamp    uint64        // the stamp of the latest appendTerms
	noWord   cachedWord    // a number's cached form: no concept, no cues
}

// concept is a weighted concept as a wordStore holds it.
type concept struct {
	t term
	// msgs are the terms of the key messages of the store's messageIndex
	// that hold the concept.
	msgs  []msgTerm
	stamp uint64 // the appendTerms call that took it last
}

// storeChunk is the most words or concepts one chunk of a store holds;
// the first chunks hold fewer (32, then 160), for the caches of a few
// sentences.
const storeChunk = 256

// newWordStore returns an empty store whose concepts know the key-message
// terms of msgs that hold them (msgs may be nil).
func newWordStore(msgs *messageIndex) *wordStore {
	return &wordStore{byName: map[string]*concept{}, msgs: msgs}
}

// newWord stores a word with no concept, phrases or cues yet.
func (st *wordStore) newWord(low string) *cachedWord {
	if len(st.words) == cap(st.words) {
		st.words = make([]cachedWord, 0, min(storeChunk, 4*cap(st.words)+32))
	}
	st.words = append(st.words, cachedWord{low: low})
	return &st.words[len(st.words)-1]
}

// concept returns the stored concept of t, storing it the first time; nil
// for no concept. A concept's weight depends on the concept alone, so t
// is the same each time.
func (st *wordStore) concept(t term) *concept {
	if t.c == "" {
		return nil
	}
	if c, ok := st.byName[t.c]; ok {
		return c
	}
	if len(st.concepts) == cap(st.concepts) {
		st.concepts = make([]concept, 0, min(storeChunk, 4*cap(st.concepts)+32))
	}
	c := concept{t: t}
	if st.msgs != nil {
		c.msgs = st.msgs.byConcept[t.c]
	}
	st.concepts = append(st.concepts, c)
	p := &st.concepts[len(st.concepts)-1]
	st.byName[t.c] = p
	return p
}

// none returns the cached form of a number.
func (st *wordStore) none() *cachedWord { return &st.noWord }

// nextStamp returns a stamp no concept of the store carries yet.
func (st *wordStore) nextStamp() uint64 {
	st.stamp++
	return st.stamp
}
