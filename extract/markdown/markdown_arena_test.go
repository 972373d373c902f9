package markdown

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/onestory/onestory/extract"

	"github.com/yuin/goldmark/text"
)

// TestMarkdownBlocksShareNothing checks what the block arena promises:
// the blocks are allocated once, and a block's Context and Segments, which
// share arrays with other blocks, are capped so that appending to one
// cannot change another.
func TestMarkdownBlocksShareNothing(t *testing.T) {
	for _, name := range []string{"routeplanner.md", "pricing.mdx"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		x, err := Extract(context.Background(), name, data)
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Blocks) == 0 || cap(x.Blocks) != len(x.Blocks) {
			t.Errorf("%s: %d blocks in room for %d: not counted before they were made", name, len(x.Blocks), cap(x.Blocks))
		}
		before := slices.Clone(x.Blocks)
		for i := range before {
			before[i].Context = slices.Clone(before[i].Context)
			before[i].Segments = slices.Clone(before[i].Segments)
		}
		for i := range x.Blocks {
			b := &x.Blocks[i]
			b.Context = append(b.Context, "appended")
			b.Segments = append(b.Segments, extract.Segment{Offset: -1})
		}
		for i, b := range x.Blocks {
			want := before[i]
			if !slices.Equal(b.Context[:len(b.Context)-1], want.Context) || !slices.Equal(b.Segments[:len(b.Segments)-1], want.Segments) {
				t.Errorf("%s: block %q changed when the others were appended to: context %q segments %v, want %q %v",
					name, b.Text, b.Context, b.Segments, want.Context, want.Segments)
			}
		}
	}
}

func TestCountBlocks(t *testing.T) {
	tests := []struct {
		name, src string
		want      int
	}{
		{"heading and paragraph", "# Plans\n\nFleet costs $18.\n", 2},
		{"nested list", "- Route optimisation\n  - Live traffic\n- Driver app\n", 3},
		{"table", "| Plan | Price |\n|---|---|\n| Fleet | $18 |\n| Starter | Free |\n", 6},
		{"quote", "> Trusted by 2,500 customers.\n", 1},
		{"code and HTML make none", "```\nonestory check\n```\n\n    indented\n\n<div>\nx\n</div>\n", 0},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := markdownParsers[false]().Parse(text.NewReader([]byte(tt.src)))
			if got := countBlocks(doc); got != tt.want {
				t.Errorf("countBlocks = %d, want %d", got, tt.want)
			}
		})
	}
}
