package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// When a product name written otherwise than the story spells it is style
// or an ordinary phrase rather than a misspelt name: a name made of common
// words written as a common phrase ("you'd actually use code search", a
// "Code search" heading), a name that is part of an identifier
// ("posthog-cloud#92", "sourcegraph/server"), and a name inside a run of
// capitals (legal text: "PAYABLE TO POSTHOG HEREUNDER").

// capsRunWords is how many words in capitals in a row make a run that is
// style, not a way of spelling a name.
const capsRunWords = 4

// ordinaryName reports whether name has several words, each an ordinary
// word ("Code Search", "Batch Changes"): capitalised or lower case, without
// inner capitals, and none of them a brand word (the company's or a
// single-word product name: "Sourcegraph Cloud" is no ordinary name).
func ordinaryName(name string, brand map[string]bool) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if brand[nameKey(w)] || camelCase(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// restyle returns how the name text[start:end], which classify found to
// match n as match says, matches once style is accounted for (see the top
// of this file): "" for an identifier or a common phrase, n.match for a
// name in a run of capitals, match otherwise.
func restyle(text string, start, end int, n *nameForm, match string) string {
	if match == n.match {
		return match
	}
	written := text[start:end]
	switch {
	case identifierAround(text, start, end):
		return ""
	case match != "case":
		return match
	case n.ordinary && (written == strings.ToLower(written) ||
		sentenceCase(written) && sentenceStart(text, start)):
		return ""
	case describedName(written, n.product):
		return ""
	case capsWord(written) && capsRun(text, start, end) >= capsRunWords:
		return n.match
	}
	return match
}

// describedName reports whether written, a mis-cased form of a name, is
// the product's name spelt as the story spells it and then one lower-case
// describing word, a hyphenated compound or a participle: "PostHog
// self-hosted" is PostHog described as self-hosted, not a misspelt
// "PostHog Self-Hosted" ("Sourcegraph cloud", a noun, stays a misspelling).
func describedName(written, product string) bool {
	rest, ok := strings.CutPrefix(written, product+" ")
	if !ok || rest == "" || strings.ContainsAny(rest, " \t") || strings.ToLower(rest) != rest {
		return false
	}
	return strings.Contains(strings.Trim(rest, "-"), "-") || strings.HasSuffix(rest, "ed")
}

// identifierAround reports whether a "/", "#", "_", "." or "-" joins
// text[start:end] to a letter or digit on either side.
func identifierAround(text string, start, end int) bool {
	if start >= 2 && strings.IndexByte("/#_.-", text[start-1]) >= 0 && words.IsRune(words.LastRune(text[:start-1])) {
		return true
	}
	return end+1 < len(text) && strings.IndexByte("/#_.-", text[end]) >= 0 && words.IsRune(words.FirstRune(text[end+1:]))
}

// sentenceCase reports whether s has a capital first letter and no other.
func sentenceCase(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && strings.ToLower(s[n:]) == s[n:]
}

// sentenceStart reports whether text[i] starts a sentence: only spaces and
// punctuation before it, or a full stop, "!", "?" or ":" and a space.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\"'“‘*(")
	if before == "" {
		return true
	}
	last := before[len(before)-1]
	return len(before) < i && strings.IndexByte(".!?:", last) >= 0
}

// capsRun counts the words in capitals in a row around text[start:end],
// the name counting as one.
func capsRun(text string, start, end int) int {
	n := 1
	for i := start; ; n++ {
		j := strings.LastIndexByte(strings.TrimRight(text[:i], " ,;()"), ' ')
		w := strings.Trim(text[j+1:i], " ,;()")
		if i == 0 || !capsWord(w) {
			break
		}
		i = j + 1
	}
	for i := end; ; n++ {
		rest := strings.TrimLeft(text[i:], " ,;()")
		k := strings.IndexAny(rest, " ,;()")
		if k < 0 {
			k = len(rest)
		}
		if !capsWord(rest[:k]) {
			break
		}
		i = len(text) - len(rest) + k
	}
	return n
}

// capsWord reports whether w has letters, all of them capitals.
func capsWord(w string) bool {
	return hasLetter(w) && strings.ToUpper(w) == w
}
