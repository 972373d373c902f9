package analyze

import (
	"context"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// Temporary signatures so other packages compile; the analyze work replaces this file.

// Analyzer holds everything built once from the story: the NLP model, the
// term and product automata, the claim and message indexes. It is safe for
// concurrent use.
type Analyzer struct{ story *story.Story }

// New builds an Analyzer for a story.
func New(s *story.Story) (*Analyzer, error) { return &Analyzer{story: s}, nil }

// Analyze finds every mention in one extracted document.
func (a *Analyzer) Analyze(ctx context.Context, t *extract.Text, channel string) *Doc {
	return &Doc{Source: t.Source, Channel: channel, Format: t.Format, Text: t}
}
