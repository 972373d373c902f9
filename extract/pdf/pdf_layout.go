package pdf

import (
	"math"
	"strings"
	"unicode"

	"github.com/onestory/onestory/extract/internal/prose"
)

// Thresholds of the layout, as fractions of the font size.
const (
	wordGap    = 0.15 // a gap wider than this between two runs is a space
	columnGap  = 2.5  // a gap wider than this starts another line (a column)
	lineSpread = 1.6  // lines further apart than this start another block
	sizeChange = 0.1  // a line whose size differs more than this starts another block
)

// textLine is runs on one baseline, joined into text.
type textLine struct {
	x0, end, y, size float64
	text             strings.Builder
}

// layoutLines joins runs, in the order the page draws them, into lines:
// a run continues the line when it sits on the same baseline just right of
// it; a wide gap or a jump back starts another line, so that columns are
// not interleaved. Gaps between runs wider than a space become spaces.
func layoutLines(runs []pdfRun) []*textLine {
	var lines []*textLine
	var cur *textLine
	for _, r := range runs {
		if strings.TrimSpace(r.text) == "" && cur != nil && sameLine(cur, r) {
			cur.end = math.Max(cur.end, r.end)
			addSpace(cur)
			continue
		}
		if cur == nil || !sameLine(cur, r) {
			cur = &textLine{x0: r.x, end: r.x, y: r.y, size: r.size}
			lines = append(lines, cur)
		}
		if r.x-cur.end > wordGap*math.Max(r.size, cur.size) {
			addSpace(cur)
		}
		cur.text.WriteString(r.text)
		cur.end = math.Max(r.end, r.x)
		cur.size = math.Max(cur.size, r.size)
	}
	return lines
}

// sameLine reports whether run r continues line l.
func sameLine(l *textLine, r pdfRun) bool {
	size := math.Max(1, math.Max(l.size, r.size))
	return math.Abs(r.y-l.y) < 0.5*size &&
		r.x > l.end-0.5*size && r.x-l.end < columnGap*size
}

// addSpace ends the line's text with one space.
func addSpace(l *textLine) {
	s := l.text.String()
	if s != "" && !strings.HasSuffix(s, " ") {
		l.text.WriteByte(' ')
	}
}

// pdfBlock is lines that read as one paragraph.
type pdfBlock struct {
	lines      []*textLine
	x0, end    float64
	size, last float64 // font size, baseline of the last line
}

// openBlocks is how many of the latest blocks a line may continue: more
// than one, so that columns drawn line by line across the page (left line,
// right line, left line...) still come out one column after the other.
const openBlocks = 8

// layoutBlocks gathers lines into blocks: a line joins one of the latest
// blocks when it is just below it, overlaps it horizontally and has about
// the same font size; else it starts a block.
func layoutBlocks(lines []*textLine) []*pdfBlock {
	var out []*pdfBlock
	for _, l := range lines {
		if prose.Collapse(l.text.String()) == "" {
			continue
		}
		var into *pdfBlock
		for i := len(out) - 1; i >= 0 && i >= len(out)-openBlocks; i-- {
			if joins(out[i], l) {
				into = out[i]
				break
			}
		}
		if into == nil {
			out = append(out, &pdfBlock{lines: []*textLine{l}, x0: l.x0, end: l.end, size: l.size, last: l.y})
			continue
		}
		into.lines = append(into.lines, l)
		into.x0, into.end, into.last = math.Min(into.x0, l.x0), math.Max(into.end, l.end), l.y
	}
	return out
}

// joins reports whether line l continues block b: it is just below the
// block's last line, overlaps it, has about its size, and that last line
// does not end a paragraph.
func joins(b *pdfBlock, l *textLine) bool {
	dy := b.last - l.y
	return dy > 0 && dy <= lineSpread*b.size && !endsParagraph(b) &&
		math.Abs(l.size-b.size) <= sizeChange*b.size &&
		l.x0 < b.end && l.end > b.x0
}

// text returns the block's lines joined by spaces; a line ending in a hyphen
// after a letter or digit joins the next without one ("14-" + "day").
func (b *pdfBlock) text() string {
	var sb strings.Builder
	for i, l := range b.lines {
		s := prose.Collapse(l.text.String())
		if i > 0 && !hyphenEnd(sb.String()) {
			sb.WriteByte(' ')
		}
		sb.WriteString(s)
	}
	return sb.String()
}

// hyphenEnd reports whether s ends in a hyphen right after a letter or digit.
func hyphenEnd(s string) bool {
	r := []rune(s)
	n := len(r)
	return n >= 2 && r[n-1] == '-' && (unicode.IsLetter(r[n-2]) || unicode.IsDigit(r[n-2]))
}

// shortLine is how much of a block's width a line ending in a full stop
// may fill and still be taken to end its paragraph.
const shortLine = 0.7

// endsParagraph reports whether the block's last line ends a paragraph:
// it ends a sentence well short of the block's widest line.
func endsParagraph(b *pdfBlock) bool {
	last := b.lines[len(b.lines)-1]
	s := strings.TrimSpace(last.text.String())
	if s == "" || !strings.ContainsRune(".!?:", rune(s[len(s)-1])) {
		return false
	}
	return last.end-last.x0 < shortLine*(b.end-b.x0)
}
