package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// tok is one token of a sentence: a word (lower case, curly apostrophes
// made straight, split at hyphens) or one punctuation mark. Start and End
// are byte offsets in the sentence.
type tok struct {
	w          string
	start, end int
	punct      bool
}

// tokenize splits a sentence into word and punctuation tokens. A word is
// letters and digits with inner apostrophes, and dots or commas between
// digits ("99.9", "1,500"); "$" and "%" are dropped, "+" kept.
func tokenize(out []tok, s string) []tok {
	out = out[:0]
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case abbreviation(s[i:]) > 0:
			n = abbreviation(s[i:])
			out = append(out, tok{w: strings.ToLower(strings.ReplaceAll(s[i:i+n], ".", "")), start: i, end: i + n})
			i += n
		case words.IsRune(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if words.IsRune(r2) || (r2 == '\'' || r2 == '’') && j+n2 < len(s) && isLetterAt(s, j+n2) ||
					(r2 == '.' || r2 == ',') && j > i && words.IsDigit(s[j-1]) && j+1 < len(s) && words.IsDigit(s[j+1]) {
					j += n2
					continue
				}
				break
			}
			out = append(out, tok{w: words.Fold(s[i:j]), start: i, end: j})
			i = j
		case strings.ContainsRune(";:()?!|—–.,+/", r):
			out = append(out, tok{w: s[i : i+n], start: i, end: i + n, punct: true})
			i += n
		default:
			i += n
		}
	}
	return out
}

// abbreviation returns the length of "e.g." or "i.e." at the start of s,
// in any case, or 0: their dots do not end a clause.
func abbreviation(s string) int {
	if len(s) >= 4 && s[1] == '.' && s[3] == '.' && (s[0]|0x20 == 'e' && s[2]|0x20 == 'g' || s[0]|0x20 == 'i' && s[2]|0x20 == 'e') {
		return 4
	}
	return 0
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}
