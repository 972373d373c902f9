package rules

import (
	"iter"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// locationOf is the location of a whole source.
func locationOf(source string) extract.Location { return extract.Location{Source: source} }

// maxExcerpt is the longest excerpt a finding or an index entry keeps, in bytes.
const maxExcerpt = 300

// quote wraps s in typographic quotes, the way messages cite text.
func quote(s string) string { return "“" + s + "”" }

// maxQuote is the longest text a message quotes, in bytes.
const maxQuote = 120

// clip cuts s to at most maxExcerpt bytes on a rune boundary, marking the cut
// with an ellipsis.
func clip(s string) string { return clipTo(s, maxExcerpt) }

// quoteShort quotes s in a message, cut to maxQuote bytes.
func quoteShort(s string) string { return quote(clipTo(s, maxQuote)) }

// clipTo cuts s to n bytes at a rune boundary, with an ellipsis. The
// result may share s's memory: the Checker copies what findings and index
// entries keep (strtab).
func clipTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimRight(s[:cut], " ") + "…" // a new string
}

// mentionsOf yields a document's mentions of one kind, in order.
func mentionsOf(d *analyze.Doc, kind analyze.Kind) iter.Seq[*analyze.Mention] {
	return func(yield func(*analyze.Mention) bool) {
		for i := range d.Mentions {
			if m := &d.Mentions[i]; m.Kind == kind && !yield(m) {
				return
			}
		}
	}
}

// excerpt returns the sentence a mention was found in, clipped; for a
// mention outside running text (structured data) it returns the mention's
// own text.
func excerpt(d *analyze.Doc, m *analyze.Mention) string {
	if m.Sentence >= 0 && m.Sentence < len(d.Sentences) {
		return clip(d.Sentences[m.Sentence].Text)
	}
	return clip(m.Text)
}

// here names the place a mention stands in, as a marketer would: "this
// slide", "this page", "this document".
func here(d *analyze.Doc, m *analyze.Mention) string {
	switch {
	case m.Structured:
		return "this page's structured data"
	case m.Location.Slide > 0 || d.Format.Slides():
		return "this slide"
	case d.Format.Unpaged():
		return "this document"
	}
	return "this page"
}

// storyName is the story file's base name, as messages cite it.
func storyName(p *Pass) string {
	if p.Story == nil || p.Story.Path == "" {
		return "the story file"
	}
	return filepath.Base(p.Story.Path)
}
