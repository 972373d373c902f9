package analyze

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// extraAbbrevs are abbreviations, beyond the English Punkt model's, after
// which a period does not end a sentence: the four prose adds, and three
// common in marketing copy.
var extraAbbrevs = []string{"sgt", "gov", "no", "mt", "vs", "approx", "incl"}

// segmenter splits running text into sentences with the Punkt model that
// prose uses (gopkg.in/neurosnap/sentences.v1, English training data). It is
// built once per Analyzer; after construction Punkt only reads its model, so
// one segmenter is safe for concurrent use.
//
// Punkt decides each break from the token that ends with the punctuation and
// the token after it, so the segmenter asks Punkt only about a small window
// around each candidate break ('.', '!', '?' or '…' followed by a space)
// instead of tokenising whole paragraphs: the same decisions at a fraction
// of the cost. Two rules are added to Punkt's: no sentence starts with a
// lower-case letter ("$18/mo. billed annually"), and an ellipsis followed
// by a capitalised word ends one, as in prose.
type segmenter struct {
	punkt *sentences.DefaultSentenceTokenizer
}

// newSegmenter loads the English Punkt model.
func newSegmenter() (*segmenter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("load sentence model: %w", err)
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, fmt.Errorf("read sentence model: %w", err)
	}
	for _, a := range extraAbbrevs {
		training.AbbrevTypes.Add(a)
	}
	punkt, err := english.NewSentenceTokenizer(training)
	if err != nil {
		return nil, fmt.Errorf("build sentence tokenizer: %w", err)
	}
	return &segmenter{punkt: punkt}, nil
}

// bounds is a sentence's byte range in its block's text.
type bounds struct{ start, end int }

// split returns the sentences of text as trimmed byte ranges.
func (s *segmenter) split(text string) []bounds {
	return s.appendSplit(nil, text, nil)
}

// appendSplit is split appending to out, remembering Punkt's decisions in
// memo if it is not nil.
func (s *segmenter) appendSplit(out []bounds, text string, memo breakMemo) []bounds {
	start := 0
	ends := newEndIndex()
	for i := ends.next(text, 0); i < len(text); i = ends.next(text, i+1) {
		if text[i] == 0xE2 && !strings.HasPrefix(text[i:], "…") {
			continue
		}
		end := closeEnd(text, i)
		if end >= len(text) || text[end] != ' ' {
			i = end - 1
			continue
		}
		if s.breaksAt(text, i, end, memo) {
			out = appendTrimmed(out, text, start, end)
			start = end
		}
		i = end
	}
	return appendTrimmed(out, text, start, len(text))
}

// endBytes are the bytes that may end a sentence: '.', '!', '?' and the
// first byte of '…'.
var endBytes = [4]byte{'.', '!', '?', 0xE2}

// endIndex finds the bytes of endBytes in a text, in order, with one
// strings.IndexByte for each occurrence of each: at[k] is where the next
// endBytes[k] is at or after the last offset asked about (len(text) for
// none), or -1 before the first search.
type endIndex struct{ at [len(endBytes)]int }

func newEndIndex() endIndex { return endIndex{at: [len(endBytes)]int{-1, -1, -1, -1}} }

// next returns the offset of the first byte of endBytes at or after from,
// or len(text); from never decreases from call to call.
func (e *endIndex) next(text string, from int) int {
	first := len(text)
	for k, c := range endBytes {
		if e.at[k] < from {
			e.at[k] = len(text)
			if j := strings.IndexByte(text[min(from, len(text)):], c); j >= 0 {
				e.at[k] = from + j
			}
		}
		first = min(first, e.at[k])
	}
	return first
}

// closeEnd returns the offset just past the punctuation at i and any closing
// quotes, brackets or further punctuation that follow it.
func closeEnd(text string, i int) int {
	j := i
	for j < len(text) {
		switch {
		case strings.ContainsRune(".!?)]\"'", rune(text[j])):
			j++
		case strings.HasPrefix(text[j:], "…"), strings.HasPrefix(text[j:], "”"), strings.HasPrefix(text[j:], "’"):
			j += 3
		default:
			return j
		}
	}
	return j
}

