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

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordBounded reports whether text[start:end] stands as a whole word: no
// word character touches it on either side, and neither does a hyphen
// joined to a word ("pre-signup" is another word; "signup's" and
// "signup/login" hold "signup").
func wordBounded(text string, start, end int) bool {
	if start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if isWordRune(r) || joiner(r) && start-n > 0 && isWordRune(lastRune(text[:start-n])) {
			return false
		}
	}
	if end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) || joiner(r) && end+n < len(text) && isWordRune(firstRune(text[end+n:])) {
			return false
		}
	}
	return true
}

// joiner reports whether r joins two words into one.
func joiner(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

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

// wordCount returns the number of runs of letters and digits in s.
func wordCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isAlnum(r) {
			n++
			i = wordEnd(s, i)
			continue
		}
		i += size
	}
	return n
}

// nextWords appends to buf the runs of letters and digits starting at
// text[i], at most most of them, as long as a single space or hyphen joins
// each to the next ("Route Planner", "Route-Planner").
func nextWords(buf []bounds, text string, i, most int) []bounds {
	for len(buf) < most && len(buf) < cap(buf) {
		end := wordEnd(text, i)
		buf = append(buf, bounds{i, end})
		sep := end
		if sep < len(text) && (text[sep] == ' ' || text[sep] == '-') {
			sep++
		} else if strings.HasPrefix(text[sep:], "\u2011") || strings.HasPrefix(text[sep:], "\u2010") {
			sep += 3
		}
		if sep == end || sep >= len(text) || !isAlnum(firstRune(text[sep:])) {
			break
		}
		i = sep
	}
	return buf
}

// wordEnd returns where the run of letters and digits at text[i] ends.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiAlnumTable[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += n
	}
	return i
}

// wordStart returns the rune at text[i] and whether a word starts there:
// a letter or digit that is not preceded by one.
func wordStart(text string, i int) (rune, bool) {
	r := rune(text[i])
	if r >= utf8.RuneSelf {
		if !utf8.RuneStart(text[i]) {
			return r, false
		}
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	if !isAlnum(r) {
		return r, false
	}
	if i == 0 {
		return r, true
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return r, !asciiAlnumTable[c]
	}
	return r, !isAlnum(lastRune(text[:i]))
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnumTable[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiAlnumTable tells the ASCII letters and digits; it has an entry,
// false, for every byte from 0x80 up too, so that a byte indexes it
// without a bounds check.
var asciiAlnumTable = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

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
