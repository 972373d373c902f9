package analyze

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// sentenceWords is a sentence read once for the claim and message finders:
// its words as simWords splits them, and each word's cached form, from a
// concept cache that one document's sentences share. Reading a sentence
// costs a look-up in the cache's wordFront per word, or in its map; a
// word is lower-cased, stemmed and weighed once per document.
type sentenceWords struct {
	ws    []simWord     // low is the cache's string: no allocation per sentence
	cws   []*cachedWord // cws[i] is ws[i]'s cached form; no concept for a number
	terms []term        // scratch space for the concepts of a clause
}

// read reads sentence s, whose ASCII lower-cased bytes (lowerASCII) are
// low, reusing sw's buffers.
func (sw *sentenceWords) read(m conceptCache, s string, low []byte) {
	sw.readKnown(m, s, low, words.Is(s))
}

// readKnown is read for a sentence known to be all ASCII or not, as all
// the sentences of an ASCII block are.
func (sw *sentenceWords) readKnown(m conceptCache, s string, low []byte, allASCII bool) {
	if allASCII {
		sw.readASCII(m, s, low)
	} else {
		sw.readRunes(m, s, low)
	}
}

// readRunes is read for any sentence, one rune at a time (nextSimWord).
func (sw *sentenceWords) readRunes(m conceptCache, s string, low []byte) {
	sw.ws, sw.cws = sw.ws[:0], sw.cws[:0]
	none := m.store.none()
	for i := 0; i < len(s); {
		start, end, num := nextSimWord(s, i)
		if start < 0 {
			break
		}
		i = end
		wordASCII := words.Is(s[start:end])
		if num && wordASCII && string(low[start:end]) == s[start:end] {
			// a number as written, lower case: no concept, no cues
			sw.ws = append(sw.ws, simWord{low: s[start:end], start: start, end: end, num: true})
			sw.cws = append(sw.cws, none)
			continue
		}
		var cw *cachedWord
		var stable string
		if wordASCII {
			cw, stable = m.word(low[start:end])
		} else {
			cw = m.stableWord(words.Fold(s[start:end]))
			stable = cw.low
		}
		sw.ws = append(sw.ws, simWord{low: stable, start: start, end: end, num: num})
		if num {
			cw = none
		}
		sw.cws = append(sw.cws, cw)
	}
}

// The claim cues of a word, worked out once per word by claimCues.
const (
	cueTrigger     = 1 << iota // a claim word of claimTriggers or claimPairWords
	cueAfterNumber             // "percent", "times", a time unit
	cueNumberWord              // "two", "twice": before "times"
	cueEst                     // six letters or more ending in "-est"
	cueNo                      // "no", before "1"
	cueMayStart                // mayClaimAt may answer yes at the word
)

// claimCues returns the claim cues of the lower-case word low.
func claimCues(low string) uint8 {
	cues := prescanWords[low]
	if len(low) >= 6 && strings.HasSuffix(low, "est") {
		cues |= cueEst
	}
	if low == "no" {
		cues |= cueNo
	}
	if claimTriggers[low] || cues&cueEst != 0 || multipliers[low] != "" || claimPairFirst[low] {
		cues |= cueMayStart
	}
	return cues
}

// mayHaveClaimWords reports whether some word of a sentence passes
// mayClaimAt, from the words' claim cues: the cheap test that most
// sentences fail.
func mayHaveClaimWords(ws []simWord, cws []*cachedWord) bool {
	prevNum, prevWord, prevNo := false, false, false // a number, a number word, "no"
	for i, w := range ws {
		if w.num {
			if prevNo || numberMayClaim(w.low) {
				return true
			}
			prevNum, prevWord, prevNo = true, false, false
			continue
		}
		c := cws[i].cues
		if c&(cueEst|cueTrigger) != 0 || c&cueAfterNumber != 0 && (prevNum || prevWord && w.low == "times") {
			return true
		}
		prevNum, prevWord, prevNo = false, c&cueNumberWord != 0, c&cueNo != 0
	}
	return false
}

// mayClaimAtWord is mayClaimAt, ruling most words out by their cues.
func mayClaimAtWord(ws []simWord, cws []*cachedWord, i int) bool {
	return (ws[i].num || cws[i].cues&cueMayStart != 0) && mayClaimAt(ws, i)
}

// withCues returns words that hold only the claim cues of ws, for the
// claim detectors outside a document's run.
func withCues(ws []simWord) []*cachedWord {
	cws := make([]*cachedWord, len(ws))
	for i, w := range ws {
		cws[i] = &cachedWord{low: w.low, cues: claimCues(w.low)}
	}
	return cws
}
