package office

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// affine maps one axis of a group's child coordinates to slide coordinates.
type affine struct{ a, b float64 }

// xform maps shape offsets inside nested groups to slide coordinates (EMU).
type xform struct{ x, y affine }

// identityXform is the transform of the slide's own shape tree.
var identityXform = xform{x: affine{a: 1}, y: affine{a: 1}}

// apply maps the point (x, y) through the transform.
func (t xform) apply(x, y float64) (float64, float64) {
	return t.x.a*x + t.x.b, t.y.a*y + t.y.b
}

// group returns the transform for the children of a group shape whose
// grpSpPr/xfrm maps child extents (chOff, chExt) onto its own (off, ext).
func (t xform) group(xf *xnode) xform {
	axis := func(parent affine, off, ext, chOff, chExt float64) affine {
		k := 1.0
		if chExt != 0 {
			k = ext / chExt
		}
		return affine{a: parent.a * k, b: parent.a*(off-chOff*k) + parent.b}
	}
	if xf == nil {
		return t
	}
	f := func(el, a string) float64 { v, _ := strconv.ParseFloat(xf.path(el).attr(a), 64); return v }
	return xform{
		x: axis(t.x, f("off", "x"), f("ext", "cx"), f("chOff", "x"), f("chExt", "cx")),
		y: axis(t.y, f("off", "y"), f("ext", "cy"), f("chOff", "y"), f("chExt", "cy")),
	}
}

// emuPoint is a position on a slide in EMU.
type emuPoint struct{ x, y float64 }

// slideShape is one text-bearing shape of a slide.
type slideShape struct {
	pos   emuPoint
	title bool
	paras []string   // paragraphs of a text shape
	table [][]string // rows of cells of a table
}

// text returns the shape's paragraphs joined by spaces.
func (s slideShape) text() string { return prose.Collapse(strings.Join(s.paras, " ")) }

// pptxShapes returns the text-bearing shapes of a shape tree, groups
// flattened, in document order.
func pptxShapes(tree *xnode, t xform, layout map[string]emuPoint) []slideShape {
	var out []slideShape
	if tree == nil {
		return nil
	}
	for _, k := range tree.Kids {
		switch k.Local {
		case "sp":
			if s, ok := textShape(k, t, layout); ok {
				out = append(out, s)
			}
		case "grpSp":
			out = append(out, pptxShapes(k, t.group(k.path("grpSpPr", "xfrm")), layout)...)
		case "graphicFrame":
			if tbl := k.path("graphic", "graphicData", "tbl"); tbl != nil {
				out = append(out, slideShape{pos: offset(k.child("xfrm"), t, emuPoint{}), table: drawingTable(tbl)})
			}
		case "AlternateContent":
			out = append(out, pptxShapes(k.child("Choice"), t, layout)...)
		}
	}
	return out
}

// textShape reads one p:sp: its position (its own, else its placeholder's
// on the layout or master) and its paragraphs.
func textShape(sp *xnode, t xform, layout map[string]emuPoint) (slideShape, bool) {
	var s slideShape
	for _, p := range sp.path("txBody").children("p") {
		if text := drawingParagraph(p); text != "" {
			s.paras = append(s.paras, text)
		}
	}
	if len(s.paras) == 0 {
		return s, false
	}
	ph := sp.path("nvSpPr", "nvPr", "ph")
	typ := ph.attrOr("type", "body")
	if typ == "sldNum" || typ == "dt" {
		return s, false // the slide number and date say nothing
	}
	s.title = ph != nil && (typ == "title" || typ == "ctrTitle")
	fallback := emuPoint{x: math.MaxFloat64, y: math.MaxFloat64}
	if ph != nil {
		if p, ok := layout["idx:"+ph.attr("idx")]; ok && ph.attr("idx") != "" {
			fallback = p
		} else if p, ok := layout["type:"+typ]; ok {
			fallback = p
		}
	}
	s.pos = offset(sp.path("spPr", "xfrm"), t, fallback)
	return s, true
}

// attrOr returns the attribute's value, or def when n is nil or lacks it.
func (n *xnode) attrOr(local, def string) string {
	if n == nil {
		return def
	}
	if v := n.attr(local); v != "" {
		return v
	}
	return def
}

// offset returns the slide position of an a:xfrm's a:off, or def without one.
func offset(xf *xnode, t xform, def emuPoint) emuPoint {
	off := xf.child("off")
	if off == nil {
		return def
	}
	x, errX := strconv.ParseFloat(off.attr("x"), 64)
	y, errY := strconv.ParseFloat(off.attr("y"), 64)
	if errX != nil || errY != nil {
		return def
	}
	px, py := t.apply(x, y)
	return emuPoint{px, py}
}

