package rules

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// wordSet returns the lower-cased words of s (internal/words);
// a trailing "%" counts as a word of its own ("20%" is "20" and "%").
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !words.IsRune(r) && r != '%'
	}) {
		if num, ok := strings.CutSuffix(w, "%"); ok && num != "" {
			set[num] = true
			w = "%"
		}
		set[w] = true
	}
	return set
}

// overlap is the share of want's words that also appear in got.
func overlap(want, got map[string]bool) float64 {
	if len(want) == 0 {
		return 0
	}
	n := 0
	for w := range want {
		if got[w] {
			n++
		}
	}
	return float64(n) / float64(len(want))
}
