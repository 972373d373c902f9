package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
)

// Helpers shared by the finders: ASCII case folding that keeps byte
// offsets, whole-word boundaries, and telling prose from URLs, e-mail
// addresses and file paths.

// chunkAt returns the whitespace-delimited chunk of text around offset i,
// without the punctuation that may open or close it in prose.
func chunkAt(text string, i int) string {
	from := strings.LastIndexByte(text[:i], ' ') + 1
	to := strings.IndexByte(text[i:], ' ')
	if to < 0 {
		to = len(text)
	} else {
		to += i
	}
	return strings.Trim(text[from:to], "([{\"'`“‘.,;:!?)]}\"'”’")
}

// inCode reports whether text[start:end] is part of a URL, an e-mail
// address, a host name, a file path, a hashtag or a handle rather than
// prose.
func inCode(text string, start, end int) bool {
	return codeLike(chunkAt(text, start)) || end > start && codeLike(chunkAt(text, end-1))
}

// codeLike reports whether a chunk of text is a URL, address, path or name
// of a file or host.
func codeLike(c string) bool {
	switch {
	case c == "":
		return false
	case strings.Contains(c, "://"), strings.HasPrefix(c, "www."),
		strings.ContainsAny(c, "@\\=<>|{}"), c[0] == '#', c[0] == '~':
		return true
	case strings.Contains(c, "/") && pathLike(c):
		return true
	}
	return innerDot(c)
}

// pathLike reports whether a chunk with a slash is a path ("/signup",
// "./docs/signup.md", "app/signup/page") rather than "signup/login".
func pathLike(c string) bool {
	if c[0] == '/' || c[0] == '.' || strings.Count(c, "/") > 1 {
		return true
	}
	return innerDot(c[strings.LastIndexByte(c, '/')+1:])
}

// innerDot reports whether a chunk has a dot between two letters, as host
// names and file names do ("signup.html", "kestrel.example").
func innerDot(c string) bool {
	for i := 1; i+1 < len(c); i++ {
		if c[i] == '.' && words.IsLetter(c[i-1]) && words.IsLetter(c[i+1]) {
			return true
		}
	}
	return false
}

// caseLike returns want spelled with the case pattern of written: "Sign up"
// for "Signup", "SIGN UP" for "SIGNUP", want itself otherwise.
func caseLike(written, want string) string {
	if written == "" || want == "" {
		return want
	}
	if hasLetter(written) && strings.ToUpper(written) == written && strings.ToLower(written) != written {
		return strings.ToUpper(want)
	}
	r, _ := utf8.DecodeRuneInString(written)
	w, n := utf8.DecodeRuneInString(want)
	if unicode.IsUpper(r) && unicode.IsLower(w) {
		return string(unicode.ToUpper(w)) + want[n:]
	}
	return want
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// nextWords appends to buf the words starting at
// text[i], at most most of them, as long as a single space or hyphen joins
// each to the next ("Route Planner", "Route-Planner").
func nextWords(buf []bounds, text string, i, most int) []bounds {
	for len(buf) < most && len(buf) < cap(buf) {
		end := words.End(text, i)
		buf = append(buf, bounds{i, end})
		sep := end
		if sep < len(text) && (text[sep] == ' ' || text[sep] == '-') {
			sep++
		} else if strings.HasPrefix(text[sep:], "\u2011") || strings.HasPrefix(text[sep:], "\u2010") {
			sep += 3
		}
		if sep == end || sep >= len(text) || !words.IsRune(words.FirstRune(text[sep:])) {
			break
		}
		i = sep
	}
	return buf
}

// appendKey appends the lower-cased letters and digits of word to key.
func appendKey(key []byte, word string) []byte {
	for _, r := range word {
		if r < utf8.RuneSelf {
			key = append(key, words.Lower(byte(r)))
		} else {
			key = utf8.AppendRune(key, unicode.ToLower(r))
		}
	}
	return key
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// allCapitalised reports whether every word starts with a capital.
func allCapitalised(text string, words []bounds) bool {
	for _, w := range words {
		if !startsUpper(text[w.start:]) {
			return false
		}
	}
	return true
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editsAtLeast returns a lower bound of the edit distance (insertions,
// deletions, substitutions, transpositions) between a and b, cheap to
// work out: half the bytes that one has more of than the other, rounded
// up, since each edit changes at most two of these counts. It returns 0
// unless both are ASCII, where a byte is a rune.
func editsAtLeast(a, b string) int {
	var counts [utf8.RuneSelf]int
	for i := 0; i < len(a); i++ {
		if a[i] >= utf8.RuneSelf {
			return 0
		}
		counts[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return 0
		}
		counts[b[i]]--
	}
	diff := 0
	for _, c := range counts {
		diff += absInt(c)
	}
	return (diff + 1) / 2
}
