package rules

import "strings"

// changeWords are what a sentence that tells of a change says: “Previously,
// we positioned Sourcegraph as universal code search”, “formerly known as”,
// “was renamed”. Such a sentence states the old value as past, not as
// current. (A small helper of stale-value; issue 12's past-statement
// detection may take its place.)
var changeWords = []string{
	"previously", "formerly", "former ", "renamed", "rebrand", "used to ", "no longer",
	"instead of", "replaced", "replacing", "was called", "were called", "changed from",
	"changed to", "changed our", "moved from", "moved away", "retired", "deprecated",
	"in the past", "we positioned", "old name", "old positioning", "originally",
	"until ", "back when", "is now ", "are now ", "now called", "now known",
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
