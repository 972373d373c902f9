package pdf

import (
	"bytes"
	"fmt"
	"strconv"
)

// maxPDFObjects is the largest object number a PDF may use (PDF 1.7,
// Annex C): the PDF library sizes its cross-reference table for the largest
// one a file declares, so a file of a few bytes could make it allocate
// gigabytes.
const maxPDFObjects = 8_388_607

// pdfGuard is what a scan of a PDF's raw bytes learns before the PDF
// library opens it: which object stream extends which (in file order), and
// the largest object number a cross-reference section declares.
type pdfGuard struct {
	extends map[int]int
	order   []int
	maxObj  int64
}

// checkPDF refuses a PDF that would make the PDF library loop or allocate
// without bound: object streams that extend each other in a loop (the
// library follows /Extends without end when it looks for an object that is
// not there) and cross-reference sections that declare more objects than
// PDF allows. The bytes are tokenized as PDF is (names with # escapes,
// numbers with leading zeros, dictionaries of any length, strings and
// comments skipped, stream data skipped), so no spelling of a key or a
// reference evades it.
func checkPDF(data []byte) error {
	g := scanPDF(data)
	if g.maxObj > maxPDFObjects {
		return fmt.Errorf("corrupt PDF: its cross-reference section declares object %d, beyond the %d objects PDF allows", g.maxObj, maxPDFObjects)
	}
	return g.checkLoops()
}

