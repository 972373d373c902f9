package office

import (
	"context"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
	"github.com/onestory/onestory/format"
)

// TestRealDecks checks page and slide counts and phrases read on known
// slides and pages (read with unzip and pdftotext) of the real decks.
func TestRealDecks(t *testing.T) {
	tests := []struct {
		file   string
		format format.Format
		pages  int
		at     int    // slide or page
		phrase string // found whole in one block there
		title  string // the Title block there, "" = not checked
	}{
		{"farmify-pitchdeck.pptx", "pptx", 13, 5, "Onboard small or marginal farmer who lack financial assistance from banking sector.", "How to implement?"},
		{"farmify-pitchdeck.pptx", "pptx", 13, 7, "8 to 10% returns", "Value proposition"},
		{"farmify-pitch-startup-india-2018.pdf", "pdf", 18, 3, "Unable to repay loans / chits", "Before farmify"},
		{"cncf-2016-introduction-deck.pdf", "pdf", 19, 2, "LF Antitrust Policy Notice", "LF Antitrust Policy Notice"},
		{"cncf-2016-introduction-deck.pdf", "pdf", 19, 7, "What customers want", ""},
		{"nwhacks2019-giveseek-pitch-deck.pdf", "pdf", 8, 3, "Families and Individuals in desperate need of items and services", "Target Market"},
		{"nwhacks2020-rebuild-pitch-deck.pdf", "pdf", 10, 4, "Additionally, natural disaster preparedness has become a growing concern", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text, err := byFormat[tt.format](context.Background(), tt.file, extracttest.Deck(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if text.Pages != tt.pages {
				t.Errorf("Pages = %d, want %d", text.Pages, tt.pages)
			}
			found := false
			for _, b := range text.Blocks {
				at := b.Location.Page + b.Location.Slide
				if strings.Contains(b.Text, tt.phrase) {
					if at != tt.at {
						t.Errorf("%q found at %d, want %d", tt.phrase, at, tt.at)
					}
					found = true
				}
				if tt.title != "" && at == tt.at && b.Kind == extract.Title && b.Text != tt.title {
					t.Errorf("title at %d = %q, want %q", at, b.Text, tt.title)
				}
			}
			if !found {
				t.Errorf("%q not found", tt.phrase)
			}
		})
	}
}
