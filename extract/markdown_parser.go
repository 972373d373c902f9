package extract

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParsers are the parsers of Markdown (false) and MDX (true),
// each built once: a goldmark parser is safe for concurrent use once
// built, and building one costs as much as parsing a short page.
var markdownParsers = map[bool]func() parser.Parser{
	false: sync.OnceValue(func() parser.Parser { return markdownParser(false, fastLinkRefs) }),
	true:  sync.OnceValue(func() parser.Parser { return markdownParser(true, fastLinkRefs) }),
}

// fastLinkRefs is goldmark's link reference transformer behind linkRefs.
var fastLinkRefs = linkRefs{parser.LinkReferenceParagraphTransformer}

// markdownParser returns a CommonMark parser with GFM tables and
// strikethrough, which reads link reference definitions with refs; for
// MDX, without indented code blocks.
func markdownParser(mdx bool, refs parser.ParagraphTransformer) parser.Parser {
	blocks := []util.PrioritizedValue{
		util.Prioritized(parser.NewSetextHeadingParser(), 100),
		util.Prioritized(parser.NewThematicBreakParser(), 200),
		util.Prioritized(parser.NewListParser(), 300),
		util.Prioritized(parser.NewListItemParser(), 400),
		util.Prioritized(parser.NewATXHeadingParser(), 600),
		util.Prioritized(parser.NewFencedCodeBlockParser(), 700),
		util.Prioritized(parser.NewBlockquoteParser(), 800),
		util.Prioritized(parser.NewHTMLBlockParser(), 900),
	}
	if mdx {
		blocks = append(blocks, util.Prioritized(mdxParagraph{parser.NewParagraphParser()}, 1000))
	} else {
		blocks = append(blocks, util.Prioritized(parser.NewCodeBlockParser(), 500),
			util.Prioritized(parser.NewParagraphParser(), 1000))
	}
	p := parser.NewParser(parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(util.Prioritized(refs, 100)))
	return goldmark.New(goldmark.WithParser(p),
		goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
}

// linkRefs reads link reference definitions ("[id]: /url") only in the
// paragraphs that can hold one, those whose first line begins with "[":
// goldmark's transformer looks for one in every paragraph, which costs an
// allocation or two each time.
type linkRefs struct{ parser.ParagraphTransformer }

// Transform reads the link reference definitions node begins with.
func (l linkRefs) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	if lines := node.Lines(); lines.Len() > 0 {
		first := lines.At(0)
		s := bytes.TrimLeft(first.Value(reader.Source()), " \t")
		if len(s) > 0 && s[0] != '[' {
			return
		}
	}
	l.ParagraphTransformer.Transform(node, reader, pc)
}

// mdxParagraph is the paragraph parser of MDX, which has no indented code
// blocks: an indented line (JSX children often are) is prose.
type mdxParagraph struct{ parser.BlockParser }

// CanAcceptIndentedLine reports that a paragraph may begin indented.
func (mdxParagraph) CanAcceptIndentedLine() bool { return true }
