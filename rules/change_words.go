package rules

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// statesChange reports whether a sentence tells of a change (words.ChangeCues:
// "Previously, we positioned Sourcegraph as universal code search",
// "formerly known as", "was renamed") rather than stating a value as
// current.
func statesChange(sentence string) bool {
	return words.HasCue(strings.ToLower(sentence), words.ChangeCues)
}
