package analyze

import (
	"fmt"
	"strings"

	"github.com/coregx/ahocorasick"
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
// with one Aho–Corasick automaton (leftmost-longest) over the ASCII
// lower-cased text, then keeps the matches that stand as whole words in
// prose. It is read-only after construction and safe for concurrent use.
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
		f.phrases[id] = append(f.phrases[id], p)
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
	ac, err := ahocorasick.NewBuilder().
		SetMatchKind(ahocorasick.LeftmostLongest).
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
	for _, m := range f.ac.FindAll(lower, -1) {
		if !wordBounded(text, m.Start, m.End) || inCode(text, m.Start, m.End) {
			continue
		}
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
