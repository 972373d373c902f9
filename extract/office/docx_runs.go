package office

import "strings"

// docxRun gathers the text of one paragraph: runs joined as written, tabs
// and breaks read as spaces, deletions and field codes left out, and the
// text boxes found on the way set aside to be read after the paragraph.
type docxRun struct {
	b        strings.Builder
	rendered bool // count rendered page breaks, not explicit ones
	page     int  // the page so far
	first    int  // the page where the first text fell; 0 = none yet
	boxes    []*xnode
}

// start returns the page the paragraph's text begins on.
func (d *docxRun) start() int {
	if d.first == 0 {
		return d.page
	}
	return d.first
}

// text appends text, noting the page of the paragraph's first text.
func (d *docxRun) text(s string) {
	if d.first == 0 && strings.TrimSpace(s) != "" {
		d.first = d.page
	}
	d.b.WriteString(s)
}

// walk reads the inline content of n.
func (d *docxRun) walk(n *xnode) {
	for _, k := range n.Kids {
		switch k.Local {
		case "t":
			d.text(k.Text)
		case "tab", "cr":
			d.text(" ")
		case "noBreakHyphen":
			d.text("-")
		case "br":
			if !d.rendered && k.attr("type") == "page" {
				d.page++
			}
			d.text(" ")
		case "lastRenderedPageBreak":
			if d.rendered {
				d.page++
			}
		case "txbxContent":
			d.boxes = append(d.boxes, k)
		case "Fallback":
			if k.Space != mcNS {
				d.walk(k)
			}
		case "del", "moveFrom", "delText", "instrText", "pPr", "rPr", "footnoteReference", "commentReference":
		default: // r, ins, moveTo, hyperlink, smartTag, fldSimple, sdt, drawing, pict, Choice, ...
			d.walk(k)
		}
	}
}
