package markdown

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

func TestMarkdownBlocks(t *testing.T) {
	x, src := extracttest.Read(t, Extract, "testdata/routeplanner.md")
	tests := []struct {
		text, at string
		kind     extract.BlockKind
		level    int
		context  []string
	}{
		{"RoutePlanner: routes for fleets", "RoutePlanner: routes", extract.Title, 0, nil},
		{"RoutePlanner", "RoutePlanner\n", extract.Heading, 1, nil},
		{"RoutePlanner costs $18 per vehicle per month on the Fleet plan & includes a 14-day trial.", "RoutePlanner costs", extract.Paragraph, 0, []string{"RoutePlanner"}},
		{"Plans", "Plans", extract.Heading, 2, []string{"RoutePlanner"}},
		{"$18/vehicle/month", "$18/vehicle/month", extract.Cell, 0, []string{"RoutePlanner", "Plans", "Price", "Fleet"}},
		{"Starter", "Starter", extract.Cell, 0, []string{"RoutePlanner", "Plans", "Plan"}},
		{"Live traffic *beta*", "Live traffic", extract.ListItem, 2, []string{"RoutePlanner", "Plans", "Route optimisation"}},
		{"Driver app", "Driver app", extract.ListItem, 1, []string{"RoutePlanner", "Plans"}},
		{"Run now.", "Run `", extract.Paragraph, 0, []string{"RoutePlanner", "Plans"}},
		{"The best routing tool.", "The best", extract.Paragraph, 0, []string{"RoutePlanner", "Plans"}},
	}
	for _, tt := range tests {
		b := extracttest.Block(t, x, tt.text)
		line, col := extracttest.SourceAt(t, src, tt.at, 1)
		if b.Location.Line != line || b.Location.Column != col {
			t.Errorf("%q at %d:%d, want %d:%d", tt.text, b.Location.Line, b.Location.Column, line, col)
		}
		if b.Kind != tt.kind || b.Level != tt.level || !slices.Equal(b.Context, tt.context) {
			t.Errorf("%q: %s level %d context %q, want %s level %d context %q", tt.text, b.Kind, b.Level, b.Context, tt.kind, tt.level, tt.context)
		}
	}
	if x.Title != "RoutePlanner: routes for fleets" || x.FrontMatter["description"] != "Plan every route." {
		t.Errorf("title %q front matter %v", x.Title, x.FrontMatter)
	}
	for _, b := range x.Blocks {
		if strings.Contains(b.Text, "onestory check") || strings.Contains(b.Text, "indented code") || strings.Contains(b.Text, "Dashboard") || strings.Contains(b.Text, "tags") {
			t.Errorf("code, image alt or front matter read as prose: %q", b.Text)
		}
	}
}

func TestMarkdownAt(t *testing.T) {
	x, src := extracttest.Read(t, Extract, "testdata/routeplanner.md")
	b := extracttest.Block(t, x, "RoutePlanner costs $18 per vehicle per month on the Fleet plan & includes a 14-day trial.")
	for _, tt := range []struct{ mention, at string }{
		{"$18", "$18"}, {"per month", "per month"}, {"Fleet plan", "Fleet* plan"}, {"& includes", "&amp; includes"}, {"14-day", "14-day"},
	} {
		got := b.At(strings.Index(b.Text, tt.mention))
		line, col := extracttest.SourceAt(t, src, tt.at, 1)
		if got.Line != line || got.Column != col {
			t.Errorf("%q at %d:%d, want %d:%d", tt.mention, got.Line, got.Column, line, col)
		}
	}
	item := extracttest.Block(t, x, "Live traffic *beta*")
	got := item.At(strings.Index(item.Text, "beta"))
	if line, col := extracttest.SourceAt(t, src, "beta", 1); got.Line != line || got.Column != col {
		t.Errorf("beta at %d:%d, want %d:%d", got.Line, got.Column, line, col)
	}
}