// checkLoops returns an error naming the first object stream of a loop met
// from the streams in file order, so the same file always gets the same
// message; every stream is followed once.
func (g *pdfGuard) checkLoops() error {
	const (
		onPath = 1 // on the chain being followed
		done   = 2 // followed already: it leads to no loop
	)
	state := make(map[int]int, len(g.extends))
	for _, start := range g.order {
		var path []int
		cur := start
		for state[cur] == 0 {
			next, ok := g.extends[cur]
			if !ok {
				break
			}
			state[cur] = onPath
			path = append(path, cur)
			cur = next
		}
		if state[cur] == onPath {
			return fmt.Errorf("corrupt PDF: object stream %d extends itself through a loop", cur)
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return nil
}

// pdfTok is one token of a PDF: a name (decoded, without the slash), a
// number, a keyword or a delimiter.
type pdfTok struct {
	kind byte // 'n' name, 'i' integer, 'k' keyword or other, 'd' delimiter
	text []byte
	num  int64
}

// scanPDF tokenizes data, noting object streams' /Extends and the object
// numbers that cross-reference sections declare.
func scanPDF(data []byte) *pdfGuard {
	g := &pdfGuard{extends: map[int]int{}}
	lx := pdfLexer{data: data}
	var prev [3]pdfTok // the last three tokens, latest last
	obj := -1          // the object being read
	for {
		t, ok := lx.next()
		if !ok {
			return g
		}
		switch {
		case t.kind == 'k' && string(t.text) == "obj" && prev[1].kind == 'i' && prev[2].kind == 'i':
			obj = int(min(prev[1].num, maxPDFObjects+1))
		case t.kind == 'k' && string(t.text) == "endobj":
			obj = -1
		case t.kind == 'k' && string(t.text) == "stream":
			lx.skipStream()
		case t.kind == 'k' && string(t.text) == "xref":
			g.maxObj = max(g.maxObj, lx.xrefTable())
		case t.kind == 'k' && string(t.text) == "R" && prev[0].kind == 'n' && string(prev[0].text) == "Extends" &&
			prev[1].kind == 'i' && prev[2].kind == 'i' && obj >= 0:
			if _, dup := g.extends[obj]; !dup {
				g.order = append(g.order, obj)
			}
			g.extends[obj] = int(min(prev[1].num, maxPDFObjects+1))
		case t.kind == 'i' && prev[2].kind == 'n' && string(prev[2].text) == "Size":
			g.maxObj = max(g.maxObj, t.num-1)
		case t.kind == 'd' && t.text[0] == '[' && prev[2].kind == 'n' && string(prev[2].text) == "Index":
			g.maxObj = max(g.maxObj, lx.indexArray())
		}
		prev[0], prev[1], prev[2] = prev[1], prev[2], t
	}
}

// pdfLexer reads PDF tokens from data.
type pdfLexer struct {
	data []byte
	pos  int
}

func pdfSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func pdfDelim(c byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
}

// next returns the next token, skipping white space, comments and strings.
func (lx *pdfLexer) next() (pdfTok, bool) {
	d := lx.data
	for lx.pos < len(d) {
		c := d[lx.pos]
		switch {
		case pdfSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(d) && d[lx.pos] != '\n' && d[lx.pos] != '\r' {
				lx.pos++
			}
		case c == '(':
			lx.skipString()
		case c == '<' && lx.pos+1 < len(d) && d[lx.pos+1] != '<':
			if i := bytes.IndexByte(d[lx.pos:], '>'); i >= 0 {
				lx.pos += i + 1
			} else {
				lx.pos = len(d)
			}
		case c == '/':
			lx.pos++
			return pdfTok{kind: 'n', text: pdfName(lx.word())}, true
		case pdfDelim(c):
			n := 1
			if (c == '<' || c == '>') && lx.pos+1 < len(d) && d[lx.pos+1] == c {
				n = 2
			}
			lx.pos += n
			return pdfTok{kind: 'd', text: d[lx.pos-n : lx.pos]}, true
		default:
			w := lx.word()
			if n, err := strconv.ParseInt(string(w), 10, 64); err == nil {
				return pdfTok{kind: 'i', text: w, num: n}, true
			}
			return pdfTok{kind: 'k', text: w}, true
		}
	}
	return pdfTok{}, false
}

// word reads regular characters.
func (lx *pdfLexer) word() []byte {
	start := lx.pos
	for lx.pos < len(lx.data) && !pdfSpace(lx.data[lx.pos]) && !pdfDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	return lx.data[start:lx.pos]
}

// skipString skips a literal string: balanced parentheses, backslash escapes.
func (lx *pdfLexer) skipString() {
	depth := 0
	for ; lx.pos < len(lx.data); lx.pos++ {
		switch lx.data[lx.pos] {
		case '\\':
			lx.pos++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				lx.pos++
				return
			}
		}
	}
}

// skipStream skips stream data, to the keyword endstream.
func (lx *pdfLexer) skipStream() {
	if i := bytes.Index(lx.data[lx.pos:], []byte("endstream")); i >= 0 {
		lx.pos += i + len("endstream")
	} else {
		lx.pos = len(lx.data)
	}
}

// xrefTable reads a cross-reference table's subsections after the keyword
// xref and returns the largest object number they declare.
func (lx *pdfLexer) xrefTable() int64 {
	var most int64
	for {
		save := lx.pos
		start, ok1 := lx.next()
		count, ok2 := lx.next()
		if !ok1 || !ok2 || start.kind != 'i' || count.kind != 'i' {
			lx.pos = save
			return most
		}
		if start.num < 0 || count.num < 0 || start.num > maxPDFObjects || count.num > maxPDFObjects {
			return max(start.num, count.num, maxPDFObjects+1)
		}
		most = max(most, start.num+count.num-1)
		for range count.num * 3 { // offset, generation, n or f
			if _, ok := lx.next(); !ok {
				return most
			}
		}
	}
}

// indexArray reads an xref stream's /Index array, pairs of first object
// and count, and returns the largest object number it declares.
func (lx *pdfLexer) indexArray() int64 {
	var most int64
	var nums []int64
	for {
		t, ok := lx.next()
		if !ok || t.kind != 'i' {
			break
		}
		nums = append(nums, t.num)
	}
	for i := 0; i+1 < len(nums); i += 2 {
		if nums[i] > maxPDFObjects || nums[i+1] > maxPDFObjects {
			return maxPDFObjects + 1
		}
		most = max(most, nums[i]+nums[i+1]-1)
	}
	return most
}

// pdfName decodes the #xx escapes of a name.
func pdfName(w []byte) []byte {
	if bytes.IndexByte(w, '#') < 0 {
		return w
	}
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] == '#' && i+2 < len(w) {
			if v, err := strconv.ParseUint(string(w[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, w[i])
	}
	return out
}
