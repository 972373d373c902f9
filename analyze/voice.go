package analyze

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// Whether a mention is the company speaking. Style guides list the forms
// not to write ("No: Source Graph"), people are quoted, competitors are
// described, FAQs ask questions and history is told ("previously
// universal code search"). A mention in such text gets an Aside that says
// why; the rules decide what an Aside excuses (see Mention.Aside).

// The reasons a mention is not the company speaking, as Mention.Aside
// writes them.
const (
	// AsideExample: a form shown as an example, in a list or table under a
	// "No", "Don't", "Avoid", "Incorrect" or "Not this" label, after "No:",
	// after "instead of", "rather than", ", not" or "avoid", or in a list
	// or table of a reference page (story key reference).
	AsideExample = "example"
	// AsideQuoted: inside quotation marks.
	AsideQuoted = "quoted"
	// AsideQuestion: in a sentence that asks.
	AsideQuestion = "question"
	// AsidePast: in a sentence that says explicitly it tells the past
	// ("previously", "formerly", "used to"), or, for a retired name, that
	// announces the retirement ("is now called", "has been renamed").
	AsidePast = "past"
	// AsideCompetitor: about a competitor of the story's competitors, named
	// in the sentence or in a heading above it, and not about the company.
	AsideCompetitor = "competitor"
	// AsideNoClaim: a forbidden phrase made of common words ("the only",
	// "the first") in a clause that makes no claim of the company's ("The
	// first step is to…"). A distinctive phrase ("guaranteed ROI") is
	// forbidden wherever the company speaks.
	AsideNoClaim = "no-claim"
	// AsideLegal: a term in contract or legal text (terms of service, a
	// privacy policy, a data processing agreement, licence terms: see
	// legalPage), which lawyers word and house style does not edit. Only
	// term findings skip it; names, prices and claims in legal text are
	// still the company's.
	AsideLegal = "legal"
)

// voiceScope knows what marks text as not the company's voice. It is
// read-only once built.
type voiceScope struct {
	ours        map[string]bool // claimScope.ours: the company's own words
	competitors []string        // names and aliases as the story writes them
	reference   []string        // globs of reference pages
}

// newVoiceScope collects the story's competitors and reference globs.
func newVoiceScope(s *story.Story, ours map[string]bool) *voiceScope {
	v := &voiceScope{ours: ours, reference: s.Reference}
	for _, c := range s.Competitors {
		v.competitors = append(v.competitors, c.Name)
		v.competitors = append(v.competitors, c.Aliases...)
	}
	return v
}

// exampleLabels are headings, column headers and labels, lower-cased and
// trimmed of punctuation, under which listed forms are examples of what
// not to write.
var exampleLabels = map[string]bool{
	"no": true, "don't": true, "don’t": true, "dont": true, "do not": true, "don'ts": true,
	"donts": true, "avoid": true, "incorrect": true, "wrong": true, "bad": true,
	"not this": true, "not that": true, "instead of": true, "never": true,
	"bad example": true, "bad examples": true, "incorrect usage": true,
	"what not to do": true, "what to avoid": true, "not recommended": true,
	"avoid this": true, "not": true,
}

// listLabels open a block that lists examples, good or bad: "Examples:
// Universal Code Search, Batch Changes".
var listLabels = []string{"example", "examples", "for example", "e.g.", "eg"}

// exampleHeadPrefixes open a heading whose lists are examples of what not
// to write: "Avoid jargon", "Don't use passive voice".
var exampleHeadPrefixes = []string{"avoid ", "don't ", "don’t ", "do not ", "never use ", "incorrect "}

// isExampleLabel reports whether a heading, header or label says that what
// it heads is an example of what not to write.
func isExampleLabel(s string) bool {
	s = strings.Trim(s, " \t:.*_-–—❌✗✘👎!()[]\"'")
	if len(s) > 64 {
		return false // a label is short; spare the lower-casing
	}
	var buf [64]byte
	low := lowerASCII(buf[:0], s)
	if exampleLabels[string(low)] {
		return true
	}
	for _, p := range exampleHeadPrefixes {
		if bytes.HasPrefix(low, []byte(p)) {
			return true
		}
	}
	return false
}

// ExampleBlock reports whether block b of a document, a reference page or
// not, holds examples of forms rather than the company's copy: a list item
// or table cell of a reference page, or under a No / Don't / Avoid /
// Incorrect heading or column, or a block opening with such a label. Rules
// that read sentences themselves (stale-value) ask it, as the mentions'
// Aside says it for the rest.
func ExampleBlock(b *extract.Block, reference bool) bool {
	return blockAside(b, reference) == AsideExample
}

// blockAside returns AsideExample when the whole of block b, in a
// document that is (or not) a reference page, is an example: a list item
// or table cell under an example label (one of its three innermost
// context entries) or of a reference page, or a block that opens with a
// label ("No: …", "Avoid: …", "Examples: …").
func blockAside(b *extract.Block, reference bool) string {
	if exampleLabelled(b.Text) {
		return AsideExample
	}
	if b.Kind != extract.ListItem && b.Kind != extract.Cell {
		return ""
	}
	if reference {
		return AsideExample
	}
	for i := len(b.Context) - 1; i >= 0 && i >= len(b.Context)-3; i-- {
		if isExampleLabel(b.Context[i]) {
			return AsideExample
		}
	}
	return ""
}

// exampleLabelled reports whether text opens with an example label and a colon:
// "No: Source Graph", "Examples: Universal Code Search, Batch Changes".
func exampleLabelled(text string) bool {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i >= 24 {
		return false
	}
	for _, l := range listLabels {
		if strings.EqualFold(text[:i], l) {
			return true
		}
	}
	return isExampleLabel(text[:i])
}

