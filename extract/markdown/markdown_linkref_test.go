package markdown

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// TestLinkRefsSameTree checks that reading link reference definitions
// only in paragraphs that begin with "[" (linkRefs) gives the tree
// goldmark's own transformer gives, on snippets and on every page of the
// corpus when it is present.
func TestLinkRefsSameTree(t *testing.T) {
	inputs := map[string]string{
		"definition":          "[fleet]: /pricing#fleet\n\nSee [Fleet][fleet] and [fleet].\n",
		"indented and titled": "  [a]: /x \"Fleet\"\n[b]: /y\nrest of the paragraph [a]\n",
		"too indented":        "    [a]: /x\n\npara\n",
		"not first":           "para [not]: /def\n[a]: /x\n",
		"in list and quote":   "- [a]: /x\n- item [a]\n\n> [q]: /q\n> quoted [q]\n",
		"over lines":          "[a]:\n/x\n'title'\n\n[a]\n",
		"unclosed":            "[broken\n\ntext\n",
		"in a table":          "| a | b |\n|---|---|\n| [x]: /y | 2 |\n",
	}
	if _, err := os.Stat(extracttest.CorpusDir()); err == nil {
		extracttest.ForCorpus(t, func(path string, data []byte) { inputs[path] = string(data) })
	}
	for _, mdx := range []bool{false, true} {
		fast := markdownParser(mdx, linkRefs{parser.LinkReferenceParagraphTransformer}, false)
		ref := markdownParser(mdx, parser.LinkReferenceParagraphTransformer, false)
		for name, src := range inputs {
			got := treeOf(fast.Parse(text.NewReader([]byte(src))), []byte(src))
			want := treeOf(ref.Parse(text.NewReader([]byte(src))), []byte(src))
			if got != want {
				t.Errorf("%s (mdx %v): trees differ:\n%s\nwant:\n%s", name, mdx, got, want)
			}
		}
	}
}

// treeOf describes a Markdown tree: each node's kind and its lines, or for
// an inline text its segment.
func treeOf(doc ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			b.WriteString(")")
			return ast.WalkContinue, nil
		}
		fmt.Fprintf(&b, "(%s", n.Kind())
		if t, ok := n.(*ast.Text); ok {
			fmt.Fprintf(&b, " %q", t.Segment.Value(src))
		} else if n.Type() == ast.TypeBlock {
			for i := range n.Lines().Len() {
				seg := n.Lines().At(i)
				fmt.Fprintf(&b, " %q", seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// TestMarkdownConcurrent checks that the shared parsers give each of
// several goroutines what one alone gets (run it with -race).
func TestMarkdownConcurrent(t *testing.T) {
	files := map[string][]byte{"routeplanner.md": extracttest.Fixture(t, "testdata/routeplanner.md"),
		"pricing.mdx": extracttest.Fixture(t, "testdata/pricing.mdx"), "guide.md": contentPage()}
	want := map[string]string{}
	for name, data := range files {
		x, err := Extract(context.Background(), name, data)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = fmt.Sprintf("%#v", x)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for name, data := range files {
				x, err := Extract(context.Background(), name, data)
				if err != nil || fmt.Sprintf("%#v", x) != want[name] {
					t.Errorf("%s: concurrent extraction differs (%v)", name, err)
				}
			}
		})
	}
	wg.Wait()
}
