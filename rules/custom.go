package rules

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// The kinds of custom rule a story file may define.
const (
	existence    = "existence"
	substitution = "substitution"
	required     = "required"
)

// compileCustom builds the rule "custom/<name>" of a story's custom rule,
// compiling its phrases and patterns once. where prefixes errors with the
// rule's place in the story file.
func compileCustom(c story.CustomRule, where string) (*Rule, error) {
	sev := Warning
	if c.Severity != "" {
		s, err := ParseSeverity(c.Severity)
		if err != nil {
			return nil, fmt.Errorf("%s: custom rule %q: %w", where, c.Name, err)
		}
		sev = s
	}
	r := &Rule{
		ID:       "custom/" + c.Name,
		Doc:      customDoc(c, where),
		Severity: sev,
		Scope:    Document,
		Reads:    analyze.FindSentences,
	}
	var err error
	switch c.Kind {
	case existence:
		r.Check, err = existenceCheck(c)
	case substitution:
		r.Check, err = substitutionCheck(c)
	case required:
		r.Check, err = requiredCheck(c)
	default:
		err = fmt.Errorf("unknown kind %q (want existence, substitution or required)", c.Kind)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: custom rule %q: %w", where, c.Name, err)
	}
	return r, nil
}

// customDoc documents a custom rule: what kind it is, where it is defined
// and what it looks for.
func customDoc(c story.CustomRule, where string) string {
	var what []string
	for _, t := range c.Tokens {
		what = append(what, quote(t))
	}
	for _, p := range c.Patterns {
		what = append(what, "/"+p+"/")
	}
	for _, sw := range c.Swap {
		what = append(what, quote(sw.Avoid)+" → "+quote(sw.Use))
	}
	return "Custom " + c.Kind + " rule of the story file\n\nDefined at " + where + "; it looks for " +
		strings.Join(what, ", ") + "."
}

// matchers compiles a custom rule's phrases and patterns.
func matchers(c story.CustomRule) ([]matcher, error) {
	ms := make([]matcher, 0, len(c.Tokens)+len(c.Patterns))
	for _, t := range c.Tokens {
		m, err := phraseMatcher(t)
		if err != nil {
			return nil, fmt.Errorf("tokens: %w", err)
		}
		ms = append(ms, m)
	}
	for i, p := range c.Patterns {
		if i < len(c.Regexps) && c.Regexps[i] != nil && c.Regexps[i].String() == p {
			ms = append(ms, matcher{label: p, re: c.Regexps[i]}) // compiled by the story loader
			continue
		}
		m, err := patternMatcher(p)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", p, err)
		}
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		return nil, errors.New("no tokens or patterns")
	}
	return ms, nil
}

// eachMatch calls fn with every match of ms in the document's sentences and
// the location where the match begins. Matches are taken leftmost-longest
// across ms, as the term finder takes them: of phrases that share a start
// ("whitelist", "whitelisting") the longest at a place wins, a place two
// phrases match (“e-mail” and “E-Mail”) is one match, and a match inside
// one already taken is none.
func eachMatch(d *analyze.Doc, ms []matcher, fn func(s *analyze.Sentence, m matcher, found string, at extract.Location)) {
	var hits []hit
	for i := range d.Sentences {
		s := &d.Sentences[i]
		hits = hits[:0]
		for j := range ms {
			for _, r := range ms[j].find(s.Text) {
				hits = append(hits, hit{start: r[0], end: r[1], m: j})
			}
		}
		for _, h := range leftmostLongest(hits) {
			fn(s, ms[h.m], s.Text[h.start:h.end], sentenceAt(d, s, h.start))
		}
	}
}

// hit is a match of ms[m] at the byte range [start, end).
type hit struct{ start, end, m int }

// leftmostLongest returns, from left to right, the longest hit at each
// start that does not overlap one taken before it; of equal hits, the one
// of the first matcher. hits is sorted in place.
func leftmostLongest(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.m, b.m))
	})
	out := hits[:0]
	end := 0
	for _, h := range hits {
		if h.start < end {
			continue
		}
		out = append(out, h)
		end = h.end
	}
	return out
}

