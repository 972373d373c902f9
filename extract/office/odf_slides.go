package office

import (
	"context"
	"math"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// ODP extracts an OpenDocument presentation as PPTX does: pages
// (draw:page) in order as slides, the title frame first as a Title block,
// then the other shapes top to bottom and left to right, tables cell by
// cell, then the speaker notes; blocks of hidden pages are marked Hidden.
func ODP(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	pkg, root, err := openODF(data, "ODP")
	if err != nil {
		return nil, err
	}
	hidden := odpHiddenStyles(root)
	pages := root.path("body", "presentation").children("page")
	t := &extract.Text{Pages: len(pages), Title: odfTitle(pkg)}
	for i, page := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		loc := extract.Location{Source: source, Slide: i + 1}
		shapes := odpShapes(page)
		sortShapes(shapes)
		title := slideTitle(shapes)
		var blocks []extract.Block
		if title != "" {
			blocks = append(blocks, extract.Block{Kind: extract.Title, Text: title, Location: loc})
		}
		for _, s := range shapes {
			if !s.title {
				blocks = append(blocks, s.blocks(title, loc)...)
			}
		}
		for _, s := range odpShapes(page.child("notes")) {
			for _, p := range s.paras {
				nl := loc
				nl.Part = extract.PartNotes
				blocks = append(blocks, extract.Block{Kind: extract.Notes, Text: p, Location: nl, Context: prose.TitleContext(title)})
			}
		}
		for j := range blocks {
			if blocks[j].Hidden = hidden[page.attr("style-name")]; blocks[j].Hidden {
				prose.Hide(&blocks[j].Location)
			}
		}
		blocks, dirs := notesDirectives(blocks)
		t.Blocks, t.Directives = append(t.Blocks, blocks...), append(t.Directives, dirs...)
	}
	return t, nil
}

// odpHiddenStyles returns the names of the drawing-page styles that hide a page.
func odpHiddenStyles(root *xnode) map[string]bool {
	out := map[string]bool{}
	for _, s := range root.path("automatic-styles").children("style") {
		if s.child("drawing-page-properties").attr("visibility") == "hidden" {
			out[s.attr("name")] = true
		}
	}
	return out
}

// odpShapes returns the text-bearing shapes of n: frames with a text box or
// a table, custom shapes and other drawn shapes with text, groups flattened
// (ODF positions are absolute, so groups need no transform). The slide
// number, header, footer and date-time frames and the notes page's slide
// image are left out.
func odpShapes(n *xnode) []slideShape {
	var out []slideShape
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		switch k.Local {
		case "g":
			out = append(out, odpShapes(k)...)
			continue
		case textNode, "notes", "forms", "animations":
			continue
		}
		switch k.attr("class") {
		case "page-number", "header", "footer", "date-time", "page":
			continue
		}
		s := slideShape{pos: odpPos(k), title: k.attr("class") == "title"}
		if tbl := k.child("table"); tbl != nil {
			s.table = odfRows(tbl, &odfPlace{}) // a slide has no lines or pages
		}
		body := k
		if box := k.child("text-box"); box != nil {
			body = box
		}
		for _, p := range body.find("p") {
			if text, _ := odfInline(p); text != "" && s.table == nil {
				s.paras = append(s.paras, text)
			}
		}
		if len(s.paras) > 0 || s.table != nil {
			out = append(out, s)
		}
	}
	return out
}

// odpPos returns a shape's svg:x and svg:y in EMU; shapes without them
// sort last.
func odpPos(k *xnode) emuPoint {
	x, okX := odfLength(k.attr("x"))
	y, okY := odfLength(k.attr("y"))
	if !okX || !okY {
		return emuPoint{x: math.MaxFloat64, y: math.MaxFloat64}
	}
	return emuPoint{x: x, y: y}
}
