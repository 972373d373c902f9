package reader

import (
	"context"
	"reflect"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/html"
	"github.com/onestory/onestory/extract/internal/prose"
	"github.com/onestory/onestory/extract/markdown"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		body string
		want extract.Directive
		ok   bool
	}{
		{" onestory-disable price-mismatch term ", extract.Directive{Kind: extract.Disable, Rules: []string{"price-mismatch", "term"}, Line: 3}, true},
		{"onestory-disable", extract.Directive{Kind: extract.Disable, Line: 3}, true},
		{"onestory-enable term,product-name", extract.Directive{Kind: extract.Enable, Rules: []string{"term", "product-name"}, Line: 3}, true},
		{"onestory-disable-next-line custom/no-beta -- launch copy", extract.Directive{Kind: extract.DisableNextLine, Rules: []string{"custom/no-beta"}, Line: 3}, true},
		{`want price-mismatch "\$18"`, extract.Directive{}, false},
		{"onestory-disabled term", extract.Directive{}, false},
		{"eslint-disable", extract.Directive{}, false},
	}
	for _, tt := range tests {
		got, ok := prose.ParseDirective(tt.body, 3)
		if ok != tt.ok || ok && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseDirective(%q) = %+v, %v; want %+v, %v", tt.body, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDirectivesByFormat(t *testing.T) {
	tests := []struct {
		name, source, src string
		fn                extract.Func
		want              []extract.Directive
	}{
		{"html", "a.html", "<p>x</p>\n<!--\n onestory-disable term\n-->\n<p>y</p><!-- onestory-enable -->", html.Extract,
			[]extract.Directive{{Kind: extract.Disable, Rules: []string{"term"}, Line: 4}, {Kind: extract.Enable, Line: 5}}},
		{"markdown", "a.md", "Text\n\n<!-- onestory-disable-next-line price-mismatch -->\nFleet is $20.\n\nInline <!-- onestory-enable --> here.\n\n```html\n<!-- onestory-disable -->\n```\n", markdown.Extract,
			[]extract.Directive{{Kind: extract.DisableNextLine, Rules: []string{"price-mismatch"}, Line: 3}, {Kind: extract.Enable, Line: 6}}},
		{"mdx", "a.mdx", "import X from './x'\n\n{/* onestory-disable term */}\n\nText {/* onestory-enable term */}\n", markdown.Extract,
			[]extract.Directive{{Kind: extract.Disable, Rules: []string{"term"}, Line: 3}, {Kind: extract.Enable, Rules: []string{"term"}, Line: 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := tt.fn(context.Background(), tt.source, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(x.Directives, tt.want) {
				t.Errorf("directives %+v, want %+v", x.Directives, tt.want)
			}
		})
	}
}
