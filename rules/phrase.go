package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// matcher finds a custom rule's phrase or pattern in a sentence.
type matcher struct {
	label string         // the phrase or pattern as the story gives it
	re    *regexp.Regexp // compiled once, in NewChecker
	words bool           // matches must start and end at word boundaries
}

// phraseMatcher matches a phrase case-insensitively as whole words, with any
// run of white space between its words.
func phraseMatcher(phrase string) (matcher, error) {
	parts := strings.Fields(phrase)
	if len(parts) == 0 {
		return matcher{}, errors.New("empty phrase")
	}
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	re, err := regexp.Compile(`(?i)` + strings.Join(parts, `[\s\p{Zs}]+`))
	if err != nil {
		return matcher{}, fmt.Errorf("phrase %q: %w", phrase, err)
	}
	return matcher{label: phrase, re: re, words: true}, nil
}

// patternMatcher matches a regular expression as written (case-sensitive
// unless it says (?i)).
func patternMatcher(pattern string) (matcher, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return matcher{}, err
	}
	return matcher{label: pattern, re: re}, nil
}

// find returns the byte ranges of the matches in s that hold text (a
// pattern such as "(cheap)?" also matches nothing, everywhere) and, for a
// phrase, stand as whole words as words.Bounded reads them: the term rule
// reads them so too, so "pre-signup" is a use of neither a custom rule's
// phrase "signup" nor an avoided term "signup".
func (m matcher) find(s string) [][]int {
	all := m.re.FindAllStringIndex(s, -1)
	out := all[:0]
	for _, r := range all {
		if r[1] > r[0] && (!m.words || words.Bounded(s, r[0], r[1])) {
			out = append(out, r)
		}
	}
	return out
}

// expand replaces each "%s" in msg with the next of args, in order.
func expand(msg string, args ...string) string {
	var b strings.Builder
	for _, a := range args {
		before, after, ok := strings.Cut(msg, "%s")
		if !ok {
			break
		}
		b.WriteString(before)
		b.WriteString(a)
		msg = after
	}
	b.WriteString(msg)
	return b.String()
}
