package analyze

import (
	"math"
	"strings"

	"github.com/kljensen/snowball/english"
)

// Similarity between two short texts, 0–1. Each text becomes a set of
// concepts: words lower-cased, stop words dropped, stemmed (Snowball
// English), mapped through a small synonym table (similarity_words.go); numbers
// are left out, they are compared separately. The score is a weighted soft
// overlap: each concept of one side is matched by its best partner on the
// other (1 for the same concept, 0.7 for stems of five letters or more where
// one begins the other), concepts weigh by an IDF over the story's own
// claims and messages (a word that many of them share says less; generic
// marketing words weigh 0.3), and recall of the reference text counts more
// than precision (an F-score with beta 2), because a sentence conveys a
// message while saying more besides.

// term is a concept and its weight.
type term struct {
	c string
	w float64
}

// vocab is what similarity knows of a story: how many of its claims and
// messages hold each concept, and the prefixes through which a word's stem
// can reach one of its concepts. It is read-only once built.
type vocab struct {
	df    map[string]int
	n     int
	reach map[string]bool // true: a stem; false: a stem less its last letter
	// known holds the weighted concepts of the usual inflections of every
	// recorded stem, of the synonyms and of the stop words, worked out once
	// so that most words cost one look-up.
	known map[string]term
}

// newVocab builds the vocabulary of the concepts of texts.
func newVocab(texts [][]string) *vocab {
	v := &vocab{df: map[string]int{}, n: len(texts), reach: map[string]bool{}, known: map[string]term{}}
	for _, t := range texts {
		for _, c := range t {
			v.df[c]++
			v.addReach(c)
		}
	}
	for k, c := range simSynonyms {
		v.addReach(k)
		v.addReach(c)
	}
	for c := range simGeneric {
		v.addReach(c)
	}
	for stem, full := range v.reach {
		if full {
			v.addInflections(stem)
		}
	}
	for _, table := range []map[string]bool{simStop, simNegations} {
		for w := range table {
			v.addWord(w)
		}
	}
	return v
}

// addWord records the weighted concept of one word.
func (v *vocab) addWord(w string) {
	if _, ok := v.known[w]; !ok {
		c := conceptOf(w, nil)
		v.known[w] = term{c, v.weight(c)}
	}
}

// term returns the weighted concept of one lower-case word.
func (v *vocab) term(w string) term {
	if t, ok := v.known[w]; ok {
		return t
	}
	c := conceptOf(w, v)
	return term{c, v.weight(c)}
}

// inflections are the endings addInflections tries on a stem.
var inflections = []string{"", "s", "es", "e", "ed", "d", "ing", "er", "ers", "est", "ly"}

// addInflections records the concept of the words a stem's usual endings
// make ("plan": "plans", "planned", "planning"), each stemmed here: a
// wrong guess only records a word no text may hold.
func (v *vocab) addInflections(stem string) {
	if stem == "" {
		return
	}
	last := stem[len(stem)-1:]
	bases := []string{stem}
	if len(stem) <= 5 && !strings.Contains("aeiouy", last) {
		bases = append(bases, stem+last) // "planned", "cutting", "bigger"
	}
	if last == "i" {
		bases = append(bases, stem[:len(stem)-1]+"y", stem[:len(stem)-1]+"ie")
	}
	for _, b := range bases {
		for _, suf := range inflections {
			v.addWord(b + suf)
		}
	}
}

// addReach records a stem (true), and the stem less its last letter
// (false; Snowball writes a final "y" as "i").
func (v *vocab) addReach(stem string) {
	v.reach[stem] = true
	if short := len(stem) - 1; len(stem) >= 4 && !v.reach[stem[:short]] {
		v.reach[stem[:short]] = false
	}
}

// reaches reports whether the stem of w may be one of the vocabulary's
// concepts: whether a recorded stem begins w and leaves no more of it than
// the suffixes Snowball strips ("-ations"). A word that starts with a
// concept but goes on ("routeplanner" after "route") is left unstemmed: it
// begins with the concept all the same, which is all pairMatch asks.
func (v *vocab) reaches(w string) bool {
	for l := max(2, len(w)-6); l <= len(w); l++ {
		if _, ok := v.reach[w[:l]]; ok {
			return true
		}
	}
	return false
}

// weight returns the weight of a concept: generic marketing words weigh
// 0.3; others weigh less the more of the story's texts hold them.
func (v *vocab) weight(c string) float64 {
	if simGeneric[c] {
		return 0.3
	}
	df := v.df[c]
	if df <= 1 || v.n <= 1 {
		return 1
	}
	return math.Max(0.3, 1-float64(df-1)/float64(v.n))
}

// terms weighs concepts.
func (v *vocab) terms(concepts []string) []term {
	out := make([]term, len(concepts))
	for i, c := range concepts {
		out[i] = term{c, v.weight(c)}
	}
	return out
}

// similarity scores how well cand says what ref says, 0–1.
func similarity(ref, cand []term) float64 {
	r, p := covers(ref, cand)
	return fScore(p, r)
}

// fScore combines precision p and recall r of the reference text, 0–1,
// into one score that grows with each: an F-score with beta 2, where
// recall weighs four times precision; 0 if either is 0.
func fScore(p, r float64) float64 {
	if r == 0 || p == 0 {
		return 0
	}
	const beta2 = 4
	return (1 + beta2) * p * r / (beta2*p + r)
}

// covers returns the weighted share of a that b matches and the share of
// b that a matches, comparing each pair of concepts once: each concept
// counts with its best partner on the other side (see pairMatch).
func covers(a, b []term) (ab, ba float64) {
	var buf [64]float64
	best := buf[:0] // best[j]: how well b[j] is matched in a
	if len(b) > len(buf) {
		best = make([]float64, 0, len(b))
	}
	best = best[:len(b)]
	var got, total float64
	for _, t := range a {
		m := 0.0
		for j, u := range b {
			if t.c != "" && u.c != "" && t.c[0] != u.c[0] {
				continue // most pairs: no match, told by the first letters
			}
			s := pairMatch(t.c, u.c)
			m = max(m, s)
			best[j] = max(best[j], s)
		}
		total += t.w
		got += t.w * m
	}
	if total > 0 {
		ab = got / total
	}
	got, total = 0, 0
	for j, u := range b {
		total += u.w
		got += u.w * best[j]
	}
	if total > 0 {
		ba = got / total
	}
	return ab, ba
}

// pairMatch returns how well concepts c and x match: 1 for the same, 0.7
// for stems of five letters or more where one begins the other, else 0.
func pairMatch(c, x string) float64 {
	switch {
	case x == c:
		return 1
	case len(c) >= 5 && len(x) >= 5 && (strings.HasPrefix(x, c) || strings.HasPrefix(c, x)):
		return 0.7
	}
	return 0
}

// conceptOf returns the concept of one lower-case word, "" for a stop word.
// With a vocab, a word whose stem could reach none of its concepts is left
// as it is: stemming is most of the cost.
func conceptOf(w string, v *vocab) string {
	w = strings.TrimSuffix(w, "'s")
	if c, ok := simSynonyms[w]; ok {
		return c
	}
	if simNegations[w] {
		return "never"
	}
	if len(w) < 2 || simStop[w] || english.IsStopWord(w) {
		return ""
	}
	if v != nil && !v.reaches(w) {
		return w
	}
	st := english.Stem(w, true)
	if c, ok := simSynonyms[st]; ok {
		return c
	}
	return st
}
