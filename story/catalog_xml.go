package story

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// readXML reads a Merchant Center feed: RSS 2.0 (<item>) or Atom
// (<entry>), with the product's fields as child elements, in the g:
// namespace or not (<g:price>, <title>, <link> or Atom's <link href>).
// Each field is read from the element the mapping names, or else from
// the element named as the field is.
func (r *catalogReader) readXML(in io.Reader) {
	dec := xml.NewDecoder(in)
	dec.Entity = xml.HTMLEntity
	names := map[string]string{} // element name → field
	for _, field := range catalogFields {
		name := field
		if m, ok := r.spec.Columns[field]; ok {
			name = m
		}
		names[strings.ToLower(strings.TrimPrefix(name, "g:"))] = field
	}
	items := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.xmlError(dec, err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "item" || se.Name.Local == "entry") {
			line, _ := dec.InputPos()
			w, err := r.xmlItem(dec, names, line)
			if err != nil {
				r.xmlError(dec, err)
				return
			}
			items++
			r.add(w)
		}
	}
	if items == 0 {
		r.fail(0, 0, "", "no <item> or <entry> in the feed; a Merchant Center feed lists one product in each")
	}
}

// xmlItem reads the fields of one <item> or <entry> up to its end tag;
// elements nested deeper (g:shipping) are skipped.
func (r *catalogReader) xmlItem(dec *xml.Decoder, names map[string]string, line int) (row, error) {
	w := row{line: line, cells: map[string]cell{}}
	for {
		tok, err := dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return w, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return w, nil
		case xml.StartElement:
			field, known := names[strings.ToLower(t.Name.Local)]
			var text string
			if err := dec.DecodeElement(&text, &t); err != nil {
				return w, err
			}
			if !known {
				continue
			}
			if field == "link" && text == "" {
				text = attrOf(t, "href")
			}
			if _, dup := w.cells[field]; !dup || strings.TrimSpace(w.cells[field].text) == "" {
				w.cells[field] = cell{text: text}
			}
		}
	}
}

// attrOf returns the value of an element's attribute, or "".
func attrOf(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// xmlError reports an XML error at its line.
func (r *catalogReader) xmlError(dec *xml.Decoder, err error) {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		r.fail(se.Line, 0, "", "invalid XML: %s", se.Msg)
		return
	}
	line, col := dec.InputPos()
	r.fail(line, col, "", "invalid XML: %v", err)
}
