package read

import (
	"context"
	"reflect"
	"testing"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		body string
		want Directive
		ok   bool
	}{
		{" onestory-disable price-mismatch term ", Directive{Kind: Disable, Rules: []string{"price-mismatch", "term"}, Line: 3}, true},
		{"onestory-disable", Directive{Kind: Disable, Line: 3}, true},
		{"onestory-enable term,product-name", Directive{Kind: Enable, Rules: []string{"term", "product-name"}, Line: 3}, true},
		{"onestory-disable-next-line custom/no-beta -- launch copy", Directive{Kind: DisableNextLine, Rules: []string{"custom/no-beta"}, Line: 3}, true},
		{`want price-mismatch "\$18"`, Directive{}, false},
		{"onestory-disabled term", Directive{}, false},
		{"eslint-disable", Directive{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDirective(tt.body, 3)
		if ok != tt.ok || ok && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseDirective(%q) = %+v, %v; want %+v, %v", tt.body, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDirectivesByFormat(t *testing.T) {
	tests := []struct {
		name, source, src string
		fn                Func
		want              []Directive
	}{
		{"html", "a.html", "<p>x</p>\n<!--\n onestory-disable term\n-->\n<p>y</p><!-- onestory-enable -->", HTML,
			[]Directive{{Kind: Disable, Rules: []string{"term"}, Line: 4}, {Kind: Enable, Line: 5}}},
		{"markdown", "a.md", "Text\n\n<!-- onestory-disable-next-line price-mismatch -->\nFleet is $20.\n\nInline <!-- onestory-enable --> here.\n\n```html\n<!-- onestory-disable -->\n```\n", Markdown,
			[]Directive{{Kind: DisableNextLine, Rules: []string{"price-mismatch"}, Line: 3}, {Kind: Enable, Line: 6}}},
		{"mdx", "a.mdx", "import X from './x'\n\n{/* onestory-disable term */}\n\nText {/* onestory-enable term */}\n", Markdown,
			[]Directive{{Kind: Disable, Rules: []string{"term"}, Line: 3}, {Kind: Enable, Rules: []string{"term"}, Line: 5}}},
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
