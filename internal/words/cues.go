package words

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The cues that tell what a sentence or a clause does besides stating
// something as true now: where a clause ends, whether a sentence asks,
// whether it tells the past or a change. Every reader (the analyzer's
// voice and stance readers, the price roles, the fact scopes, the
// stale-value rule) takes them from here. They are read-only.

// PastCues mark a clause as telling what used to be so, not what is true
// now: "we previously charged $19", "it was called Beacon".
var PastCues = []string{"previously", "formerly", "used to", "in the past", "originally",
	"back then", "at the time", "was called", "were called", "was known as", "once called",
	"until recently", "was once"}

// ChangeCues mark a sentence as telling of a change (a name retired, a
// price moved) rather than stating the old value as current: the past
// cues and the words of a change.
var ChangeCues = append(append([]string(nil), PastCues...),
	"renamed", "rebrand", "no longer", "was replaced", "were replaced", "changed from",
	"changed to", "changed our", "moved away from", "retired", "deprecated", "we positioned",
	"old name", "old positioning", "back when", "now called", "now known as")

// RetirementCues mark a sentence as announcing that a name was retired.
var RetirementCues = []string{"now called", "now named", "now known as", "renamed", "rebranded",
	"rebrand", "no longer", "legacy", "deprecated", "retired", "retiring", "sunset",
	"replaced by", "new name", "formerly", "previously", "was called", "used to be"}

// ClauseJoins are what joins two clauses inside a sentence: a semicolon,
// a dash set off by spaces and the conjunctions that start a clause of
// their own.
var ClauseJoins = []string{";", " — ", " – ", ", and ", ", but ", " but ", " while ", " whereas ", ", or "}

// HasCue reports whether low, lower-cased, holds one of cues starting at
// a word: "previously" in "we previously", not "used to" in "unused to".
func HasCue[T string | []byte](low T, cues []string) bool {
	for _, c := range cues {
		for from := 0; ; {
			i := index(low[from:], c)
			if i < 0 {
				break
			}
			if at := from + i; at == 0 || !IsRune(lastRuneOf(low[:at])) {
				return true
			}
			from += i + 1
		}
	}
	return false
}

// IsQuestion reports whether a sentence asks rather than states: it ends
// with "?" before closing quotes, brackets, Markdown emphasis and white
// space.
func IsQuestion(sentence string) bool {
	return strings.HasSuffix(strings.TrimRight(sentence, " \t\n\"'”’)*_"), "?")
}

// IsStop reports whether low[i] ends a clause by punctuation: ";", "!",
// "?", a line break, or a full stop that no digit follows ("$2.5" goes
// on).
func IsStop[T string | []byte](low T, i int) bool {
	switch low[i] {
	case ';', '!', '?', '\n', '\r':
		return true
	case '.':
		return i+1 >= len(low) || !IsDigit(low[i+1])
	}
	return false
}

// StopsAround returns the part of low around [start, end) between
// stops: from after the last IsStop before start to the first one after
// end.
func StopsAround[T string | []byte](low T, start, end int) (int, int) {
	lo, hi := start, end
	for lo > 0 && !IsStop(low, lo-1) {
		lo--
	}
	for hi < len(low) && !IsStop(low, hi) {
		hi++
	}
	return lo, hi
}

// ClauseAround returns the bounds of the clause of sentence s that holds
// [start, end): cut at ClauseJoins.
func ClauseAround(s string, start, end int) (int, int) {
	cs, ce := 0, len(s)
	for _, sep := range ClauseJoins {
		if i := strings.LastIndex(s[:start], sep); i >= 0 && i+len(sep) > cs {
			cs = i + len(sep)
		}
		if i := strings.Index(s[end:], sep); i >= 0 && end+i < ce {
			ce = end + i
		}
	}
	return cs, ce
}

// lastRuneOf returns the last rune of s.
func lastRuneOf[T string | []byte](s T) rune {
	switch s := any(s).(type) {
	case string:
		return LastRune(s)
	case []byte:
		r, _ := utf8.DecodeLastRune(s)
		return r
	}
	return utf8.RuneError
}

// index is strings.Index or bytes.Index, as s is.
func index[T string | []byte](s T, sub string) int {
	switch s := any(s).(type) {
	case string:
		return strings.Index(s, sub)
	case []byte:
		return bytes.Index(s, []byte(sub))
	}
	return -1
}
