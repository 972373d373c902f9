package extract

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// lineIndex turns byte offsets of a source into 1-based line and column
// (in runes). It remembers the last answer so that offsets asked in
// increasing order on one long line cost what the distance between them
// costs, not the whole line each time.
type lineIndex struct {
	src    []byte
	starts []int // byte offset where each line begins
	// the last answer
	off, line, col int
}

// newLineIndex indexes the lines of src.
func newLineIndex(src []byte) *lineIndex {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i := bytes.IndexByte(src, '\n'); i >= 0; {
		starts = append(starts, i+1)
		next := bytes.IndexByte(src[i+1:], '\n')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return &lineIndex{src: src, starts: starts}
}

// lines returns how many lines the source has.
func (x *lineIndex) lines() int { return len(x.starts) }

// pos returns the line and column of byte offset off.
func (x *lineIndex) pos(off int) (line, col int) {
	off = max(0, min(off, len(x.src)))
	line = sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
	start := x.starts[line-1]
	if x.line == line && x.off <= off && x.off >= start {
		col = x.col + utf8.RuneCount(x.src[x.off:off])
	} else {
		col = 1 + utf8.RuneCount(x.src[start:off])
	}
	x.off, x.line, x.col = off, line, col
	return line, col
}