// rowBand is how far apart (in EMU, a quarter inch) two shapes' tops may be
// and still count as one row, read left to right.
const rowBand = 228600

// sortShapes orders shapes top to bottom, and left to right within a row.
func sortShapes(s []slideShape) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].pos.y < s[j].pos.y })
	for start := 0; start < len(s); {
		end := start + 1
		for end < len(s) && s[end].pos.y-s[start].pos.y < rowBand {
			end++
		}
		row := s[start:end]
		sort.SliceStable(row, func(i, j int) bool { return row[i].pos.x < row[j].pos.x })
		start = end
	}
}

// drawingParagraph returns the text of an a:p: runs and fields joined as
// written, a line break read as a space.
func drawingParagraph(p *xnode) string {
	var b strings.Builder
	for _, k := range p.Kids {
		switch k.Local {
		case "r", "fld":
			b.WriteString(k.child("t").textContent())
		case "br":
			b.WriteByte(' ')
		}
	}
	return prose.Collapse(b.String())
}

// drawingTable returns the cell texts of an a:tbl, skipping the cells that
// merged cells cover.
func drawingTable(tbl *xnode) [][]string {
	var rows [][]string
	for _, tr := range tbl.children("tr") {
		var row []string
		for _, tc := range tr.children("tc") {
			if tc.attr("hMerge") == "1" || tc.attr("vMerge") == "1" {
				row = append(row, "")
				continue
			}
			var paras []string
			for _, p := range tc.path("txBody").children("p") {
				paras = append(paras, drawingParagraph(p))
			}
			row = append(row, prose.Collapse(strings.Join(paras, " ")))
		}
		rows = append(rows, row)
	}
	return rows
}

// blocks returns a shape's blocks: a paragraph each, or a cell each.
func (s slideShape) blocks(title string, loc extract.Location) []extract.Block {
	var out []extract.Block
	for _, p := range s.paras {
		out = append(out, extract.Block{Kind: extract.Paragraph, Text: p, Location: loc, Context: prose.TitleContext(title)})
	}
	return append(out, officeTableBlocks(s.table, prose.TitleContext(title), fixedAt(loc))...)
}

// officeTableBlocks returns one Cell block per non-empty cell, its Context the
// given outer context then the column header (first row) and row header
// (first column), its Location at(row, column).
func officeTableBlocks(rows [][]string, outer []string, at func(r, c int) extract.Location) []extract.Block {
	var out []extract.Block
	for r, row := range rows {
		for c, cell := range row {
			if cell == "" {
				continue
			}
			ctx := append([]string(nil), outer...)
			if r > 0 && c < len(rows[0]) {
				ctx = prose.TitleContext("", append(ctx, rows[0][c])...)
			}
			if r > 0 && c > 0 {
				ctx = prose.TitleContext("", append(ctx, row[0])...)
			}
			out = append(out, extract.Block{Kind: extract.Cell, Text: cell, Location: at(r, c), Context: ctx})
		}
	}
	return out
}

// pptxLayoutPositions returns where the slide's layout (and its master)
// place each placeholder, keyed "idx:N" and "type:T", for placeholders that
// the slide places without a position of its own.
func pptxLayoutPositions(pkg *zipPackage, rels []relationship) map[string]emuPoint {
	out := map[string]emuPoint{}
	for depth := 0; depth < 2; depth++ {
		kind := "slideLayout"
		if depth == 1 {
			kind = "slideMaster"
		}
		ls := relsOfType(rels, kind)
		if len(ls) == 0 {
			break
		}
		root, err := pkg.readXML(ls[0].Target)
		if err != nil {
			break
		}
		for _, sp := range root.path("cSld", "spTree").find("sp") {
			ph := sp.path("nvSpPr", "nvPr", "ph")
			off := sp.path("spPr", "xfrm", "off")
			if ph == nil || off == nil {
				continue
			}
			p := offset(sp.path("spPr", "xfrm"), identityXform, emuPoint{})
			keys := []string{"type:" + ph.attrOr("type", "body")}
			if idx := ph.attr("idx"); idx != "" {
				keys = append(keys, "idx:"+idx)
			}
			for _, k := range keys {
				if _, seen := out[k]; !seen {
					out[k] = p
				}
			}
		}
		if rels, err = pkg.rels(ls[0].Target); err != nil {
			break
		}
	}
	return out
}

// fixedAt locates every cell of a table at loc.
func fixedAt(loc extract.Location) func(r, c int) extract.Location {
	return func(int, int) extract.Location { return loc }
}
