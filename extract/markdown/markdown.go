package markdown

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
	"github.com/onestory/onestory/format"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Extract reads a Markdown file, or an MDX file when source ends in
// ".mdx" (format.IsMDX): front matter into FrontMatter (its title into Title), and as
// blocks with line and column the headings, paragraphs, list items, table
// cells (with their headers as Context) and block quotes. Code blocks,
// inline code, images, struck-out text and raw HTML are left out; link
// text is kept. Only binary data is an error.
func Extract(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	return markdown(ctx, source, data, format.IsMDX(source))
}

// ExtractMDX extracts an MDX file whatever its name: as Markdown, after leaving
// out import and export statements, JSX tags (their children are read)
// and {expressions}. Indented code blocks do not exist in MDX.
func ExtractMDX(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	return markdown(ctx, source, data, true)
}

// markdown extracts Markdown, or MDX when mdx is set.
func markdown(ctx context.Context, source string, data []byte, mdx bool) (*extract.Text, error) {
	return markdownWith(ctx, markdownParsers[mdx](), source, data, mdx)
}

// markdownWith is markdown with parser p, one of markdownParser's.
func markdownWith(ctx context.Context, p parser.Parser, source string, data []byte, mdx bool) (*extract.Text, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, prose.ErrBinary("Markdown")
	}
	data = bytes.TrimPrefix(data, prose.BOM)
	if err := checkMarkdownNesting(data); err != nil {
		return nil, fmt.Errorf("markdown too deeply nested: %w", err)
	}
	t := &extract.Text{}
	w := &mdWalker{lines: newLineCursor(data), out: t, source: source}
	w.base = w.frontMatter(data)
	w.src = data[w.base:] // the body after any front matter, which is not Markdown
	if mdx {
		w.src = bytes.Clone(w.src) // blanked in place
		t.Directives = mdxBlank(w.src, &w.lines, w.base)
	}
	doc := p.Parse(text.NewReader(w.src))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w.start(doc)
	w.walk(doc)
	if len(t.Blocks) == 0 {
		t.Blocks = nil // as when nothing was appended
	}
	if len(t.Directives) > 1 {
		slices.SortStableFunc(t.Directives, func(a, b extract.Directive) int { return cmp.Compare(a.Line, b.Line) })
	}
	return t, nil
}

// heading is a heading above the text being read.
type heading struct {
	text  string
	level int // 1–6
}

// mdWalker makes blocks of a parsed Markdown document.
type mdWalker struct {
	src    []byte     // what is parsed: the file from base on
	base   int        // where src begins in the file
	lines  lineCursor // of the file as written
	out    *extract.Text
	source string
	title  extract.Block // the front matter's title, when Kind is set
	heads  []heading
	ctx    []string // the heading path as Context; nil when heads changed
	items  []string // for each open list item, its first text
	cols   []string // header texts of the open table
	buf    prose.Builder
	arena  blockArena
	// lineBreak, when set, ends the block being built at a <br> tag: the
	// lines of a table cell or paragraph that <br> separates are separate
	// statements ("Save 30–60 mins per day<br>Increase focus"), not one
	// sentence run together.
	lineBreak func()
}

// pos returns the line and column of offset off in src.
func (w *mdWalker) pos(off int) (line, col int) { return w.lines.pos(w.base + off) }

// start makes room for the blocks of doc, beginning with the title.
func (w *mdWalker) start(doc ast.Node) {
	n := countBlocks(doc)
	if w.title.Kind != "" {
		n++
	}
	if n == 0 {
		return
	}
	w.out.Blocks = make([]extract.Block, 0, n)
	if w.title.Kind != "" {
		w.out.Blocks = append(w.out.Blocks, w.title)
	}
}

// walk makes blocks of the document's headings, paragraphs, list items
// and table rows, and reads the suppressions in its HTML blocks.
func (w *mdWalker) walk(doc ast.Node) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.ListItem:
			if entering {
				w.items = append(w.items, "")
			} else {
				w.items = w.items[:len(w.items)-1]
			}
			return ast.WalkContinue, nil
		case *ast.Heading, *ast.Paragraph, *ast.TextBlock, *plainText:
			if entering {
				w.textBlock(n)
			}
		case *east.TableHeader, *east.TableRow:
			if entering {
				w.row(n)
			}
		case *ast.HTMLBlock:
			if entering {
				w.htmlBlock(n)
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
		default:
			return ast.WalkContinue, nil
		}
		return ast.WalkSkipChildren, nil
	})
}

