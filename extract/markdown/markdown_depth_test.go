package markdown

import (
	"context"
	"strings"
	"testing"
)

func TestMarkdownLineDepth(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"plain text", 0},
		{"> quote", 1},
		{"> > > deep", 3},
		{">>>no spaces", 3},
		{"- item", 1},
		{"- > 1. * + x", 5},
		{"1) one", 1},
		{"-no space", 0},
		{"2024. a year", 1},
		{"1234567890. too long a number", 0},
		{"    - code, but a nested item after an item", 1},
		{strings.Repeat("> ", 500) + "x", maxMarkdownNesting + 1},
	}
	for _, tt := range tests {
		if got := markdownLineDepth([]byte(tt.line)); got != tt.want {
			t.Errorf("markdownLineDepth(%.30q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestMarkdownTooDeep checks that a line nesting past the limit makes the
// document unreadable, naming the line, and that the limit itself is read.
func TestMarkdownTooDeep(t *testing.T) {
	for _, unit := range []string{"> ", "- ", "1. "} {
		deep := "# Title\n\nok\n" + strings.Repeat(unit, 50_000) + "deep\n"
		_, err := Extract(context.Background(), "deep.md", []byte(deep))
		if err == nil || !strings.Contains(err.Error(), "line 4 nests block quotes or lists more than 100 levels deep") {
			t.Errorf("%q×50000: error %v", unit, err)
		}
		fine := strings.Repeat(unit, maxMarkdownNesting) + "deep\n"
		if _, err := Extract(context.Background(), "fine.md", []byte(fine)); err != nil {
			t.Errorf("%q×%d: %v", unit, maxMarkdownNesting, err)
		}
	}
}