// exampleCues are the words that, just before a form, show it as one not
// to write: "use sign in instead of log in", "Sourcegraph, not
// SourceGraph".
var exampleCues = []string{"instead of ", "rather than ", ", not ", "(not ", "avoid ",
	"avoiding ", "don't use ", "do not use ", "don't write ", "do not write ",
	"don't say ", "do not say ", "never use ", "never write ", "not to use ",
	"don’t use ", "don’t write ", "don’t say "}

// exampleAnchors are short parts of exampleCues, each cue holding one: a
// text with none of them holds no cue, and most texts hold none.
var exampleAnchors = []string{"not ", "n't ", "n’t ", "instead of ", "rather than ", "avoid", "never "}

// cuedExample reports whether one of exampleCues ends within a few words
// before offset start of the lower-cased sentence low.
func cuedExample(low []byte, start int) bool {
	from := max(0, start-40)
	before := low[from:start]
	if i := bytes.LastIndexAny(before, ".;:!?"); i >= 0 {
		before = before[i+1:]
	}
	if !containsAny(before, exampleAnchors) {
		return false
	}
	for _, c := range exampleCues {
		if i := bytes.LastIndex(before, []byte(c)); i >= 0 && bytes.Count(before[i+len(c):], []byte(" ")) <= 3 {
			return true
		}
	}
	return false
}

// containsAny reports whether b contains one of subs.
func containsAny(b []byte, subs []string) bool {
	for _, sub := range subs {
		if bytes.Contains(b, []byte(sub)) {
			return true
		}
	}
	return false
}

// quoted reports whether [start, end) of sent stands inside quotation
// marks: an odd number of straight double quotes before it (or none
// before and an odd number after: the quote opened in an earlier
// sentence), an opening curly double quote before it that no closing one
// follows (or a closing one after it with no opening one anywhere before
// it), or curly single quotes around it.
func quoted(sent string, start, end int) bool {
	return mayQuote(sent) && quotedAt(sent, start, end)
}

// quotedAt is quoted without the prefilter mayQuote.
func quotedAt(sent string, start, end int) bool {
	before, after := sent[:start], sent[end:]
	if strings.Count(before, `"`)%2 == 1 {
		return true // the quote may close in a later sentence
	}
	if strings.Count(before, `"`) == 0 && strings.Count(after, `"`)%2 == 1 {
		return true // a quote that opened in an earlier sentence closes here
	}
	for _, q := range [][2]string{{"“", "”"}, {"«", "»"}} {
		open, close := strings.LastIndex(before, q[0]), strings.Index(after, q[1])
		if open >= 0 && !strings.Contains(before[open:], q[1]) {
			return true
		}
		if close >= 0 && !strings.Contains(after[:close], q[0]) && !strings.Contains(before, q[1]) && open < 0 {
			return true
		}
	}
	if open := strings.LastIndex(before, "‘"); open >= 0 && !strings.Contains(before[open:], "’ ") &&
		strings.Contains(after, "’") {
		return true
	}
	// 'single quotes' around a phrase: an opening ' after a space
	if open := strings.LastIndex(before, " '"); open >= 0 && !strings.Contains(before[open+2:], "'") {
		if i := strings.Index(after, "'"); i >= 0 && (i+1 == len(after) || !words.IsRune(rune(after[i+1]))) {
			return true
		}
	}
	return false
}

// mayQuote reports whether s holds a byte that starts one of the quotation
// marks quoted reads: a straight double or single quote, or the first byte
// of “ ” ‘ ’ (0xE2) or « » (0xC2). Most sentences hold none.
func mayQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '\'') >= 0 ||
		strings.IndexByte(s, 0xE2) >= 0 || strings.IndexByte(s, 0xC2) >= 0
}

// sentenceAside returns why sentence sent (lower-cased as low), in block
// b, is not the company speaking, "" when it is: a question, a statement
// of the past, or one about a competitor.
func (v *voiceScope) sentenceAside(b *extract.Block, sent string, low []byte) string {
	switch {
	case words.IsQuestion(sent):
		return AsideQuestion
	case words.HasCue(low, words.PastCues):
		return AsidePast
	case v.aboutCompetitor(b, sent):
		return AsideCompetitor
	}
	return ""
}

// aboutCompetitor reports whether sent, in block b, is about a competitor:
// it names one and none of the company's names, or names neither and the
// innermost heading above it that names either names a competitor.
func (v *voiceScope) aboutCompetitor(b *extract.Block, sent string) bool {
	if len(v.competitors) == 0 {
		return false
	}
	rival, us := v.names(sent)
	if us || rival {
		return rival && !us
	}
	for i := len(b.Context) - 1; i >= 0; i-- {
		if rival, us := v.names(b.Context[i]); us || rival {
			return rival && !us
		}
	}
	return false
}

// names reports whether s names a competitor, and whether it names the
// company or one of its products (an ASCII word of claimScope.ours; "'s"
// ends a word there).
func (v *voiceScope) names(s string) (rival, us bool) {
	rival = namesAny(s, v.competitors)
	var buf [64]byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && words.IsRune(rune(s[j])) {
			j++
		}
		if j > i && j-i <= len(buf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = words.Lower(s[i+k])
			}
			if v.ours[string(w)] {
				return rival, true
			}
		}
		i = j + 1
	}
	return rival, false
}

// namesAny reports whether s holds one of names, as written, as a whole
// word or phrase.
func namesAny(s string, names []string) bool {
	for _, n := range names {
		if holdsWord(s, n, false) {
			return true
		}
	}
	return false
}