// textBlock makes a block of a heading, a paragraph or a list item's text.
func (w *mdWalker) textBlock(n ast.Node) {
	b := &w.buf
	if p, ok := n.(*plainText); ok {
		w.plainLines(p, b)
	} else {
		if _, heading := n.(*ast.Heading); !heading {
			w.lineBreak = func() { w.textPart(n) }
		}
		w.inline(n, b)
		w.lineBreak = nil
	}
	if h, ok := n.(*ast.Heading); ok {
		if text := w.emit(b, extract.Heading, h.Level, nil); text != "" {
			w.pushHeading(text, h.Level)
		}
		return
	}
	w.textPart(n)
}

// textPart emits what the builder holds of paragraph or list item n as a
// block: the whole of it, or the part before a <br> inside it.
func (w *mdWalker) textPart(n ast.Node) {
	b := &w.buf
	if _, ok := n.Parent().(*ast.ListItem); !ok || len(w.items) == 0 {
		w.emit(b, extract.Paragraph, 0, nil)
		return
	}
	var extra []string
	if d := len(w.items); d > 1 {
		extra = w.items[d-2 : d-1]
	}
	text := w.emit(b, extract.ListItem, len(w.items), extra)
	if w.items[len(w.items)-1] == "" {
		w.items[len(w.items)-1] = text
	}
}

// row makes Cell blocks of a table row; the header row's texts become the
// column Context of the rows after it, and each row's first cell the row
// Context of its other cells.
func (w *mdWalker) row(n ast.Node) {
	header := false
	if _, ok := n.(*east.TableHeader); ok {
		header, w.cols = true, w.cols[:0]
	}
	rowHead := ""
	i := 0
	var room [2]string // for extra, which emit does not keep
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b := &w.buf
		extra := room[:0]
		if !header && i < len(w.cols) {
			extra = append(extra, w.cols[i])
		}
		if !header && i > 0 {
			extra = append(extra, rowHead)
			w.lineBreak = func() { w.emit(b, extract.Cell, 0, extra) } // the header and row head stay whole
		}
		w.inline(c, b)
		w.lineBreak = nil
		text := w.emit(b, extract.Cell, 0, extra)
		if header {
			w.cols = append(w.cols, text)
		}
		if i == 0 {
			rowHead = text
		}
		i++
	}
}

// emit appends the block b holds, with the heading path and extra as
// Context, and returns its text.
func (w *mdWalker) emit(b *prose.Builder, kind extract.BlockKind, level int, extra []string) string {
	if b.Empty() {
		return ""
	}
	text, first, segs := w.arena.take(b)
	ctx := w.context(extra)
	w.out.Blocks = append(w.out.Blocks, extract.Block{Kind: kind, Level: level, Text: text,
		Location: extract.Location{Source: w.source, Line: first.Line, Column: first.Column},
		Context:  ctx, Segments: segs})
	return text
}

// pushHeading makes text the innermost heading of the path.
func (w *mdWalker) pushHeading(text string, level int) {
	i := len(w.heads)
	for i > 0 && w.heads[i-1].level >= level {
		i--
	}
	w.heads = append(w.heads[:i], heading{text: text, level: level})
	w.ctx = nil
}

// context returns the heading path followed by the non-empty extra, or
// nil when both are empty. Blocks under the same headings without extra
// share one slice, capped so that appending to it copies.
func (w *mdWalker) context(extra []string) []string {
	if w.ctx == nil && len(w.heads) > 0 {
		w.ctx = w.arena.list(len(w.heads))
		for _, h := range w.heads {
			w.ctx = append(w.ctx, h.text)
		}
	}
	n := 0
	for _, e := range extra {
		if e != "" {
			n++
		}
	}
	if n == 0 {
		if len(w.ctx) == 0 {
			return nil
		}
		return w.ctx
	}
	out := w.arena.list(len(w.ctx) + n)
	out = append(out, w.ctx...)
	for _, e := range extra {
		if e != "" {
			out = append(out, e)
		}
	}
	return out
}
