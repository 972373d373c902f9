package html

import (
	"slices"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract/internal/prose"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tableRow is one <tr> of a table and whether it is in <thead>.
type tableRow struct {
	cells []*xhtml.Node
	head  bool
}

// indexTable records, for every cell of table t that is not in its header
// row, the Context it adds: the header of its column, then the first cell
// of its row (the row's header). The header row is the last row of
// <thead>, or else a first row made only of <th>.
func (w *walker) indexTable(t *xhtml.Node) {
	rows := tableRows(t)
	hr := headerRow(rows)
	var cols []string
	if hr >= 0 {
		for _, c := range rows[hr].cells {
			text := cellText(c)
			for range colspan(c) {
				cols = append(cols, text)
			}
		}
	}
	for ri, r := range rows {
		if ri == hr || r.head {
			continue
		}
		col, rowHead := 0, ""
		for ci, c := range r.cells {
			var buf [2]string // a cell adds two headers at most
			ctx := buf[:0]
			if col < len(cols) && cols[col] != "" {
				ctx = append(ctx, cols[col])
			}
			if ci == 0 {
				rowHead = cellText(c)
			} else if rowHead != "" {
				ctx = append(ctx, rowHead)
			}
			if len(ctx) > 0 {
				w.cells[c] = slices.Clone(ctx)
			} else {
				w.cells[c] = nil
			}
			col += colspan(c)
		}
	}
}

// tableRows returns the rows of t itself, not of tables nested in it.
func tableRows(t *xhtml.Node) []tableRow {
	var rows []tableRow
	add := func(tr *xhtml.Node, head bool) {
		r := tableRow{head: head}
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				r.cells = append(r.cells, c)
			}
		}
		rows = append(rows, r)
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			add(c, false)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for tr := c.FirstChild; tr != nil; tr = tr.NextSibling {
				if tr.DataAtom == atom.Tr {
					add(tr, c.DataAtom == atom.Thead)
				}
			}
		}
	}
	return rows
}

// headerRow returns the index of the header row of rows, or -1.
func headerRow(rows []tableRow) int {
	hr := -1
	for i, r := range rows {
		if r.head {
			hr = i
		}
	}
	if hr >= 0 || len(rows) < 2 || len(rows[0].cells) == 0 {
		return hr
	}
	for _, c := range rows[0].cells {
		if c.DataAtom != atom.Th {
			return -1
		}
	}
	return 0
}

// colspan returns the columns a cell spans, between 1 and 100.
func colspan(c *xhtml.Node) int {
	v := attr(c, "colspan")
	if v == "" {
		return 1
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 100)
}

// cellText returns the visible text of a header cell, collapsed.
func cellText(n *xhtml.Node) string {
	var b strings.Builder
	var visit func(*xhtml.Node)
	visit = func(m *xhtml.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == xhtml.TextNode:
				b.WriteString(c.Data)
			case c.Type == xhtml.ElementNode && !skipped(c.DataAtom) && !hasAttr(c, "hidden"):
				if !inline(c.DataAtom) {
					b.WriteByte(' ')
				}
				visit(c)
			}
		}
	}
	visit(n)
	return prose.Collapse(b.String())
}
