package markdown

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"
)

// plainCases are Markdown snippets around the plain paragraph shortcut:
// setext underlines, tables, link reference definitions, hard and soft
// line breaks, "!" alone, entities, tabs, lazy continuation lines, tight
// and loose lists.
var plainCases = map[string]string{
	"prose":            "Fleet is $18 per vehicle.\nIt has a free trial!\n\nTry it now!  \nOr later.\r\nDone.  ",
	"setext":           "Pricing\n=======\n\nPlans\n---\ntext\n-- not a bar\n",
	"setext in list":   "- item\n  ---\n- a\n  b\n  ===\n",
	"table":            "intro line\n| a | b |\n|---|---|\n| 1 | 2 |\nafter\n\ntext\n|---|\n",
	"link refs":        "[a]: /x\nrest of it\n\n[a]: /y\n===\n\n[b]\n",
	"tight list":       "- one\n- two\n  lazy\n\n1. a\n2. b\n",
	"loose list":       "- one\n\n- two\n\n  more\n",
	"quote":            "> quoted\nlazy line\n> more\n\n> - a\n> b\n",
	"entities":         "AT&amp;T &copy; &#169; &nope; & so\n",
	"indent and tabs":  "\ttabbed\n  spaced\t\n   three\n",
	"bang":             "Wow!Great! ! !x\n\nimg ![alt](/x.png) end\n",
	"triggers":         "a *b* c\n\n_d_\n\n`e`\n\n<f>\n\n~~g~~\n\n\\h\n\n[i](/j)\n",
	"heading after":    "para\n# Heading\npara\n```\ncode\n```\n",
	"html after":       "para\n<div>\nx\n</div>\n\npara <!-- onestory-disable term -->\n",
	"unicode":          "Café — 99,95 %\u00a0uptime\u200b.\n",
	"no final newline": "last line",
}

// TestPlainTextSameText checks that the plain paragraph shortcut gives
// the Text goldmark's inline parse gives, on snippets and on every page of
// the corpus when it is present, for Markdown and MDX.
func TestPlainTextSameText(t *testing.T) {
	inputs := map[string]string{}
	for name, src := range plainCases {
		inputs[name] = src
	}
	for _, name := range []string{"routeplanner.md", "pricing.mdx"} {
		inputs[name] = string(extracttest.Fixture(t, "testdata/"+name))
	}
	if _, err := os.Stat(extracttest.CorpusDir()); err == nil {
		extracttest.ForCorpus(t, func(path string, data []byte) { inputs[path] = string(data) })
	}
	for name, src := range inputs {
		for _, mdx := range []bool{false, true} {
			if got, want := plainAndSlow(t, []byte(src), mdx); got != want {
				t.Errorf("%s (mdx %v): texts differ:\n%s\nwant:\n%s", name, mdx, got, want)
			}
		}
	}
}

// FuzzPlainText checks the plain paragraph shortcut against goldmark's
// inline parse on any input.
func FuzzPlainText(f *testing.F) {
	for _, src := range plainCases {
		f.Add([]byte(src), false)
	}
	for _, src := range extracttest.Seeds() {
		f.Add([]byte(src), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, mdx bool) {
		if got, want := plainAndSlow(t, data, mdx); got != want {
			t.Fatalf("texts differ:\n%s\nwant:\n%s", got, want)
		}
	})
}

// plainAndSlow returns the Text of data extracted with the plain
// paragraph shortcut and without it, printed.
func plainAndSlow(t *testing.T, data []byte, mdx bool) (plain, slow string) {
	t.Helper()
	ctx := context.Background()
	fast := markdownParser(mdx, fastLinkRefs, true)
	ref := markdownParser(mdx, fastLinkRefs, false)
	x, err1 := markdownWith(ctx, fast, "f.md", data, mdx)
	y, err2 := markdownWith(ctx, ref, "f.md", data, mdx)
	return fmt.Sprintf("%v %#v", err1, x), fmt.Sprintf("%v %#v", err2, y)
}
