package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// mayHold reports whether sentence s may hold a plan name: whether one of
// its words is a plan noun that may follow a name, or two of its
// capitalised words, lower-cased, start names of the story, or one does
// and a capitalised word follows it (“Cody Pro”, “Enterprise Starter”).
// Without a plan noun no pattern reads a lone name followed by anything
// else, nor a lower-case name; a plan noun that opens the sentence or
// follows a plain lower-case word (“planners plan”) is read only in a list
// with a name of the story, so it counts only when the sentence holds one.
// Most sentences are passed over without more work: a word is looked up
// only when its first two letters start such a word.
func (n *planNames) mayHold(s string) bool {
	var buf [32]byte
	names, plainNoun := 0, false
	prevStart, prevEnd := -1, -1 // the run of letters and digits before the current one
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !words.IsByte(c) {
			i++
			continue
		}
		start := i
		i = words.End(s, i)
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[start:])
			if !words.IsRune(r) {
				i = start + size // an invalid byte is one byte, not RuneLen(RuneError)'s three
				continue
			}
		}
		before, beforeEnd := prevStart, prevEnd
		prevStart, prevEnd = start, i
		second := byte(0)
		if start+1 < i {
			second = words.Lower(s[start+1])
		}
		upper := 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
		if !(upper && n.pairs[words.Lower(c)][second]) && !(n.nounPairs[c][second] && i-start <= 13) {
			continue
		}
		key, _ := lowerKey(buf[:0], s[start:i])
		if isPlanNoun(string(key)) {
			if !n.plainBefore(s, before, beforeEnd, start) {
				return true
			}
			plainNoun = true
		}
		if upper && n.first[string(key)] {
			if names++; names >= 2 || capitalFollows(s, tokenEnd(s, i)) {
				return true
			}
		}
	}
	return plainNoun && n.holdsName(s)
}

// lowerKey appends to key word w lower-cased, as far as key's capacity
// holds whole runes, and reports whether all of w went in.
func lowerKey(key []byte, w string) ([]byte, bool) {
	for j := 0; j < len(w); {
		if len(key)+utf8.UTFMax > cap(key) {
			return key, false
		}
		if c := w[j]; c < utf8.RuneSelf {
			key = append(key, words.Lower(c))
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[j:])
		key = utf8.AppendRune(key, unicode.ToLower(r))
		j += size
	}
	return key, true
}

// plainBefore reports whether the plan noun at s[at] has no word before
// it, or follows, after spaces only, a word of lower-case ASCII letters
// and digits, s[from:to], that no name of the story holds (“planners
// plan”, “loading plans”): no name can end right before it, nor a run of
// capitalised words.
func (n *planNames) plainBefore(s string, from, to, at int) bool {
	if from < 0 {
		return true
	}
	if to == at || strings.Trim(s[to:at], " ") != "" || from > 0 && s[from-1] != ' ' {
		return false
	}
	if c := s[from]; c < 'a' || c > 'z' {
		return false
	}
	var buf [32]byte
	key := buf[:0]
	for _, c := range []byte(s[from:to]) {
		if c >= utf8.RuneSelf || len(key) == len(buf) {
			return false
		}
		key = append(key, words.Lower(c))
	}
	return !n.words[string(key)]
}

// holdsName reports whether a word of s, in any case, may start a name of
// the story: its lower-cased form is the first word of one, or it starts
// with a letter outside ASCII or is too long to look up.
func (n *planNames) holdsName(s string) bool {
	var buf [32]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !words.IsByte(c) {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			return true
		}
		start := i
		i = words.End(s, i)
		second := byte(0)
		if start+1 < i {
			second = words.Lower(s[start+1])
		}
		if !n.pairs[words.Lower(c)][second] {
			continue
		}
		key, whole := lowerKey(buf[:0], s[start:i])
		if !whole || n.first[string(key)] {
			return true
		}
	}
	return false
}

// tokenEnd returns where the word of splitWords that holds the run of
// letters and digits ending at s[i] ends: across '-', '.', '\” and '’'
// between letters, and after a '+'.
func tokenEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '+' {
			return i + size
		}
		if r != '-' && r != '.' && r != '\'' && r != '’' || i+size >= len(s) {
			return i
		}
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if !words.IsRune(next) {
			return i
		}
		i = words.End(s, i+size)
	}
	return i
}

// capitalFollows reports whether white space and then a capital letter
// stand at s[i].
func capitalFollows(s string, i int) bool {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			return j > i && unicode.IsUpper(r)
		}
		j += size
	}
	return false
}
