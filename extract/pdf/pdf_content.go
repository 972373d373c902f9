package pdf

import (
	"context"
	"fmt"
	"io"
	"math"

	"github.com/ledongthuc/pdf"
)

// The limits on interpreting one PDF: content-stream operators over the
// whole document, how deeply forms may draw forms and how many times on one
// page and in all, the inflated size of one content stream and of all the content
// streams read (a form drawn ten times is read ten times).
const (
	maxPDFOps          = 20_000_000
	maxPDFFormDepth    = 8
	maxPDFPageForms    = 5_000
	maxPDFFormDraws    = 50_000
	maxPDFStreamBytes  = 64 << 20
	maxPDFContentBytes = 512 << 20
)

// pdfMatrix is a PDF transformation matrix [a b c d e f].
type pdfMatrix [6]float64

var identityMatrix = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first, then n.
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m pdfMatrix) emuPoint(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// pdfRun is one string shown on a page: where it starts and ends on the
// baseline, its font size and its text.
type pdfRun struct {
	x, y, end, size float64
	text            string
}

// textState is the part of the PDF graphics and text state that places text.
type textState struct {
	ctm, tm, tlm              pdfMatrix
	tc, tw, th, tl, tfs, rise float64
	font                      *pdfFont
}

// pdfInterp interprets content streams into runs of text.
type pdfInterp struct {
	ctx     context.Context
	ops     int
	forms   int   // forms drawn
	onPage  int   // forms drawn on the page being read
	content int64 // bytes of content streams read, inflated
	runs    []pdfRun
}

// stopError stops an interpretation from inside the library's callback.
type stopError struct{ err error }

// page interprets the content of one page, returning its runs of text.
func (in *pdfInterp) page(p pdfPage) []pdfRun {
	in.runs, in.onPage = nil, 0
	in.stream(p.v.Key("Contents"), p.res, identityMatrix, 0)
	return in.runs
}

// stream interprets one content stream (or array of streams) with the given
// resources, starting from the transformation ctm.
func (in *pdfInterp) stream(strm, res pdf.Value, ctm pdfMatrix, depth int) {
	if strm.IsNull() || depth > maxPDFFormDepth {
		return
	}
	in.measure(strm)
	g := textState{ctm: ctm, tm: identityMatrix, tlm: identityMatrix, th: 1}
	var stack []textState
	sc := &pdfScope{res: res, fonts: map[string]*pdfFont{}}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		if in.ops++; in.ops%10000 == 0 {
			if err := in.ctx.Err(); err != nil {
				panic(stopError{err})
			}
			if in.ops > maxPDFOps {
				panic(stopError{fmt.Errorf("more than %d drawing operations", maxPDFOps)})
			}
		}
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "q":
			if len(stack) < 1000 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "Do":
			if len(args) == 1 {
				in.form(res.Key("XObject").Key(args[0].Name()), g.ctm, depth)
			}
		default:
			in.text(&g, sc, op, args)
		}
	})
}

// measure inflates a content stream (or array of them) once without
// keeping it, to refuse one that would inflate past the limits before the
// library's reader holds it, a string operand at a time, in memory.
func (in *pdfInterp) measure(strm pdf.Value) {
	parts := []pdf.Value{strm}
	if strm.Kind() == pdf.Array {
		parts = parts[:0]
		for i := 0; i < strm.Len(); i++ {
			parts = append(parts, strm.Index(i))
		}
	}
	var n int64
	for _, p := range parts {
		if p.Kind() != pdf.Stream {
			continue
		}
		m, _ := io.Copy(io.Discard, io.LimitReader(p.Reader(), maxPDFStreamBytes+1-n))
		if n += m; n > maxPDFStreamBytes {
			panic(stopError{fmt.Errorf("a content stream inflates to more than %d MB", maxPDFStreamBytes>>20)})
		}
	}
	if in.content += n; in.content > maxPDFContentBytes {
		panic(stopError{fmt.Errorf("its content streams inflate to more than %d MB in all (forms drawn again are read again)", maxPDFContentBytes>>20)})
	}
}

// form interprets a Form XObject drawn with Do.
func (in *pdfInterp) form(x pdf.Value, ctm pdfMatrix, depth int) {
	if x.Key("Subtype").Name() != "Form" {
		return
	}
	if in.onPage++; in.onPage > maxPDFPageForms {
		panic(stopError{fmt.Errorf("a page draws forms more than %d times", maxPDFPageForms)})
	}
	if in.forms++; in.forms > maxPDFFormDraws {
		panic(stopError{fmt.Errorf("it draws forms more than %d times", maxPDFFormDraws)})
	}
	if err := in.ctx.Err(); err != nil {
		panic(stopError{err})
	}
	m := identityMatrix
	if a := x.Key("Matrix"); a.Len() == 6 {
		for i := range m {
			m[i] = a.Index(i).Float64()
		}
	}
	res := x.Key("Resources")
	in.stream(x, res, m.mul(ctm), depth+1)
}

// pdfNums returns the arguments as numbers if there are exactly n of them.
func pdfNums(args []pdf.Value, n int) ([]float64, bool) {
	if len(args) != n {
		return nil, false
	}
	out := make([]float64, n)
	for i, a := range args {
		out[i] = a.Float64()
	}
	return out, true
}

// show draws one string in the current state and advances the text matrix.
func (in *pdfInterp) show(g *textState, raw string) {
	if g.font == nil {
		return
	}
	text, width, spaces := g.font.decode(raw)
	adv := (width/1000*g.tfs + float64(len([]rune(text)))*g.tc + float64(spaces)*g.tw) * g.th
	m := g.tm.mul(g.ctm)
	x, y := m.emuPoint(0, g.rise)
	end, _ := m.emuPoint(adv, g.rise)
	size := g.tfs * math.Hypot(m[2], m[3])
	if text != "" {
		in.runs = append(in.runs, pdfRun{x: x, y: y, end: end, size: size, text: text})
	}
	g.tm = pdfMatrix{1, 0, 0, 1, adv, 0}.mul(g.tm)
}
