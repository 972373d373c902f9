package markdown

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
	false: sync.OnceValue(func() parser.Parser { return markdownParser(false, fastLinkRefs, true) }),
	true:  sync.OnceValue(func() parser.Parser { return markdownParser(true, fastLinkRefs, true) }),
}

// fastLinkRefs is goldmark's link reference transformer behind linkRefs.
var fastLinkRefs = linkRefs{parser.LinkReferenceParagraphTransformer}

// markdownParser returns a CommonMark parser with GFM tables and
// strikethrough, which reads link reference definitions with refs; for
// MDX, without indented code blocks. With plain, the paragraphs that hold
// nothing for the inline parsers become plainText nodes (see
// paragraphParser.Close).
func markdownParser(mdx bool, refs parser.ParagraphTransformer, plain bool) parser.Parser {
	blocks := []util.PrioritizedValue{
		util.Prioritized(parser.NewSetextHeadingParser(), 100),
		util.Prioritized(parser.NewThematicBreakParser(), 200),
		util.Prioritized(parser.NewListParser(), 300),
		util.Prioritized(parser.NewListItemParser(), 400),
		util.Prioritized(parser.NewATXHeadingParser(), 600),
		util.Prioritized(parser.NewFencedCodeBlockParser(), 700),
		util.Prioritized(parser.NewBlockquoteParser(), 800),
		util.Prioritized(parser.NewHTMLBlockParser(), 900),
		util.Prioritized(paragraphParser{parser.NewParagraphParser(), mdx, plain}, 1000),
	}
	if !mdx {
		blocks = append(blocks, util.Prioritized(parser.NewCodeBlockParser(), 500))
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

// paragraphParser is goldmark's paragraph parser with two changes. In
// MDX, which has no indented code blocks, an indented line (JSX children
// often are) is prose. With plain, a closed paragraph with nothing in it
// for the inline parsers becomes a plainText node.
type paragraphParser struct {
	parser.BlockParser
	mdx, plain bool
}

// CanAcceptIndentedLine reports whether a paragraph may begin indented:
// in MDX only.
func (p paragraphParser) CanAcceptIndentedLine() bool { return p.mdx }

// Close closes a paragraph as goldmark does (its lines lose their leading
// white space, the last its trailing one), then, with plain, makes it a
// plainText node if its lines are plain (plainLines).
//
// goldmark closes a paragraph in two places: when a line ends it, after
// the paragraph transformers (tables, link reference definitions) ran;
// and when a setext underline ("===", "---") follows it, before them,
// and the heading then takes the paragraph's lines. The second case is
// told by the line the reader stands at, which is that underline; a
// paragraph ended by some other line beginning with "=" or "-" only keeps
// the slow path.
func (p paragraphParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	p.BlockParser.Close(node, reader, pc)
	parent := node.Parent()
	if !p.plain || parent == nil || mayUnderline(reader) || !plainLines(node.Lines(), reader.Source()) {
		return
	}
	pt := pc.ComputeIfAbsent(plainNodesKey, newPlainNodes).(*plainNodes).take()
	pt.SetLines(node.Lines())
	pt.SetBlankPreviousLines(node.HasBlankPreviousLines())
	pt.SetPos(node.Pos())
	parent.ReplaceChild(parent, node, pt)
}

// mayUnderline reports whether the line the reader stands at may be a
// setext heading's underline: its first visible byte is "=" or "-".
func mayUnderline(reader text.Reader) bool {
	line, _ := reader.PeekLine()
	line = bytes.TrimLeft(line, " \t")
	return len(line) > 0 && (line[0] == '=' || line[0] == '-')
}
