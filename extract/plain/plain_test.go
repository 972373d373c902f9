package plain

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
)

func TestPlain(t *testing.T) {
	src := "ROUTEPLANNER PRICING\n\nFleet costs $18 per vehicle\n  per month, billed monthly.\r\n\nIncluded:\n- Live traffic\n- Driver app with\n  offline mode\n\n\nAll plans: 14-day trial.\n"
	x, err := Extract(context.Background(), "p.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text      string
		kind      extract.BlockKind
		line, col int
		context   []string
	}{
		{"ROUTEPLANNER PRICING", extract.Heading, 1, 1, nil},
		{"Fleet costs $18 per vehicle per month, billed monthly.", extract.Paragraph, 3, 1, []string{"ROUTEPLANNER PRICING"}},
		{"Included:", extract.Heading, 6, 1, []string{"ROUTEPLANNER PRICING"}},
		{"Live traffic", extract.ListItem, 7, 3, []string{"ROUTEPLANNER PRICING", "Included:"}},
		{"Driver app with offline mode", extract.ListItem, 8, 3, []string{"ROUTEPLANNER PRICING", "Included:"}},
		{"All plans: 14-day trial.", extract.Paragraph, 12, 1, []string{"ROUTEPLANNER PRICING", "Included:"}},
	}
	if len(x.Blocks) != len(tests) {
		t.Fatalf("%d blocks, want %d: %+v", len(x.Blocks), len(tests), x.Blocks)
	}
	for i, tt := range tests {
		b := x.Blocks[i]
		if b.Text != tt.text || b.Kind != tt.kind || b.Location.Line != tt.line || b.Location.Column != tt.col || !slices.Equal(b.Context, tt.context) {
			t.Errorf("block %d = %q %s %d:%d %q, want %q %s %d:%d %q", i, b.Text, b.Kind, b.Location.Line, b.Location.Column, b.Context,
				tt.text, tt.kind, tt.line, tt.col, tt.context)
		}
	}
	p := x.Blocks[1]
	if got := p.At(strings.Index(p.Text, "per month")); got.Line != 4 || got.Column != 3 {
		t.Errorf("per month at %d:%d, want 4:3", got.Line, got.Column)
	}
}

func TestPlainBinary(t *testing.T) {
	if _, err := Extract(context.Background(), "x.txt", []byte{0x89, 'P', 'N', 'G', 0}); err == nil || err.Error() != "not text: binary content" {
		t.Errorf("err = %v", err)
	}
}
