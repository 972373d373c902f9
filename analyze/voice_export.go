package analyze

import "github.com/onestory/onestory/extract"

// AboutCompetitor reports whether text — a sentence of block b, or b's own
// text — is about one of the story's competitors rather than the company:
// it names a competitor and none of the company's names, or names neither
// and the innermost heading above it that names either names a competitor.
// It is the reading behind AsideCompetitor, for callers that read
// sentences themselves (the draft's policies).
func (a *Analyzer) AboutCompetitor(b *extract.Block, text string) bool {
	return a.voice.aboutCompetitor(b, text)
}
