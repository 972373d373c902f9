package office

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract/internal/prose"
)

// openODF opens an OpenDocument package and parses its content.xml,
// refusing password-protected documents (whose content.xml is encrypted).
func openODF(data []byte, kind string) (*zipPackage, *xnode, error) {
	pkg, err := openZip(data, kind)
	if err != nil {
		return nil, nil, err
	}
	if pkg.has("META-INF/manifest.xml") {
		m, err := pkg.readFile("META-INF/manifest.xml")
		if err != nil {
			return nil, nil, err
		}
		if bytes.Contains(m, []byte("encryption-data")) {
			return nil, nil, fmt.Errorf("encrypted %s: cannot read without a password", kind)
		}
	}
	root, err := pkg.readXML("content.xml")
	if err != nil {
		return nil, nil, fmt.Errorf("not an OpenDocument file: %w", err)
	}
	return pkg, root, nil
}

// odfTitle returns the dc:title of meta.xml, if any.
func odfTitle(pkg *zipPackage) string {
	if !pkg.has("meta.xml") {
		return ""
	}
	root, err := pkg.readXML("meta.xml")
	if err != nil {
		return ""
	}
	return prose.Collapse(root.path("meta", "title").textContent())
}

// odfInline returns the text of an ODF paragraph or heading: spans and
// links read through, text:s, text:tab and text:line-break as spaces, notes
// and annotations left out. The text boxes of frames anchored in it are
// returned apart, to be read after it.
func odfInline(p *xnode) (string, []*xnode) {
	var b strings.Builder
	var boxes []*xnode
	var walk func(*xnode)
	walk = func(n *xnode) {
		for _, k := range n.Kids {
			switch k.Local {
			case textNode:
				b.WriteString(k.Text)
			case "s", "tab", "line-break":
				b.WriteByte(' ')
			case "text-box":
				boxes = append(boxes, k)
			case "note", "annotation", "annotation-end", "bookmark-ref", "tracked-changes":
			default: // span, a, frame, ruby-base, meta, ...
				walk(k)
			}
		}
	}
	walk(p)
	return prose.Collapse(b.String()), boxes
}

// emuPer is how many EMU make one of each length unit ODF writes.
var emuPer = map[string]float64{"cm": 360000, "mm": 36000, "in": 914400, "inch": 914400, "pt": 12700, "pc": 152400, "px": 9525}

// odfLength converts an ODF length ("2.5cm") to EMU, so that ODP shapes
// sort like PPTX ones; ok is false when it cannot be read.
func odfLength(s string) (float64, bool) {
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != '-' })
	if i <= 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s[:i], 64)
	per, known := emuPer[s[i:]]
	if err != nil || !known {
		return 0, false
	}
	return v * per, true
}