// sentenceAt is the location of byte offset off in sentence s.
func sentenceAt(d *analyze.Doc, s *analyze.Sentence, off int) extract.Location {
	if d.Text == nil || s.Block < 0 || s.Block >= len(d.Text.Blocks) {
		return s.Location
	}
	b := &d.Text.Blocks[s.Block]
	if s.Offset < 0 || s.Offset+off > len(b.Text) {
		return s.Location
	}
	return b.At(s.Offset + off)
}

// existenceCheck returns the check of an existence rule: every match is
// a finding.
func existenceCheck(c story.CustomRule) (func(*Pass), error) {
	ms, err := matchers(c)
	if err != nil {
		return nil, err
	}
	msg := c.Message
	if msg == "" {
		msg = "Avoid “%s”."
	}
	return func(p *Pass) {
		eachMatch(p.Doc, ms, func(s *analyze.Sentence, m matcher, found string, at extract.Location) {
			p.Report(Finding{Message: expand(msg, found), Location: at, Subject: m.label, Found: found, Excerpt: clip(s.Text)})
		})
	}, nil
}

// substitutionCheck returns the check of a substitution rule: every
// phrase to avoid is a finding whose fix is the phrase to use.
func substitutionCheck(c story.CustomRule) (func(*Pass), error) {
	if len(c.Swap) == 0 {
		return nil, errors.New("no swaps")
	}
	ms := make([]matcher, len(c.Swap))
	use := map[string]string{} // avoid phrase → preferred
	for i, sw := range c.Swap {
		if strings.TrimSpace(sw.Use) == "" {
			return nil, fmt.Errorf("swap %q: say what to write instead", sw.Avoid)
		}
		m, err := phraseMatcher(sw.Avoid)
		if err != nil {
			return nil, fmt.Errorf("swap: %w", err)
		}
		ms[i] = m
		use[sw.Avoid] = sw.Use
	}
	msg := c.Message
	if msg == "" {
		msg = "Use “%s”, not “%s”."
	}
	return func(p *Pass) {
		eachMatch(p.Doc, ms, func(s *analyze.Sentence, m matcher, found string, at extract.Location) {
			u := use[m.label]
			p.Report(Finding{Message: expand(msg, u, found), Location: at, Subject: u, Expected: u,
				Found: found, Excerpt: clip(s.Text), Fix: u})
		})
	}, nil
}

// requiredCheck returns the check of a required rule: a source its
// globs select that matches none of its phrases or patterns is a finding.
func requiredCheck(c story.CustomRule) (func(*Pass), error) {
	ms, err := matchers(c)
	if err != nil {
		return nil, err
	}
	for _, g := range c.Sources {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("sources: bad glob %q", g)
		}
	}
	labels := make([]string, len(ms))
	for i, m := range ms {
		labels[i] = quote(m.label)
	}
	msg := c.Message
	if msg == "" {
		msg = "This source never says " + strings.Join(labels, " or ") + "."
	}
	return func(p *Pass) {
		if !appliesTo(c.Sources, p.Doc.Source) || mentions(p.Doc, ms) {
			return
		}
		p.Report(Finding{Message: msg, Location: locationOf(p.Doc.Source), Subject: ms[0].label, Expected: ms[0].label})
	}, nil
}

// appliesTo reports whether source matches one of globs, as the story
// matches channel globs; no globs match all.
func appliesTo(globs []string, source string) bool {
	return len(globs) == 0 || story.MatchesAny(globs, source)
}

// mentions reports whether any sentence of d matches one of ms.
func mentions(d *analyze.Doc, ms []matcher) bool {
	for _, s := range d.Sentences {
		for _, m := range ms {
			if len(m.find(s.Text)) > 0 {
				return true
			}
		}
	}
	return false
}
