package extract

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
)

// DOCX extracts a Word document: body paragraphs in order (tracked
// deletions left out, insertions kept), headings by paragraph style as
// Heading blocks that become the Context of what follows, list items,
// tables cell by cell with their headers, text boxes once, then headers and
// footers once each. Location.Line is the 1-based paragraph number;
// Location.Page counts the page breaks Word rendered
// (w:lastRenderedPageBreak) or, in a document that has none, the explicit
// page breaks, so it is exact for Word-saved files and a lower bound otherwise.
func DOCX(ctx context.Context, source string, data []byte) (*Text, error) {
	pkg, err := openZip(data, "DOCX")
	if err != nil {
		return nil, err
	}
	const doc = "word/document.xml"
	root, err := pkg.readXML(doc)
	if err != nil {
		return nil, fmt.Errorf("not a Word document: %w", err)
	}
	styles, err := docxStyles(pkg)
	if err != nil {
		return nil, err
	}
	body := root.child("body")
	r := &docxReader{ctx: ctx, styles: styles, page: 1, loc: Location{Source: source}}
	r.rendered = len(body.find("lastRenderedPageBreak")) > 0
	if err := r.container(body); err != nil {
		return nil, err
	}
	t := &Text{Blocks: r.blocks, Pages: r.page, Title: r.title}
	if err := r.headersFooters(pkg, doc); err != nil {
		return nil, err
	}
	t.Blocks = r.blocks
	if title := coreTitle(pkg); title != "" {
		t.Title = title
	}
	return t, nil
}

// docxReader walks a document body, keeping the page, the paragraph number
// and the headings above the current paragraph.
type docxReader struct {
	ctx      context.Context
	styles   map[string]docxStyle
	rendered bool // count w:lastRenderedPageBreak, not explicit breaks
	page     int
	line     int
	loc      Location
	headings []docxHeading
	title    string
	blocks   []Block
}

// docxHeading is one heading above the current paragraph.
type docxHeading struct {
	level int
	text  string
}

// context returns the texts of the headings above, outermost first.
func (r *docxReader) context() []string {
	var out []string
	for _, h := range r.headings {
		out = append(out, h.text)
	}
	return out
}

// container reads the block-level content of a body, cell, text box,
// header or footer.
func (r *docxReader) container(n *xnode) error {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		var err error
		switch k.Local {
		case "p":
			err = r.paragraph(k)
		case "tbl":
			r.table(k)
		case "sdt":
			err = r.container(k.child("sdtContent"))
		case "customXml", "ins", "moveTo":
			err = r.container(k)
		case "AlternateContent":
			err = r.container(k.child("Choice"))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// paragraph reads one w:p into a block, then the text boxes anchored in it.
func (r *docxReader) paragraph(p *xnode) error {
	r.line++
	if !r.rendered && p.path("pPr", "pageBreakBefore") != nil {
		r.page++
	}
	run := &docxRun{rendered: r.rendered, page: r.page}
	run.walk(p)
	r.page = run.page
	text := squash(run.b.String())
	if text != "" {
		r.emit(p, text, Location{Source: r.loc.Source, Line: r.line, Page: run.start()})
	}
	for _, box := range run.boxes {
		if err := r.container(box); err != nil {
			return err
		}
	}
	return nil
}

// emit adds the block of a paragraph, by its style a heading, the title, a
// list item or body text.
func (r *docxReader) emit(p *xnode, text string, loc Location) {
	b := Block{Kind: Paragraph, Text: text, Location: loc}
	st := r.styles[p.path("pPr", "pStyle").attr("val")]
	if lvl, err := strconv.Atoi(p.path("pPr", "outlineLvl").attr("val")); err == nil && lvl < 9 {
		st.level = lvl + 1
	}
	switch {
	case st.title:
		b.Kind = Title
		r.title, r.headings = text, nil
	case st.level > 0:
		b.Kind, b.Level = Heading, st.level
		for len(r.headings) > 0 && r.headings[len(r.headings)-1].level >= st.level {
			r.headings = r.headings[:len(r.headings)-1]
		}
	case p.path("pPr", "numPr") != nil:
		b.Kind = ListItem
		ilvl, _ := strconv.Atoi(p.path("pPr", "numPr", "ilvl").attr("val"))
		b.Level = ilvl + 1
	}
	b.Context = r.context()
	if b.Kind == Heading {
		r.headings = append(r.headings, docxHeading{level: st.level, text: text})
	}
	r.blocks = append(r.blocks, b)
}

// table reads a w:tbl into one Cell block per non-empty cell, located at
// the cell's first paragraph.
func (r *docxReader) table(tbl *xnode) {
	var rows [][]string
	var lines [][]int
	for _, tr := range tbl.children("tr") {
		var row []string
		var at []int
		for _, tc := range tr.children("tc") {
			var text string
			at = append(at, r.line+1)
			for _, p := range tc.find("p") {
				r.line++
				run := &docxRun{rendered: r.rendered, page: r.page}
				run.walk(p)
				text += " " + run.b.String()
			}
			row = append(row, squash(text))
			span, _ := strconv.Atoi(tc.path("tcPr", "gridSpan").attr("val"))
			for i := 1; i < span && i < 64; i++ {
				row, at = append(row, ""), append(at, 0)
			}
		}
		rows, lines = append(rows, row), append(lines, at)
	}
	loc := Location{Source: r.loc.Source, Page: r.page}
	r.blocks = append(r.blocks, officeTableBlocks(rows, r.context(), func(row, col int) Location {
		l := loc
		l.Line = lines[row][col]
		return l
	})...)
}

// headersFooters reads each header part once, then each footer part, in
// part-name order.
func (r *docxReader) headersFooters(pkg *zipPackage, doc string) error {
	rels, err := pkg.rels(doc)
	if err != nil {
		return err
	}
	var names []string
	for _, kind := range []string{"header", "footer"} {
		var these []string
		for _, rel := range relsOfType(rels, kind) {
			if !slices.Contains(these, rel.Target) {
				these = append(these, rel.Target)
			}
		}
		sort.Strings(these)
		names = append(names, these...)
	}
	for _, name := range names {
		root, err := pkg.readXML(name)
		if err != nil {
			return err
		}
		hf := &docxReader{ctx: r.ctx, styles: r.styles, page: 0, loc: r.loc}
		hf.rendered = true // breaks in a header move nothing
		if err := hf.container(root); err != nil {
			return err
		}
		for _, b := range hf.blocks {
			b.Location.Line, b.Location.Page = 0, 0
			r.blocks = append(r.blocks, b)
		}
	}
	return nil
}
