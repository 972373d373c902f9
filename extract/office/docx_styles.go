package office

import (
	"strconv"
	"strings"
)

// docxStyle is what a paragraph style means for extraction.
type docxStyle struct {
	level int  // heading level 1–9, 0 for body text
	title bool // the document title style
}

// rawStyle is a paragraph style as styles.xml states it.
type rawStyle struct {
	name, basedOn string // lower-case name, base style id
	outline       int    // 1-based outline level; 0 = none
}

// docxStyles reads word/styles.xml: for each paragraph style id, its heading
// level (its outline level, else a "heading N" name, else its base style's)
// and whether it is the Title style. A missing styles part means no headings.
func docxStyles(pkg *zipPackage) (map[string]docxStyle, error) {
	out := map[string]docxStyle{}
	if !pkg.has("word/styles.xml") {
		return out, nil
	}
	root, err := pkg.readXML("word/styles.xml")
	if err != nil {
		return nil, err
	}
	raws := map[string]rawStyle{}
	for _, s := range root.children("style") {
		if s.attr("type") != "paragraph" {
			continue
		}
		r := rawStyle{name: strings.ToLower(s.child("name").attr("val")), basedOn: s.child("basedOn").attr("val")}
		if lvl, err := strconv.Atoi(s.path("pPr", "outlineLvl").attr("val")); err == nil && lvl < 9 {
			r.outline = lvl + 1
		}
		raws[s.attr("styleId")] = r
	}
	for id := range raws {
		out[id] = resolveStyle(raws, id)
	}
	return out, nil
}

// resolveStyle follows a style's basedOn chain (ten steps at most) to the
// first style that is the title or has a heading level.
func resolveStyle(raws map[string]rawStyle, id string) docxStyle {
	for hops := 0; id != "" && hops < 10; hops++ {
		r, ok := raws[id]
		if !ok {
			break
		}
		if r.name == "title" {
			return docxStyle{title: true}
		}
		if r.outline > 0 {
			return docxStyle{level: r.outline}
		}
		if n, ok := strings.CutPrefix(r.name, "heading "); ok {
			if lvl, err := strconv.Atoi(n); err == nil && lvl >= 1 && lvl <= 9 {
				return docxStyle{level: lvl}
			}
		}
		id = r.basedOn
	}
	return docxStyle{}
}