// breaksAt asks Punkt whether the punctuation at text[i:end] ends a
// sentence, showing it the word before and the word after, unless memo
// holds the answer.
func (s *segmenter) breaksAt(text string, i, end int, memo breakMemo) bool {
	from := strings.LastIndexByte(text[:i], ' ') + 1
	next := end
	for next < len(text) && text[next] == ' ' {
		next++
	}
	if next == len(text) || unicode.IsLower(words.FirstRune(text[next:])) {
		return false
	}
	if strings.HasPrefix(text[i:], "…") {
		return unicode.IsUpper(words.FirstRune(text[next:]))
	}
	to := strings.IndexByte(text[next:], ' ')
	if to < 0 {
		to = len(text)
	} else {
		to += next
	}
	if brk, known := s.quickBreak(text[from:end], text[next:to]); known {
		return brk
	}
	window := text[from:to]
	if brk, ok := memo[window]; ok {
		return brk
	}
	brk := false
	for _, p := range s.punkt.SentencePositions(window) {
		if p+from == end {
			brk = true
			break
		}
	}
	memo.add(window, brk)
	return brk
}

// breakMemo remembers Punkt's decisions by window (see breaksAt): the
// window alone decides, since the break it asks about is at its first
// space. The same abbreviations, numbers and initials recur across a
// site's pages, and Punkt costs far more than a look-up. A nil memo
// remembers nothing; a memo is not safe for concurrent use.
type breakMemo map[string]bool

// maxBreakMemo bounds a memo: a full one starts over.
const maxBreakMemo = 1 << 12

// add remembers a decision; the memo keeps a copy of the window, not the
// document's text.
func (m breakMemo) add(window string, brk bool) {
	if m == nil {
		return
	}
	if len(m) >= maxBreakMemo {
		clear(m)
	}
	m[strings.Clone(window)] = brk
}

// quickBreak decides the two commonest cases the way Punkt would, without
// running it: a word ending in '!' or '?' (perhaps with one closing quote
// or bracket) ends a sentence; a word of two or more letters and a period
// that the model does not know as an abbreviation ends one unless the model
// knows the word pair as a collocation. next is the word after, which
// starts with a capital. known is false for anything else (abbreviations,
// numbers, initials, "e.g.", ellipses), which Punkt decides.
func (s *segmenter) quickBreak(prev, next string) (brk, known bool) {
	if strings.ContainsRune(prev, '.') {
		word, ok := strings.CutSuffix(prev, ".")
		if !ok || len(word) < 2 || !asciiLetters(word) {
			return false, false
		}
		nextWord := strings.TrimSuffix(next, ",")
		if !asciiLetters(nextWord) {
			return false, false
		}
		var buf [64]byte
		key := words.AppendLower(buf[:0], word) // the sets' keys, without allocating
		if s.punkt.AbbrevTypes[string(key)] != 0 {
			return false, false
		}
		key = words.AppendLower(append(key, ','), nextWord)
		return s.punkt.Collocations[string(key)] == 0, true
	}
	for _, closer := range []string{"", "\"", "'", ")", "’", "”"} {
		if strings.HasSuffix(prev, "!"+closer) || strings.HasSuffix(prev, "?"+closer) {
			return true, true
		}
	}
	return false, false
}

func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !words.IsLetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// appendTrimmed appends text[start:end] without its surrounding spaces, if
// anything is left.
func appendTrimmed(out []bounds, text string, start, end int) []bounds {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	if start == end {
		return out
	}
	return append(out, bounds{start, end})
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// wholeBlock reports whether a block of this kind is one sentence however
// it is punctuated: headings, titles and table cells.
func wholeBlock(k extract.BlockKind) bool {
	return k == extract.Heading || k == extract.Title || k == extract.Cell
}

// blockSentences splits block bi of t into Sentences.
func (s *segmenter) blockSentences(t *extract.Text, bi int) []Sentence {
	return s.appendSentences(nil, t, bi, nil)
}

// appendSentences appends the Sentences of block bi of t to out, with a
// memo of Punkt's decisions (see appendSplit).
func (s *segmenter) appendSentences(out []Sentence, t *extract.Text, bi int, memo breakMemo) []Sentence {
	b := &t.Blocks[bi]
	var buf [16]bounds // most blocks: no allocation
	var bs []bounds
	if wholeBlock(b.Kind) {
		bs = appendTrimmed(buf[:0], b.Text, 0, len(b.Text))
	} else {
		bs = s.appendSplit(buf[:0], b.Text, memo)
	}
	cur := b.Cursor()
	for _, r := range bs {
		out = append(out, Sentence{Text: b.Text[r.start:r.end], Block: bi, Offset: r.start, Location: cur.At(r.start)})
	}
	return out
}
