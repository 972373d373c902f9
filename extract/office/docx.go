package office

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// DOCX extracts a Word document: body paragraphs in order (tracked
// deletions left out, insertions kept), headings by paragraph style as
// Heading blocks that become the Context of what follows, list items,
// tables cell by cell with their headers, text boxes once, then headers and
// footers once each. Location.Line is the 1-based paragraph number;
// Location.Page counts the page breaks Word rendered
// (w:lastRenderedPageBreak) or, in a document that has none, the explicit
// page breaks, so it is exact for Word-saved files and a lower bound otherwise.
func DOCX(ctx context.Context, source string, data []byte) (*extract.Text, error) {
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
	r := &docxReader{ctx: ctx, styles: styles, page: 1, loc: extract.Location{Source: source}}
	r.rendered = len(body.find("lastRenderedPageBreak")) > 0
	if err := r.container(body); err != nil {
		return nil, err
	}
	t := &extract.Text{Blocks: r.blocks, Pages: r.page, Title: r.title}
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
	loc      extract.Location
	headings []docxHeading
	title    string
	blocks   []extract.Block
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
	return eachKid(r.ctx, n, func(k *xnode) error {
		switch k.Local {
		case "p":
			return r.paragraph(k)
		case "tbl":
			r.table(k)
		case "sdt":
			return r.container(k.child("sdtContent"))
		case "customXml", "ins", "moveTo":
			return r.container(k)
		case "AlternateContent":
			return r.container(k.child("Choice"))
		}
		return nil
	})
}

// paragraph reads one w:p into a block, then the text boxes anchored in it.
func (r *docxReader) paragraph(p *xnode) error {
	run := r.runs(p)
	if text := prose.Collapse(run.b.String()); text != "" {
		r.emit(p, text, extract.Location{Source: r.loc.Source, Line: r.line, Page: run.start()})
	}
	for _, box := range run.boxes {
		if err := r.container(box); err != nil {
			return err
		}
	}
	return nil
}

// runs reads the runs of paragraph p, counting it as the next line and
// the page breaks before and in it.
func (r *docxReader) runs(p *xnode) *docxRun {
	r.line++
	if !r.rendered && p.path("pPr", "pageBreakBefore") != nil {
		r.page++
	}
	run := &docxRun{rendered: r.rendered, page: r.page}
	run.walk(p)
	r.page = run.page
	return run
}

// emit adds the block of a paragraph, by its style a heading, the title, a
// list item or body text.
func (r *docxReader) emit(p *xnode, text string, loc extract.Location) {
	b := extract.Block{Kind: extract.Paragraph, Text: text, Location: loc}
	st := r.styles[p.path("pPr", "pStyle").attr("val")]
	if lvl, err := strconv.Atoi(p.path("pPr", "outlineLvl").attr("val")); err == nil && lvl < 9 {
		st.level = lvl + 1
	}
	switch {
	case st.title:
		b.Kind = extract.Title
		r.title, r.headings = text, nil
	case st.level > 0:
		b.Kind, b.Level = extract.Heading, st.level
		for len(r.headings) > 0 && r.headings[len(r.headings)-1].level >= st.level {
			r.headings = r.headings[:len(r.headings)-1]
		}
	case p.path("pPr", "numPr") != nil:
		b.Kind = extract.ListItem
		ilvl, _ := strconv.Atoi(p.path("pPr", "numPr", "ilvl").attr("val"))
		b.Level = ilvl + 1
	}
	b.Context = r.context()
	if b.Kind == extract.Heading {
		r.headings = append(r.headings, docxHeading{level: st.level, text: text})
	}
	r.blocks = append(r.blocks, b)
}

// table reads a w:tbl into one Cell block per non-empty cell, located at
// the cell's first paragraph and the page its text begins on.
func (r *docxReader) table(tbl *xnode) {
	var rows [][]string
	var where [][]extract.Location
	for _, tr := range tbl.children("tr") {
		var row []string
		var at []extract.Location
		for _, tc := range tr.children("tc") {
			text, loc := r.cell(tc)
			row, at = append(row, text), append(at, loc)
			span, _ := strconv.Atoi(tc.path("tcPr", "gridSpan").attr("val"))
			for i := 1; i < span && i < 64; i++ {
				row, at = append(row, ""), append(at, extract.Location{})
			}
		}
		rows, where = append(rows, row), append(where, at)
	}
	r.blocks = append(r.blocks, officeTableBlocks(rows, r.context(), func(row, col int) extract.Location {
		return where[row][col]
	})...)
}

// cell reads the paragraphs of a table cell and returns its text and
// where it stands: its first paragraph, and the page its text begins on.
func (r *docxReader) cell(tc *xnode) (string, extract.Location) {
	loc := extract.Location{Source: r.loc.Source, Line: r.line + 1}
	var b strings.Builder
	for _, p := range tc.find("p") {
		run := r.runs(p)
		if loc.Page == 0 && run.first != 0 {
			loc.Page = run.first
		}
		b.WriteByte(' ')
		b.WriteString(run.b.String())
	}
	if loc.Page == 0 {
		loc.Page = r.page
	}
	return prose.Collapse(b.String()), loc
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
