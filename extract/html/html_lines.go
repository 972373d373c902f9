package html

import (
	"bytes"

	"github.com/onestory/onestory/internal/words"
)

// htmlLines turns byte offsets of an HTML source into positions. A line
// ends at "\n", "\r\n" or a lone "\r", as the tokenizer normalises them;
// columns count runes, a carriage return not among them. It remembers
// its last answer, so that offsets asked in increasing order on one long
// line cost the distance between them, not the whole line each time.
// Offsets are token boundaries, which never fall inside "\r\n".
type htmlLines struct {
	src    []byte
	starts []int32 // byte offset where each line begins
	last   int     // the offset of the last answer
	p      srcPos  // the last answer
}

// reset indexes the lines of src, keeping the buffer of x.
func (x *htmlLines) reset(src []byte) {
	x.src, x.starts = src, append(x.starts[:0], 0)
	x.last, x.p = 0, srcPos{1, 1}
	if bytes.IndexByte(src, '\r') >= 0 {
		x.resetCR()
		return
	}
	for off := 0; ; {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return
		}
		off += i + 1
		x.starts = append(x.starts, int32(off))
	}
}

// resetCR is reset for a source holding carriage returns.
func (x *htmlLines) resetCR() {
	src := x.src
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\n':
			x.starts = append(x.starts, int32(i+1))
		case c == '\r' && (i+1 == len(src) || src[i+1] != '\n'):
			x.starts = append(x.starts, int32(i+1))
		}
	}
}

// pos returns the line and column of byte offset off.
func (x *htmlLines) pos(off int) srcPos {
	lo, hi := 0, len(x.starts) // the line is the last start <= off
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(x.starts[mid]) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	start := int(x.starts[lo])
	if x.p.line == lo+1 && x.last <= off {
		x.p.col += words.RuneCountBytes(x.src[x.last:off])
	} else {
		x.p = srcPos{lo + 1, 1 + words.RuneCountBytes(x.src[start:off])}
	}
	x.last = off
	return x.p
}
