package rules

import "strings"

// changeWords are what a sentence that tells of a change says: “Previously,
// we positioned Sourcegraph as universal code search”, “formerly known as”,
// “was renamed”. Such a sentence states the old value as past, not as
// current. (A small helper of stale-value; issue 12's past-statement
// detection may take its place.)
var changeWords = []string{
	"previously", "formerly", "renamed", "rebrand", "used to ", "no longer",
	"was replaced", "were replaced", "was called", "were called", "changed from",
	"changed to", "changed our", "moved away from", "retired", "deprecated",
	"in the past", "we positioned", "old name", "old positioning", "originally",
	"back when", "now called", "now known as",
}

// statesChange reports whether a sentence tells of a change rather than
// stating a value as current.
func statesChange(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, w := range changeWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// isQuestion reports whether a sentence asks rather than states: it ends
// with a question mark. (A small helper of stale-value; issue 12's
// question detection may take its place.)
func isQuestion(sentence string) bool {
	return strings.HasSuffix(strings.TrimRight(sentence, " \t\"'”’)*_"), "?")
}
