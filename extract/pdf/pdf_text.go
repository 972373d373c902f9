package pdf

import (
	"github.com/ledongthuc/pdf"
)

// text applies the text operators of a content stream.
func (in *pdfInterp) text(g *textState, sc *pdfScope, op string, args []pdf.Value) {
	switch op {
	case "cm":
		if v, ok := pdfNums(args, 6); ok {
			g.ctm = pdfMatrix(v).mul(g.ctm)
		}
	case "BT":
		g.tm, g.tlm = identityMatrix, identityMatrix
	case "Tc", "Tw", "Tz", "TL", "Ts":
		if v, ok := pdfNums(args, 1); ok {
			in.setParam(g, op, v[0])
		}
	case "Tf":
		if len(args) == 2 {
			g.font = sc.font(args[0].Name())
			g.tfs = args[1].Float64()
		}
	case "Td", "TD":
		if v, ok := pdfNums(args, 2); ok {
			if op == "TD" {
				g.tl = -v[1]
			}
			g.tlm = pdfMatrix{1, 0, 0, 1, v[0], v[1]}.mul(g.tlm)
			g.tm = g.tlm
		}
	case "Tm":
		if v, ok := pdfNums(args, 6); ok {
			g.tm, g.tlm = pdfMatrix(v), pdfMatrix(v)
		}
	case "T*":
		g.tlm = pdfMatrix{1, 0, 0, 1, 0, -g.tl}.mul(g.tlm)
		g.tm = g.tlm
	case "Tj", "'", "\"":
		in.showOp(g, op, args)
	case "TJ":
		if len(args) == 1 {
			in.showArray(g, args[0])
		}
	}
}

// setParam sets one numeric text-state parameter.
func (in *pdfInterp) setParam(g *textState, op string, v float64) {
	switch op {
	case "Tc":
		g.tc = v
	case "Tw":
		g.tw = v
	case "Tz":
		g.th = v / 100
	case "TL":
		g.tl = v
	case "Ts":
		g.rise = v
	}
}

// showOp applies Tj, ' and ".
func (in *pdfInterp) showOp(g *textState, op string, args []pdf.Value) {
	if op == "\"" && len(args) == 3 {
		g.tw, g.tc = args[0].Float64(), args[1].Float64()
		args = args[2:]
	}
	if len(args) != 1 {
		return
	}
	if op != "Tj" {
		g.tlm = pdfMatrix{1, 0, 0, 1, 0, -g.tl}.mul(g.tlm)
		g.tm = g.tlm
	}
	in.show(g, args[0].RawString())
}

// showArray applies TJ: strings shown, numbers moving the pen back by
// thousandths of the font size.
func (in *pdfInterp) showArray(g *textState, a pdf.Value) {
	for i := 0; i < a.Len(); i++ {
		v := a.Index(i)
		if v.Kind() == pdf.String {
			in.show(g, v.RawString())
			continue
		}
		tx := -v.Float64() / 1000 * g.tfs * g.th
		g.tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(g.tm)
	}
}
