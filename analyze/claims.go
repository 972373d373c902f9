package analyze

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/story"
)

// Claims: a sentence is cut into clauses (at ";", ":", dashes, brackets);
// a clause with a claim word (the detectors and tables of claim_detectors.go)
// is one claim. It is compared with every approved claim: when the words
// say the same thing (similarity ≥ claimThreshold) it is "approved", or
// "changed" when its numbers, their operators ("up to", "at least") or its
// strength (a superlative or absolute word the approved text lacks) differ.
// A clause that restates a key message counts as approved, with the message
// as its subject. Anything else is "unmatched".

// claimThreshold is the similarity from which a claim restates an approved
// claim (calibrated on the pairs of TestSimilarityPairs).
const claimThreshold = 0.6

// claimRef is an approved claim or a key message, ready to compare.
type claimRef struct {
	id, text string
	terms    []term
	numbers  []string // numeric signature, see claimNumbers
	strong   []string // superlative and absolute words
}

// claimIndex finds and matches claims. It is read-only once built and safe
// for concurrent use.
type claimIndex struct {
	approved []claimRef
	messages []claimRef
	v        *vocab
	scope    claimScope
}

// newClaimIndex prepares the story's approved claims and key messages.
func newClaimIndex(s *story.Story) *claimIndex {
	approved, messages, v := storyRefs(s)
	return &claimIndex{approved: approved, messages: messages, v: v, scope: newClaimScope(s)}
}

// messageIndex returns the index of the key messages over c's vocabulary,
// so that one concept cache serves both.
func (c *claimIndex) messageIndex() *messageIndex {
	return newMessageIndexOf(c.messages, c.v)
}

// storyRefs prepares the story's approved claims and key messages for
// comparison, and the vocabulary they make.
func storyRefs(s *story.Story) (approved, messages []claimRef, v *vocab) {
	m := newConceptCache(nil)
	ref := func(id, text string) claimRef {
		ws := simWords(text)
		return claimRef{id: id, text: text, terms: m.terms(ws),
			numbers: claimNumbers(text, ws), strong: strongWords(ws, withCues(ws))}
	}
	for _, a := range s.Claims.Approved {
		approved = append(approved, ref(a.ID, a.Text))
	}
	for _, msg := range s.Messages {
		messages = append(messages, ref(msg.ID, msg.Text))
	}
	var corpus [][]string
	for _, r := range append(slices.Clone(approved), messages...) {
		var cs []string
		for _, t := range r.terms {
			cs = append(cs, t.c)
		}
		corpus = append(corpus, cs)
	}
	v = newVocab(corpus)
	for _, refs := range [][]claimRef{approved, messages} {
		for i := range refs {
			for j := range refs[i].terms {
				refs[i].terms[j].w = v.weight(refs[i].terms[j].c)
			}
		}
	}
	return approved, messages, v
}

// find returns the claims in one sentence: Start and End are byte offsets
// in sent; the mention has Kind, Text, ClaimKind, Match, Subject, Canonical
// and Score set.
func (c *claimIndex) find(sent string) []span {
	cache := newConceptCache(c.v) // one sentence's: Analyze shares one across a document
	var sw sentenceWords
	sw.read(cache, sent, lowerASCII(nil, sent))
	return c.appendWords(nil, cache, sent, &sw)
}

// appendWords is find appending to out, for a sentence read with a
// concept cache over c's vocabulary.
func (c *claimIndex) appendWords(out []span, cache conceptCache, sent string, sw *sentenceWords) []span {
	if !mayHaveClaimWords(sw.ws, sw.cws) {
		return out
	}
	from := 0
	for _, cl := range clauses(sent, sw.ws) {
		cws := sw.cws[from : from+len(cl)]
		from += len(cl)
		kind := claimKindOf(sent, cl, cws)
		if kind == "" || c.scope.outOfScope(sent, cl, kind) {
			continue
		}
		start, end := cl[0].start, cl[len(cl)-1].end
		sw.terms = cache.appendTerms(sw.terms[:0], cws)
		m := c.match(sw.terms, sent[start:end], cl, cws)
		m.ClaimKind = kind
		out = append(out, span{Start: start, End: end, Mention: m})
	}
	return out
}

