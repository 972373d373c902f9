package markdown

import (
	"bytes"
	"html"
	"unicode/utf8"

	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// inline writes the prose under n to b: text, emphasis and link text.
// Inline code, images, struck-out text and raw HTML are left out; HTML
// comments among them are read for suppressions, and a <br> ends the
// block at hand where w.lineBreak is set (a space elsewhere).
func (w *mdWalker) inline(n ast.Node, b *prose.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			w.raw(c.Segment, b)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.Space()
			}
		case *ast.String:
			for _, r := range string(c.Value) {
				b.Add(r, 0, 0)
			}
		case *ast.AutoLink:
			for _, r := range string(c.Label(w.src)) {
				b.Add(r, 0, 0)
			}
		case *ast.RawHTML:
			if c.Segments.Len() > 0 {
				start, stop := c.Segments.At(0).Start, c.Segments.At(c.Segments.Len()-1).Stop
				if isBreakTag(w.src[start:stop]) {
					if w.lineBreak != nil {
						w.lineBreak()
					} else {
						b.Space() // a header cell, a row's head, a heading: one text
					}
				}
				w.comments(start, stop)
			}
		case *ast.CodeSpan, *ast.Image, *east.Strikethrough:
		default:
			w.inline(c, b)
		}
	}
}

// raw writes the source text of seg to b, resolving backslash escapes and
// character references, each rune with its line and column.
func (w *mdWalker) raw(seg text.Segment, b *prose.Builder) {
	s := w.src[seg.Start:seg.Stop]
	line, col := w.pos(seg.Start)
	for i := 0; i < len(s); {
		c := s[i]
		if k := escapedRunLen(s[i:]); k > 0 {
			prose.AddWord(b, s[i:i+k], line, col)
			i, col = i+k, col+k
			continue
		}
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			b.Add(rune(s[i+1]), line, col)
			i, col = i+2, col+2
			continue
		}
		if c == '&' {
			end := prose.EntityEnd(s, i)
			chunk := string(s[i:end])
			if u := html.UnescapeString(chunk); u != chunk && chunk[len(chunk)-1] == ';' {
				for _, r := range u {
					b.Add(r, line, col)
				}
				i, col = end, col+utf8.RuneCountInString(chunk)
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		b.Add(r, line, col)
		i += size
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
}

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in Markdown.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// htmlBlock reads the suppressions in an HTML block; its text is not
// prose.
func (w *mdWalker) htmlBlock(n *ast.HTMLBlock) {
	start, end := -1, -1
	if l := n.Lines(); l.Len() > 0 {
		start, end = l.At(0).Start, l.At(l.Len()-1).Stop
	}
	if n.HasClosure() {
		if start < 0 {
			start = n.ClosureLine.Start
		}
		end = n.ClosureLine.Stop
	}
	if start >= 0 {
		w.comments(start, end)
	}
}

// comments records the suppressions among the HTML comments in
// src[start:end], each at the line where it ends.
func (w *mdWalker) comments(start, end int) {
	s := w.src[start:end]
	for {
		i := bytes.Index(s, []byte("<!--"))
		if i < 0 {
			return
		}
		j := bytes.Index(s[i+4:], []byte("-->"))
		if j < 0 {
			return
		}
		line, _ := w.pos(start + i + 4 + j)
		if d, ok := prose.ParseDirective(string(s[i+4:i+4+j]), line); ok {
			w.out.Directives = append(w.out.Directives, d)
		}
		start += i + 4 + j + 3
		s = s[i+4+j+3:]
	}
}

// isBreakTag reports whether tag is an HTML line break as Markdown writers
// write it: <br>, <br/>, <br />, and the common mistake </br>, in any case.
func isBreakTag(tag []byte) bool {
	t := bytes.TrimPrefix(tag, []byte("<"))
	t = bytes.TrimPrefix(t, []byte("/"))
	if len(t) < 3 || t[0]|0x20 != 'b' || t[1]|0x20 != 'r' {
		return false
	}
	rest := bytes.TrimSpace(t[2:])
	return string(rest) == ">" || string(rest) == "/>"
}
