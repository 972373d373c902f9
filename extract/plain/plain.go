package plain

import (
	"bytes"
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// Extract extracts plain text: paragraphs are separated by blank lines and
// keep a Segment for each line; a line that starts with "- ", "* ", "• "
// or "1. " is a list item of its own. A one-line paragraph in capitals, or
// a short one ending in a colon, is taken as a heading and names what
// follows it.
func Extract(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, prose.ErrBinary("text")
	}
	data = bytes.TrimPrefix(data, prose.BOM)
	t := &extract.Text{}
	p := plainReader{t: t, source: source}
	for i, line := range strings.Split(string(data), "\n") {
		p.line(i+1, strings.TrimSuffix(line, "\r"))
	}
	p.end()
	return t, nil
}

// plainReader gathers lines into blocks.
type plainReader struct {
	t      *extract.Text
	source string
	buf    prose.Builder
	lines  int // lines in buf
	kind   extract.BlockKind
	head   []string // the heading path: at most a capitals and a colon heading
}

// line adds line number n, text s.
func (p *plainReader) line(n int, s string) {
	body := strings.TrimLeftFunc(s, unicode.IsSpace)
	marker := listMarker(body)
	switch {
	case strings.TrimSpace(body) == "":
		p.end()
		return
	case marker > 0:
		p.end()
		p.kind = extract.ListItem
	case p.buf.Empty():
		p.kind = extract.Paragraph
	}
	p.buf.Space()
	col := 1 + utf8.RuneCountInString(s[:len(s)-len(body)]) + utf8.RuneCountInString(body[:marker])
	for _, r := range body[marker:] {
		p.buf.Add(r, n, col)
		col++
	}
	p.lines++
}

// listMarker returns the length of the list marker s begins with, or 0.
func listMarker(s string) int {
	for _, m := range []string{"- ", "* ", "• "} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && strings.HasPrefix(s[i:], ". ") {
		return i + 2
	}
	return 0
}

// end makes a block of the lines gathered.
func (p *plainReader) end() {
	if p.buf.Empty() {
		p.lines = 0
		return
	}
	text, first, segs := p.buf.Take()
	kind, level := p.kind, 0
	if kind == extract.ListItem {
		level = 1
	} else if l := plainHeading(text, p.lines); l > 0 {
		kind, level = extract.Heading, l
	}
	var ctx []string
	if len(p.head) > 0 {
		ctx = append(ctx, p.head...)
	}
	p.t.Blocks = append(p.t.Blocks, extract.Block{Kind: kind, Level: level, Text: text,
		Location: extract.Location{Source: p.source, Line: first.Line, Column: first.Column},
		Context:  ctx, Segments: segs})
	if kind == extract.Heading {
		p.head = append(p.head[:min(len(p.head), level-1)], text)
	}
	p.lines = 0
}

// plainHeading returns 1 for a one-line paragraph written in capitals, 2
// for a short one ending in a colon, 0 otherwise.
func plainHeading(text string, lines int) int {
	if lines != 1 || len(text) > 80 {
		return 0
	}
	letters, upper := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters >= 2 && upper == letters && !strings.ContainsAny(text[len(text)-1:], ".!?"):
		return 1
	case strings.HasSuffix(text, ":") && len(text) <= 60 && !strings.ContainsAny(text, ".!?"):
		return 2
	}
	return 0
}
