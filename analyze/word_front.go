package analyze

import (
	"encoding/binary"
	"math/bits"
)

// wordFront is a small direct-mapped cache in front of a concept cache's
// map: each word has one slot, picked by a hash of its bytes, that holds
// the last word cached there. The words of prose repeat ("the", "and",
// "fleet"), so most look-ups end at their slot, cheaper than a map look-up
// among the thousands of words a run has seen. A word's cachedWord
// depends on the vocabulary alone, so the slots stay right from document
// to document; they point into the cache's wordStore, so they are cleared
// when the cache starts over with another.
type wordFront struct {
	slots [1 << wordFrontBits]frontSlot
}

// frontSlot is one slot of a wordFront: a word's cachedWord and its low,
// the word, kept here too so that a look-up reads one slot and nothing
// else; and for a word of eight bytes or fewer those bytes read as a
// number (packWord), which tells two such words of one length apart
// without comparing strings. An empty slot holds zeros: no word matches
// it, as a word that packs to zero never does.
type frontSlot struct {
	packed uint64
	low    string
	w      *cachedWord
}

// wordFrontBits is log2 of the slots of a wordFront: 1024 slots, 32 KB.
const wordFrontBits = 10

// lookup returns the slot of the word low and whether it holds low.
func (f *wordFront) lookup(low []byte) (*frontSlot, bool) {
	packed, ok := packWord(low)
	x := packed
	if !ok {
		n := len(low)
		x = binary.LittleEndian.Uint64(low) ^ bits.RotateLeft64(binary.LittleEndian.Uint64(low[n-8:]), 29)
	}
	s := f.slot(x, len(low))
	if ok {
		return s, packed != 0 && s.packed == packed && len(s.low) == len(low)
	}
	return s, s.low == string(low) && s.w != nil
}

// slot returns the slot of a word of n bytes whose bytes mix to x.
func (f *wordFront) slot(x uint64, n int) *frontSlot {
	// Fibonacci hashing: one multiplication mixes the bytes (and the
	// length) into the top bits, which pick the slot.
	return &f.slots[((x^uint64(n)<<59)*0x9e3779b97f4a7c15)>>(64-wordFrontBits)]
}

// set puts cw, the cachedWord of low, in slot s.
func (s *frontSlot) set(low []byte, cw *cachedWord) {
	s.packed, _ = packWord(low)
	s.low, s.w = cw.low, cw
}

// packWord returns the bytes of a word of one to eight bytes as a number,
// the first lowest, and true; for a longer word, 0 and false. A word holds
// no zero byte, so its number is not zero.
func packWord(low []byte) (uint64, bool) {
	if len(low) > 8 {
		return 0, false
	}
	var x uint64
	for i, c := range low {
		x |= uint64(c) << (8 * i)
	}
	return x, true
}
