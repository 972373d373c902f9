package html

import (
	"bytes"
	"context"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
	"strings"
	"testing"
)

// fuzzSeeds are inputs the fuzz targets start from.
var fuzzSeeds = []string{
	"<p>Fleet <b>$18</b>&nbsp;per&amp;vehicle</p>",
	"<table>text<tr><td>a<td>b</table><pre>\nx</pre>",
	"<svg><title>t</title></svg><math><mi>x</mi></math><select><option>o</select>",
	"<!-- onestory-disable a b --><p>x</p><!-- onestory-enable -->",
	"<script type=\"application/ld+json\">{\"@graph\":[{\"offers\":{\"price\":1}}]}</script>",
	"<div itemscope><span itemprop=price content=1>1</span></div>",
	"\r\n<p>a\rb\r\nc</p>&#x1F600;&notit; &unknown;",
	"---\ntitle: x\n---\n# H\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
	"import X from 'y'\n\n<X a={1}>\n  text {x}\n</X>\n\n{/* onestory-disable */}\n",
	"- a\n  - b\n\n```\ncode\n```\n\n> q <!-- c -->\n",
}

// checkLocations fails when a block or segment points outside the input.
func checkLocations(t *testing.T, x *extract.Text, data []byte) {
	t.Helper()
	lines := bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'}) + 1
	for _, b := range x.Blocks {
		if b.Location.Line < 0 || b.Location.Line > lines || b.Location.Column < 0 {
			t.Fatalf("block %q at %d:%d, input has %d lines", b.Text, b.Location.Line, b.Location.Column, lines)
		}
		if b.Text != strings.TrimSpace(b.Text) || b.Text == "" {
			t.Fatalf("block %q is blank or untrimmed", b.Text)
		}
		for _, s := range b.Segments {
			if s.Line < 1 || s.Line > lines || s.Offset <= 0 || s.Offset > len(b.Text) {
				t.Fatalf("block %q segment %+v out of range", b.Text, s)
			}
		}
		_ = b.At(len(b.Text))
	}
	for _, d := range x.Directives {
		if d.Line < 1 || d.Line > lines {
			t.Fatalf("directive %+v outside %d lines", d, lines)
		}
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Extract(context.Background(), "f.html", data)
		if err != nil {
			if bytes.IndexByte(data, 0) < 0 {
				t.Fatalf("error for text input: %v", err)
			}
			return
		}
		checkLocations(t, x, bytes.TrimPrefix(data, prose.BOM))
	})
}
