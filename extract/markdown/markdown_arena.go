package markdown

import (
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// blockArena holds the texts, segments and contexts of one document's
// blocks in a few large arrays instead of one or more small ones per block:
// the blocks of a document live and die together. It only ever appends, so
// what it handed out never changes; when an array is full, the next one
// begins and the full one stays with the blocks that point into it.
type blockArena struct {
	text strings.Builder
	segs []extract.Segment
	ctx  []string
}

// textChunk is how many bytes of text the arena allocates at a time. A
// text that outlives its document (a finding quoting it) keeps its whole
// chunk in memory, which bounds what a chunk may hold.
const textChunk = 1 << 10

// string returns b as a string kept in the arena; one longer than half a
// chunk is a string of its own, so that chunks are not left half empty.
func (a *blockArena) string(b []byte) string {
	if len(b) > textChunk/2 {
		return string(b)
	}
	if a.text.Cap()-a.text.Len() < len(b) {
		a.text = strings.Builder{} // the texts taken so far keep the old chunk
		a.text.Grow(textChunk)
	}
	start := a.text.Len()
	a.text.Write(b)
	return a.text.String()[start:]
}

// segChunk is how many segments the arena allocates at a time at most:
// it begins small, for documents with few.
const segChunk = 256

// take returns the text t holds, where it begins and its segments, kept
// in the arena, and empties t for the next block, keeping its buffers.
func (a *blockArena) take(t *prose.Builder) (string, extract.Segment, []extract.Segment) {
	b, first, tsegs := t.Peek()
	text := a.string(b)
	var segs []extract.Segment
	if len(tsegs) > 0 {
		if cap(a.segs)-len(a.segs) < len(tsegs) {
			a.segs = make([]extract.Segment, 0, max(min(2*cap(a.segs), segChunk), len(tsegs), 16))
		}
		i := len(a.segs)
		a.segs = append(a.segs, tsegs...)
		segs = a.segs[i:len(a.segs):len(a.segs)]
	}
	t.Recycle()
	return text, first, segs
}

// ctxChunk is how many context strings the arena allocates at a time:
// enough for a table of a hundred cells, little to waste at the end.
const ctxChunk = 256

// list returns an empty slice of the arena with room for n strings,
// capped so that appending more than n copies.
func (a *blockArena) list(n int) []string {
	if cap(a.ctx)-len(a.ctx) < n {
		a.ctx = make([]string, 0, max(n, ctxChunk))
	}
	i := len(a.ctx)
	a.ctx = a.ctx[:i+n]
	return a.ctx[i : i : i+n]
}

// countBlocks returns how many blocks the walk of n can make at most: one
// per heading, paragraph and list item text, one per table cell.
func countBlocks(n ast.Node) int {
	count := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Heading, *ast.Paragraph, *ast.TextBlock, *plainText:
			count++
		case *east.TableHeader, *east.TableRow:
			count += c.ChildCount()
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		default:
			count += countBlocks(c)
		}
	}
	return count
}
