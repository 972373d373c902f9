package draft

import (
	"path"
	"regexp"
	"strings"

	"github.com/onestory/onestory/analyze"
)

// versionTitle finds a version number in a title: "Array 1.29.0",
// "Release v2.3", "Version 4.1". A three-part number alone is a version; a
// two-part one needs a word that says so (a price or a ratio is not one).
var versionTitle = regexp.MustCompile(`(?i)(?:^|[^\w.])(?:v?\d+\.\d+\.\d+|(?:v|version |release |rel\. ?)\d+\.\d+)(?:$|[^\w.])`)

// releaseWords in a title or in a path's parts mark release notes.
var releaseWords = []string{"changelog", "change log", "release notes", "release-notes", "release_notes",
	"releases", "what's new", "whats-new", "whats_new", "what’s new", "patch notes"}

// releaseNotes reports whether a document is release notes or a changelog:
// its title names a version, or its title or path says so. What such a page
// counts ("350+ improvements", "30 minutes" of a past call) belongs to one
// release, not to what the company keeps canonical, so the draft takes no
// facts or claims from it.
func releaseNotes(d *analyze.Doc) bool {
	title := strings.ToLower(d.Text.Title)
	if versionTitle.MatchString(title) {
		return true
	}
	src := strings.ToLower(d.Source)
	if i := strings.Index(src, "://"); i >= 0 {
		src = src[i+3:]
	}
	for _, w := range releaseWords {
		if strings.Contains(title, w) {
			return true
		}
	}
	for _, part := range strings.Split(src, "/") {
		part = strings.TrimSuffix(part, path.Ext(part))
		for _, w := range releaseWords {
			if part == w || strings.HasPrefix(part, w+"-") || strings.HasSuffix(part, "-"+w) {
				return true
			}
		}
	}
	return false
}

// notOurs reports whether a mention's aside says it is not the company
// stating a fact or a claim now: an example, a quotation, a question, the
// past, or a competitor.
func notOurs(aside string) bool {
	switch aside {
	case analyze.AsideExample, analyze.AsideQuoted, analyze.AsideQuestion, analyze.AsidePast, analyze.AsideCompetitor:
		return true
	}
	return false
}

// exampleCues introduce a value given as an example: "(e.g. 1 month free
// trial and then a monthly subscription)".
var exampleCues = []string{"e.g.", "e.g ", "eg.", "for example", "for instance", "such as"}

// exampleValue reports whether a mention's value is given as an example:
// an example cue stands between it and the start of its clause (a comma,
// colon, semicolon or opening parenthesis).
func exampleValue(d *analyze.Doc, m *analyze.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[m.Sentence].Text
	i := strings.Index(s, m.Text)
	if i < 0 {
		return false
	}
	before := strings.ToLower(s[:i])
	if j := strings.LastIndexAny(before, ",;:("); j >= 0 {
		before = before[j:]
	}
	for _, c := range exampleCues {
		if strings.Contains(before, c) {
			return true
		}
	}
	return false
}
