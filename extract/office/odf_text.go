package office

import (
	"context"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// ODT extracts an OpenDocument text: headings (text:h) as Heading blocks
// that become the Context of what follows, paragraphs, list items, tables
// cell by cell with their headers, and text boxes, in document order;
// tracked deletions, notes and annotations are left out. Location.Line is
// the 1-based paragraph number and Location.Page counts the soft page
// breaks LibreOffice records where it laid out the document or, in a
// document without them, the paragraph styles that break the page.
func ODT(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	pkg, root, err := openODF(data, "ODT")
	if err != nil {
		return nil, err
	}
	r := &odtReader{docxReader: docxReader{ctx: ctx, page: 1, loc: extract.Location{Source: source}}}
	r.rendered = len(root.path("body", "text").find("soft-page-break")) > 0
	r.breaks = odfPageBreakStyles(root)
	if err := r.body(root.path("body", "text"), 0); err != nil {
		return nil, err
	}
	return &extract.Text{Blocks: r.blocks, Pages: r.page, Title: firstNonEmpty(odfTitle(pkg), r.title)}, nil
}

// odtReader walks an ODT body; it keeps its place as docxReader does.
type odtReader struct {
	docxReader
	breaks map[string]string // paragraph style name → "before" or "after" a page break
}

// odfPageBreakStyles returns the automatic paragraph styles that break the
// page before or after their paragraph (fo:break-before / fo:break-after).
func odfPageBreakStyles(root *xnode) map[string]string {
	out := map[string]string{}
	for _, st := range root.path("automatic-styles").children("style") {
		pp := st.child("paragraph-properties")
		switch {
		case pp.attr("break-before") == "page":
			out[st.attr("name")] = "before"
		case pp.attr("break-after") == "page":
			out[st.attr("name")] = "after"
		}
	}
	return out
}

// body reads block-level content: paragraphs, headings, lists, tables,
// sections. depth is the list depth.
func (r *odtReader) body(n *xnode, depth int) error {
	return eachKid(r.ctx, n, func(k *xnode) error {
		switch k.Local {
		case "p", "h":
			return r.para(k, depth)
		case "list":
			for _, item := range append(k.children("list-item"), k.children("list-header")...) {
				if err := r.body(item, depth+1); err != nil {
					return err
				}
			}
		case "table":
			r.odtTable(k)
		case "soft-page-break":
			r.page++
		case "section", "index-body", "text-content", "deletion-free":
			return r.body(k, depth)
		}
		return nil
	})
}

// para reads one text:p or text:h into a block, then its text boxes.
func (r *odtReader) para(p *xnode, depth int) error {
	r.line++
	brk := r.breaks[p.attr("style-name")]
	if !r.rendered && brk == "before" {
		r.page++
	}
	if !r.rendered && brk == "after" {
		defer func() { r.page++ }()
	}
	before, after := softBreaks(p)
	r.page += before
	text, boxes := odfInline(p)
	if text != "" {
		r.odtBlock(p, text, depth)
	}
	r.page += after
	for _, box := range boxes {
		if err := r.body(box, depth); err != nil {
			return err
		}
	}
	return nil
}

// odtBlock adds the block of a paragraph or heading: a Heading for text:h,
// the Title for the Title style, a ListItem inside a list.
func (r *odtReader) odtBlock(p *xnode, text string, depth int) {
	b := extract.Block{Kind: extract.Paragraph, Text: text, Location: extract.Location{Source: r.loc.Source, Line: r.line, Page: r.page}}
	switch {
	case p.Local == "h":
		lvl, err := strconv.Atoi(p.attr("outline-level"))
		if err != nil || lvl < 1 {
			lvl = 1
		}
		b.Kind, b.Level = extract.Heading, lvl
		for len(r.headings) > 0 && r.headings[len(r.headings)-1].level >= lvl {
			r.headings = r.headings[:len(r.headings)-1]
		}
	case p.attr("style-name") == "Title":
		b.Kind, r.title, r.headings = extract.Title, text, nil
	case depth > 0:
		b.Kind, b.Level = extract.ListItem, depth
	}
	b.Context = r.context()
	if b.Kind == extract.Heading {
		r.headings = append(r.headings, docxHeading{level: b.Level, text: text})
	}
	r.blocks = append(r.blocks, b)
}

// softBreaks counts the soft page breaks LibreOffice rendered in a
// paragraph before its first text, and after it.
func softBreaks(p *xnode) (before, after int) {
	text := false
	for _, k := range p.Kids {
		switch {
		case k.Local == "soft-page-break" && text:
			after++
		case k.Local == "soft-page-break":
			before++
		case !text && k.Local == textNode:
			text = strings.TrimSpace(k.Text) != ""
		case !text && k.Local != "note" && k.Local != "annotation":
			text = strings.TrimSpace(k.textContent()) != ""
		}
	}
	return before, after
}

// odtTable reads a table:table into Cell blocks, located at the table's
// first paragraph; the lines and soft page breaks in it are counted.
func (r *odtReader) odtTable(tbl *xnode) {
	loc := extract.Location{Source: r.loc.Source, Line: r.line + 1, Page: r.page}
	at := odfPlace{line: r.line, page: r.page}
	rows := odfRows(tbl, &at)
	r.line, r.page = at.line, at.page
	r.blocks = append(r.blocks, officeTableBlocks(rows, r.context(), fixedAt(loc))...)
}

// odfPlace counts paragraphs (lines) and soft page breaks (pages).
type odfPlace struct{ line, page int }

// odfRows returns the cell texts of a table:table, header rows included;
// covered (merged-away) cells are empty. at counts the cells' paragraphs
// and the soft page breaks between rows and in cells.
func odfRows(tbl *xnode, at *odfPlace) [][]string {
	var rows [][]string
	var walk func(*xnode)
	walk = func(n *xnode) {
		for _, k := range n.Kids {
			switch k.Local {
			case "table-header-rows", "table-rows", "table-row-group":
				walk(k)
			case "soft-page-break":
				at.page++
			case "table-row":
				rows = append(rows, odfRow(k, at))
			}
		}
	}
	walk(tbl)
	return rows
}

// odfRow returns the cell texts of a table:table-row.
func odfRow(tr *xnode, at *odfPlace) []string {
	var row []string
	for _, c := range tr.Kids {
		if c.Local != "table-cell" && c.Local != "covered-table-cell" {
			continue
		}
		var b strings.Builder
		for _, p := range c.find("p") {
			at.line++
			before, after := softBreaks(p)
			at.page += before + after
			t, _ := odfInline(p)
			b.WriteByte(' ')
			b.WriteString(t)
		}
		row = append(row, prose.Collapse(b.String()))
	}
	return row
}

// firstNonEmpty returns the first of its arguments that is not "".
func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
