package analyze

import (
	"testing"

	"github.com/onestory/onestory/extract"
)

// TestLegalPage checks which titles and first headings name contract or
// legal text.
func TestLegalPage(t *testing.T) {
	tests := []struct {
		title, heading string
		want           bool
	}{
		{"Terms", "", true},
		{"", "PostHog Cloud License Terms", true},
		{"Privacy Policy | Acme", "", true},
		{"Acme: Terms of Service", "", true},
		{"Data Processing Agreement", "", true},
		{"EULA", "", true},
		{"", "Legal", true},
		{"Pricing", "", false},
		{"Why we changed our terms", "", false}, // one word ends a legal title only alone
		{"Payment terms explained for small fleets", "", false},
		{"Our privacy policy, explained in plain words", "", false},
		{"", "Getting started", false},
		{"Getting started", "Terms", false}, // the title wins over a heading
		{"Glossary of terms", "", false},
		{"Acme Terms", "", false},
	}
	for _, tt := range tests {
		x := &extract.Text{Title: tt.title}
		if tt.heading != "" {
			x.Blocks = []extract.Block{{Kind: extract.Heading, Text: tt.heading}}
		}
		if got := legalPage(x); got != tt.want {
			t.Errorf("legalPage(title %q, heading %q) = %v, want %v", tt.title, tt.heading, got, tt.want)
		}
	}
}
