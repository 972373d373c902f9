package analyze

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/coregx/ahocorasick"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// phrase is one pattern of the phrase finder and what a match of it means.
type phrase struct {
	kind      Kind   // TermMention or ClaimMention
	match     string // "avoid" or "forbidden"
	canonical string // the preferred term, or the forbidden phrase
	exact     string // when set, the only spelling that matches: see newPhraseFinder
}

// phraseFinder finds the story's terms to avoid and its forbidden claims
// with one Aho–Corasick automaton over the ASCII lower-cased text, then
// keeps, leftmost-longest, the matches that stand as whole words in prose:
// with "whitelist" and "whitelisting" to avoid, "IP whitelisting" is one
// match of the longer form. It is read-only after construction and safe for
// concurrent use.
type phraseFinder struct {
	ac      *ahocorasick.Automaton // nil when the story has no phrases
	phrases [][]phrase             // by pattern id
}

// newPhraseFinder builds the automaton from the story's terminology and
// forbidden claims.
func newPhraseFinder(s *story.Story) (*phraseFinder, error) {
	ids := map[string]int{}
	f := &phraseFinder{}
	var patterns []string
	add := func(form string, p phrase) {
		key := string(lowerASCII(nil, strings.TrimSpace(form)))
		if key == "" {
			return
		}
		id, ok := ids[key]
		if !ok {
			id = len(patterns)
			ids[key] = id
			patterns = append(patterns, key)
			f.phrases = append(f.phrases, nil)
		}
		if !slices.Contains(f.phrases[id], p) { // "e-mail" and "E-Mail" listed: one form
			f.phrases[id] = append(f.phrases[id], p)
		}
	}
	for _, t := range s.Terminology {
		for _, a := range t.Avoid {
			p := phrase{kind: TermMention, match: "avoid", canonical: t.Use}
			if a = strings.TrimSpace(a); strings.EqualFold(a, strings.TrimSpace(t.Use)) {
				p.exact = a // avoid "NPM", use "npm": only the case is wrong
			}
			add(a, p)
		}
	}
	for _, c := range s.Claims.Forbidden {
		add(c, phrase{kind: ClaimMention, match: "forbidden", canonical: c})
	}
	if len(patterns) == 0 {
		return f, nil
	}
	// Every match, overlapping, is asked for: longest picks among them.
	// (The library's LeftmostLongest kind returns the shortest of forms
	// that share a start, as of v0.3.1.)
	ac, err := ahocorasick.NewBuilder().
		AddStrings(patterns).
		Build()
	if err != nil {
		return nil, fmt.Errorf("build term automaton: %w", err)
	}
	f.ac = ac
	return f, nil
}

// find returns the terms and forbidden phrases in text, as spans with
// offsets in text. lower is text lower-cased by lowerASCII.
func (f *phraseFinder) find(text string, lower []byte) []span {
	return f.appendFind(nil, text, lower)
}

// appendFind is find appending to out.
func (f *phraseFinder) appendFind(out []span, text string, lower []byte) []span {
	if f.ac == nil {
		return out
	}
	for _, m := range longest(f.ac.FindAllOverlapping(lower), func(m ahocorasick.Match) bool {
		return words.Bounded(text, m.Start, m.End) && !inCode(text, m.Start, m.End)
	}) {
		written := text[m.Start:m.End]
		for _, p := range f.phrases[m.PatternID] {
			if p.exact != "" && written != p.exact {
				continue
			}
			mention := Mention{Kind: p.kind, Text: written, Match: p.match, Subject: p.canonical}
			mention.Canonical = p.canonical
			if p.kind == TermMention && p.exact == "" {
				mention.Canonical = caseLike(written, p.canonical)
			}
			out = append(out, span{Start: m.Start, End: m.End, Mention: mention})
		}
	}
	return out
}

// longest returns, of matches, those that pass keep, leftmost-longest: from
// left to right, at each start the longest match that keeps, skipping
// those that overlap one taken. matches is sorted in place.
func longest(matches []ahocorasick.Match, keep func(ahocorasick.Match) bool) []ahocorasick.Match {
	slices.SortFunc(matches, func(a, b ahocorasick.Match) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	out := matches[:0]
	end := 0
	for _, m := range matches {
		if m.Start < end || !keep(m) {
			continue
		}
		out = append(out, m)
		end = m.End
	}
	return out
}
