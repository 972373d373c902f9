package html

import (
	"bytes"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatDepth is how deep flatten lets elements nest. The parser refuses a
// document whose open elements exceed 512; browsers read it all the same.
const flatDepth = 256

// kept are the tags flatten never leaves out: void elements, which do not
// nest, and raw text elements, whose content would otherwise be read as
// markup or prose.
var kept = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true,
	atom.Xmp: true, atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
	atom.Noscript: true, atom.Plaintext: true,
}

// flatten returns data without the start and end tags nested deeper than
// flatDepth, so that the parser accepts it. Text, comments and every other
// token stay as they are, in order: the tokens the parser sees are those of
// data, and positions found for data hold.
func flatten(data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	depth := 0
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return out.Bytes()
		}
		raw := bytes.Clone(z.Raw())
		if tt == xhtml.StartTagToken || tt == xhtml.EndTagToken {
			name, _ := z.TagName()
			if !kept[atom.Lookup(name)] {
				if tt == xhtml.StartTagToken {
					depth++
				}
				deep := depth > flatDepth
				if tt == xhtml.EndTagToken && depth > 0 {
					depth--
				}
				if deep {
					continue
				}
			}
		}
		out.Write(raw)
	}
}
