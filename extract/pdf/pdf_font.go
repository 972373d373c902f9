package pdf

import (
	"github.com/ledongthuc/pdf"
)

// pdfFont decodes the strings of one font and measures their width.
type pdfFont struct {
	enc      pdf.TextEncoding
	twoByte  bool            // a Type0 (CID) font: two bytes per glyph
	widths   map[int]float64 // glyph widths in thousandths of the font size
	defWidth float64
}

// pdfScope is the resources of one content stream and the fonts decoded from
// them, each once.
type pdfScope struct {
	res   pdf.Value
	fonts map[string]*pdfFont
}

// font returns the decoder of the font resource with the given name.
func (s *pdfScope) font(name string) *pdfFont {
	if f, ok := s.fonts[name]; ok {
		return f
	}
	f := newPDFFont(s.res.Key("Font").Key(name))
	s.fonts[name] = f
	return f
}

// newPDFFont reads the encoding and widths of a font dictionary: Widths
// from FirstChar for simple fonts, W and DW of the descendant for Type0.
func newPDFFont(v pdf.Value) *pdfFont {
	lib := pdf.Font{V: v}
	f := &pdfFont{enc: lib.Encoder(), widths: map[int]float64{}}
	if v.Key("Subtype").Name() != "Type0" {
		first := int(v.Key("FirstChar").Int64())
		w := v.Key("Widths")
		for i := 0; i < w.Len() && i < 65536; i++ {
			f.widths[first+i] = w.Index(i).Float64()
		}
		return f
	}
	f.twoByte = true
	d := v.Key("DescendantFonts").Index(0)
	f.defWidth = 1000
	if dw := d.Key("DW"); !dw.IsNull() {
		f.defWidth = dw.Float64()
	}
	w := d.Key("W")
	for i := 0; i+1 < w.Len() && i < 200000; {
		start := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && j < 65536; j++ {
				f.widths[start+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		end, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c := start; c <= end && c-start < 65536; c++ {
			f.widths[c] = width
		}
		i += 3
	}
	return f
}

// decode returns the text of a raw string, its width in thousandths of the
// font size, and how many single-byte spaces (which word spacing widens) it has.
func (f *pdfFont) decode(raw string) (text string, width float64, spaces int) {
	text = raw
	if f.enc != nil {
		text = f.enc.Decode(raw)
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(raw); i += step {
		code := int(raw[i])
		if step == 2 {
			code = code<<8 | int(raw[i+1])
		} else if code == ' ' {
			spaces++
		}
		w, ok := f.widths[code]
		if !ok {
			w = f.defWidth
		}
		width += w
	}
	return text, width, spaces
}