func TestMDX(t *testing.T) {
	x, src := extracttest.Read(t, Extract, "testdata/pricing.mdx")
	var texts []string
	for _, b := range x.Blocks {
		texts = append(texts, b.Text)
	}
	want := []string{"Pricing", "Pricing for", "Fleet costs $18 per vehicle per month.", "Billed monthly, cancel any time.", "Start a 14-day free trial", "Route optimisation"}
	if !slices.Equal(texts, want) {
		t.Errorf("blocks %q, want %q", texts, want)
	}
	b := extracttest.Block(t, x, "Fleet costs $18 per vehicle per month.")
	if line, col := extracttest.SourceAt(t, src, "Fleet costs", 1); b.Location.Line != line || b.Location.Column != col {
		t.Errorf("JSX child at %s, want %d:%d", b.Location, line, col)
	}
	start := extracttest.Block(t, x, "Start a 14-day free trial")
	if got, line, col := start.At(8), 27, 14; got.Line != line || got.Column != col {
		t.Errorf("14-day at %d:%d, want %d:%d", got.Line, got.Column, line, col)
	}
	if want := []extract.Directive{{Kind: extract.DisableNextLine, Rules: []string{"term"}, Line: 27}}; !reflect.DeepEqual(x.Directives, want) {
		t.Errorf("directives %+v", x.Directives)
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, src, title string
		warn             bool
		blocks           []string
	}{
		{"toml", "+++\ntitle = \"Fleet plan\"\nweight = 3\n+++\n\nBody text.\n", "Fleet plan", false, []string{"Fleet plan", "Body text."}},
		{"yaml dots", "---\ntitle: Guide\n...\nBody.\n", "Guide", false, []string{"Guide", "Body."}},
		{"invalid yaml", "---\ntitle: [unclosed\n---\nBody.\n", "", true, []string{"Body."}},
		{"no closing line", "---\nBody.\n", "", false, []string{"Body."}},
		{"title not a string", "---\ntitle: 3\n---\nBody.\n", "", false, []string{"Body."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := Extract(context.Background(), "f.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, b := range x.Blocks {
				texts = append(texts, b.Text)
			}
			if x.Title != tt.title || (len(x.Warnings) > 0) != tt.warn || !slices.Equal(texts, tt.blocks) {
				t.Errorf("title %q warnings %+v blocks %q; want %q, %v, %q", x.Title, x.Warnings, texts, tt.title, tt.warn, tt.blocks)
			}
		})
	}
}

func TestMarkdownBinary(t *testing.T) {
	if _, err := Extract(context.Background(), "x.md", []byte("a\x00b")); err == nil || err.Error() != "not Markdown: binary content" {
		t.Errorf("err = %v", err)
	}
}

// TestMarkdownLineBreaks checks that <br> (and </br>, <br/>, <BR />) ends a
// statement in a paragraph, a list item and a table's body cell, each part
// a block with the same kind and context, while header cells and a row's
// first cell, which name columns and rows, stay whole.
func TestMarkdownLineBreaks(t *testing.T) {
	src := "# Drivers\n\n" +
		"One line<br>Another line\n\n" +
		"- Item one<br/>item two\n\n" +
		"| Driver<br>name | Benefits |\n| --- | --- |\n" +
		"| Search<br />code | Save 30–60 mins per day</br> Increase focus<BR /> Fewer interruptions |\n"
	x, err := Extract(context.Background(), "a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range x.Blocks {
		got = append(got, fmt.Sprintf("%s %q %q %d:%d", b.Kind, b.Text, b.Context, b.Location.Line, b.Location.Column))
	}
	want := []string{
		`heading "Drivers" [] 1:3`,
		`paragraph "One line" ["Drivers"] 3:1`,
		`paragraph "Another line" ["Drivers"] 3:13`,
		`list-item "Item one" ["Drivers"] 5:3`,
		`list-item "item two" ["Drivers"] 5:16`,
		`cell "Driver name" ["Drivers"] 7:3`,
		`cell "Benefits" ["Drivers"] 7:20`,
		`cell "Search code" ["Drivers" "Driver name"] 9:3`,
		`cell "Save 30–60 mins per day" ["Drivers" "Benefits" "Search code"] 9:22`,
		`cell "Increase focus" ["Drivers" "Benefits" "Search code"] 9:51`,
		`cell "Fewer interruptions" ["Drivers" "Benefits" "Search code"] 9:72`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