// match compares one claim, whose words are ws (cached as cws) and
// concepts terms, with the approved claims, then the messages.
func (c *claimIndex) match(terms []term, text string, ws []simWord, cws []*cachedWord) Mention {
	m := Mention{Kind: ClaimMention, Text: text, Sentence: -1, Match: "unmatched"}
	ref, score := c.nearest(c.approved, terms)
	m.Score = score
	if score >= claimThreshold {
		m.Subject, m.Canonical, m.Match = ref.id, ref.text, "approved"
		if numbersChanged(claimNumbers(text, ws), ref.numbers) || stronger(strongWords(ws, cws), ref.strong) {
			m.Match = "changed"
		}
		return m
	}
	if msg, s := c.nearest(c.messages, terms); s >= messageThreshold {
		m.Subject, m.Canonical, m.Match, m.Score = msg.id, msg.text, "approved", s
	}
	return m
}

// nearest returns the reference most similar to terms and its score.
func (c *claimIndex) nearest(refs []claimRef, terms []term) (claimRef, float64) {
	var best claimRef
	top := 0.0
	for _, r := range refs {
		if s := similarity(r.terms, terms); s > top {
			best, top = r, s
		}
	}
	return best, top
}

// stronger reports whether got has a superlative or absolute word that ref
// lacks.
func stronger(got, ref []string) bool {
	for _, w := range got {
		if !slices.Contains(ref, w) {
			return true
		}
	}
	return false
}

// clauses cuts the words of sent into clauses at ";", ":", dashes, brackets,
// bullets and pipes between words.
func clauses(sent string, ws []simWord) [][]simWord {
	var out [][]simWord
	from := 0
	for i := 1; i <= len(ws); i++ {
		if i < len(ws) {
			gap := sent[ws[i-1].end:ws[i].start]
			if gap == " " || !strings.ContainsAny(gap, ";:—–()[]|•") && !strings.Contains(gap, " - ") ||
				numberRange(sent, ws[i-1], ws[i], gap) {
				continue
			}
		}
		out = append(out, ws[from:i])
		from = i
	}
	return out
}

// numberRange reports whether the gap between words a and b of sent is
// the dash of a range of numbers, "30–60" or "25%–40%", which is no
// clause break.
func numberRange(sent string, a, b simWord, gap string) bool {
	switch strings.TrimSpace(strings.TrimPrefix(gap, "%")) {
	case "–", "—", "-":
	default:
		return false
	}
	last := sent[a.end-1]
	return (last >= '0' && last <= '9' || last == '%') && sent[b.start] >= '0' && sent[b.start] <= '9'
}

// claimKindOf returns the kind of claim a clause of sent, whose words are
// ws (cached as cws), makes, "" for none. A clause with several is
// labelled by the first of statistic, comparative, superlative, absolute.
// A claim word in a condition ("if we haven't responded in 24 hours")
// makes none.
func claimKindOf(sent string, ws []simWord, cws []*cachedWord) string {
	kind := ""
	for i := range ws {
		if !mayClaimAtWord(ws, cws, i) {
			continue
		}
		k := ""
		switch {
		case isStatistic(ws, i):
			k = claimStatistic
		case isComparative(ws, i):
			k = claimComparative
		case isSuperlative(ws, i):
			k = claimSuperlative
		case isAbsolute(ws, i):
			k = claimAbsolute
		}
		if claimRank(k) > claimRank(kind) && !inCondition(sent, ws, i) {
			kind = k
		}
	}
	return kind
}

// mayClaimAt reports whether a claim detector can answer yes at ws[i]: a
// word of the claim tables or the first of a two-word claim, a word ending
// in "-est", "#1", or a number (or number word) with "%", "x", "percent",
// "times" or a time unit. It is the cheap test that most words fail; mayHaveClaim is the
// same test over a whole sentence.
func mayClaimAt(ws []simWord, i int) bool {
	w := ws[i].low
	if !ws[i].num {
		if claimTriggers[w] || len(w) >= 6 && strings.HasSuffix(w, "est") ||
			multipliers[w] != "" && claimNext(ws, i) == "times" {
			return true
		}
		pair := [2]string{w, claimNext(ws, i)}
		return claimPairFirst[w] && (superlativePairs[pair] || absolutePairs[pair])
	}
	if numberMayClaim(w) {
		return true
	}
	n := claimNext(ws, i)
	return n == "percent" || n == "times" || timeUnits[n]
}

// claimRank orders the kinds of claim, the most checkable first.
func claimRank(kind string) int {
	switch kind {
	case claimStatistic:
		return 4
	case claimComparative:
		return 3
	case claimSuperlative:
		return 2
	case claimAbsolute:
		return 1
	}
	return 0
}

// strongWords returns the superlative and absolute words of ws (cached as
// cws).
func strongWords(ws []simWord, cws []*cachedWord) []string {
	var out []string
	for i := range ws {
		if mayClaimAtWord(ws, cws, i) && (isSuperlative(ws, i) || isAbsolute(ws, i)) {
			out = append(out, ws[i].low)
		}
	}
	return out
}
