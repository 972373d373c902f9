// Package suggest finds the likely intended word for a misspelt one: the
// near miss a message offers ("did you mean --fail-on?").
package suggest

import "strings"

// Nearest returns the choice closest to s in edit distance, ignoring case,
// when it is close enough to be a likely typo (at most a third of s's
// length plus one edits), or else the one choice that s, three letters or
// more, abbreviates ("warn" for "warning"); or "".
func Nearest(s string, choices []string) string {
	best, bestDist := "", len([]rune(s))/3+2
	ls := strings.ToLower(s)
	for _, c := range choices {
		if d := Distance(ls, strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best != "" || len(ls) < 3 {
		return best
	}
	for _, c := range choices {
		if strings.HasPrefix(strings.ToLower(c), ls) {
			if best != "" {
				return "" // ambiguous
			}
			best = c
		}
	}
	return best
}

// Distance returns the Levenshtein distance between a and b, in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
