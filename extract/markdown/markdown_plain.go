package markdown

import (
	"bytes"
	"encoding/binary"

	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/onestory/onestory/internal/words"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// plainText is a paragraph whose lines hold no byte that goldmark's inline
// parsers act on (plainLines). goldmark's inline parse of such a
// paragraph makes one Text node per line: the line less its trailing
// white space, with a soft or hard line break when the line ends with a
// newline. The walker reads the lines directly (mdWalker.plainLines),
// which is what it would read from those Text nodes, and goldmark, told
// the node is raw, skips its inline parse: most of the time spent on a
// page of prose, and a Text node allocated per line.
type plainText struct{ ast.BaseBlock }

// kindPlainText is the NodeKind of plainText.
var kindPlainText = ast.NewNodeKind("PlainText")

// Kind returns kindPlainText.
func (n *plainText) Kind() ast.NodeKind { return kindPlainText }

// IsRaw reports true: goldmark does not parse the node's inlines.
func (n *plainText) IsRaw() bool { return true }

// Dump writes the node for debugging, as goldmark's nodes do.
func (n *plainText) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// plainNodes hands out the plainText nodes of one parse from a few arrays
// rather than allocating each: the nodes of a document's tree live and die
// together. The arrays grow from plainChunkMin to plainChunkMax nodes, so
// that a short page does not take a large one.
type plainNodes struct {
	free []plainText
	next int // the length of the next array
}

// The sizes of plainNodes' arrays.
const (
	plainChunkMin = 4
	plainChunkMax = 64
)

// plainNodesKey is where a parse's parser.Context holds its plainNodes.
var plainNodesKey = parser.NewContextKey()

// newPlainNodes returns an empty plainNodes, for ComputeIfAbsent.
func newPlainNodes() any { return &plainNodes{next: plainChunkMin} }

// take returns a new plainText node.
func (a *plainNodes) take() *plainText {
	if len(a.free) == 0 {
		a.free = make([]plainText, a.next)
		a.next = min(2*a.next, plainChunkMax)
	}
	n := &a.free[0]
	a.free = a.free[1:]
	return n
}

// inlineBytes are the bytes that make goldmark's inline parser do more
// than cut a paragraph into its lines: the triggers of the code span,
// link, image, autolink, raw HTML, emphasis and strikethrough parsers,
// and the backslash (escapes and hard line breaks). "!" triggers the
// image parser too, which gives up unless "[" follows; it then cuts the
// line's Text node in two at the "!", which the walker reads as the same
// text, so "!" alone does not count. "^" counts though it triggers
// nothing: with it, "[" to "`" are one range, which plainBytes tests at
// once; a paragraph with a "^" only keeps the slow path.
var inlineBytes = func() (t [256]bool) {
	for _, c := range []byte("`[]<*_~\\^") {
		t[c] = true
	}
	return t
}()

// plainLines reports whether the lines of a paragraph in source hold none
// of inlineBytes.
func plainLines(lines *text.Segments, source []byte) bool {
	for i := range lines.Len() {
		seg := lines.At(i)
		if !plainBytes(source[seg.Start:seg.Stop]) {
			return false
		}
	}
	return true
}

// plainBytes reports whether s holds none of inlineBytes, eight bytes at a
// time where it can: "[" to "`" by a range test, as words.Lower8 tests
// "A" to "Z", and the other three with hasByte.
func plainBytes(s []byte) bool {
	const lo, hi = '[', '`'
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(s[i:])
		low7 := x &^ words.HighBits
		fromLo := low7 + (0x80-lo)*words.Ones // top bit: byte >= lo
		pastHi := low7 + (0x7f-hi)*words.Ones // top bit: byte > hi
		if fromLo&^pastHi&^x&words.HighBits != 0 || hasByte(x, '<') || hasByte(x, '*') || hasByte(x, '~') {
			return false
		}
	}
	for _, c := range s[i:] {
		if inlineBytes[c] {
			return false
		}
	}
	return true
}

// plainLines writes the text of a plainText paragraph to b: what inline
// writes for the Text nodes goldmark's inline parse would have made (see
// plainText).
func (w *mdWalker) plainLines(n *plainText, b *prose.Builder) {
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		s := w.src[seg.Start:seg.Stop]
		w.raw(text.NewSegment(seg.Start, seg.Start+len(bytes.TrimRight(s, " \t\r\n"))), b)
		if len(s) > 0 && s[len(s)-1] == '\n' {
			b.Space()
		}
	}
}
