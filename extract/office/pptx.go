package office

import (
	"context"
	"fmt"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// PPTX extracts a PowerPoint deck. Slides come in presentation order (the
// sldIdLst of ppt/presentation.xml), numbered from 1 in Location.Slide; on
// each slide the title comes first as a Title block, then the other shapes
// top to bottom and left to right, one block per paragraph and per table
// cell, then the speaker notes as Notes blocks. Every block's Context starts
// with the slide title; the deck's Title is the first slide's title, else
// the document property. Hidden slides are read, their blocks marked Hidden.
// A notes paragraph that is a suppression comment ("onestory-disable
// price-mismatch") becomes a Directive of its slide, not a block.
func PPTX(ctx context.Context, source string, data []byte) (*extract.Text, error) {
	pkg, err := openZip(data, "PPTX")
	if err != nil {
		return nil, err
	}
	slides, err := pptxSlideParts(pkg)
	if err != nil {
		return nil, err
	}
	t := &extract.Text{Pages: len(slides)}
	layouts := map[string]map[string]emuPoint{}
	for i, part := range slides {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		blocks, err := pptxSlide(pkg, part, i+1, layouts)
		if err != nil {
			return nil, fmt.Errorf("slide %d: %w", i+1, err)
		}
		for j := range blocks {
			blocks[j].Location.Source = source
		}
		if t.Title == "" && len(blocks) > 0 && blocks[0].Kind == extract.Title {
			t.Title = blocks[0].Text
		}
		blocks, dirs := notesDirectives(blocks)
		t.Blocks, t.Directives = append(t.Blocks, blocks...), append(t.Directives, dirs...)
	}
	if t.Title == "" {
		t.Title = coreTitle(pkg) // often only "PowerPoint Presentation"
	}
	return t, nil
}

// pptxSlideParts returns the slide parts in presentation order.
func pptxSlideParts(pkg *zipPackage) ([]string, error) {
	const pres = "ppt/presentation.xml"
	root, err := pkg.readXML(pres)
	if err != nil {
		return nil, fmt.Errorf("not a PowerPoint deck: %w", err)
	}
	rels, err := pkg.rels(pres)
	if err != nil {
		return nil, err
	}
	var parts []string
	for _, id := range root.path("sldIdLst").children("sldId") {
		rel, ok := relByID(rels, id.relID())
		if !ok || !pkg.has(rel.Target) {
			return nil, fmt.Errorf("corrupt PPTX: slide %q listed in presentation.xml is missing", id.relID())
		}
		parts = append(parts, rel.Target)
	}
	return parts, nil
}

// pptxSlide returns the blocks of one slide: title, shapes, notes. layouts
// caches the placeholder positions of each slide layout already read.
func pptxSlide(pkg *zipPackage, part string, num int, layouts map[string]map[string]emuPoint) ([]extract.Block, error) {
	root, err := pkg.readXML(part)
	if err != nil {
		return nil, err
	}
	rels, err := pkg.rels(part)
	if err != nil {
		return nil, err
	}
	shapes := pptxShapes(root.path("cSld", "spTree"), identityXform, slideLayout(pkg, rels, layouts))
	sortShapes(shapes)
	title := slideTitle(shapes)
	var blocks []extract.Block
	loc := extract.Location{Slide: num}
	if title != "" {
		blocks = append(blocks, extract.Block{Kind: extract.Title, Text: title, Location: loc})
	}
	for _, s := range shapes {
		if !s.title {
			blocks = append(blocks, s.blocks(title, loc)...)
		}
	}
	notes, err := pptxNotes(pkg, rels, title, loc)
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, notes...)
	if root.attr("show") == "0" {
		for i := range blocks {
			blocks[i].Hidden = true
			prose.Hide(&blocks[i].Location)
		}
	}
	return blocks, nil
}

// slideLayout returns the placeholder positions of the layout a slide's
// relationships name, reading it only the first time; nil when none.
func slideLayout(pkg *zipPackage, rels []relationship, layouts map[string]map[string]emuPoint) map[string]emuPoint {
	ls := relsOfType(rels, "slideLayout")
	if len(ls) == 0 {
		return nil
	}
	layout, ok := layouts[ls[0].Target]
	if !ok {
		layout = pptxLayoutPositions(pkg, rels)
		layouts[ls[0].Target] = layout
	}
	return layout
}

// pptxNotes returns the speaker notes of a slide: the paragraphs of the
// notes page's body placeholder and other text shapes, not those of its
// slide-number, header, footer or date placeholders.
func pptxNotes(pkg *zipPackage, rels []relationship, title string, loc extract.Location) ([]extract.Block, error) {
	var out []extract.Block
	loc.Part = extract.PartNotes
	for _, rel := range relsOfType(rels, "notesSlide") {
		root, err := pkg.readXML(rel.Target)
		if err != nil {
			return nil, err
		}
		for _, sp := range root.path("cSld", "spTree").find("sp") {
			if ph := sp.path("nvSpPr", "nvPr", "ph"); ph != nil && ph.attrOr("type", "body") != "body" {
				continue // the slide image, number, header, footer or date
			}
			for _, p := range sp.path("txBody").children("p") {
				if text := drawingParagraph(p); text != "" {
					out = append(out, extract.Block{Kind: extract.Notes, Text: text, Location: loc, Context: prose.TitleContext(title)})
				}
			}
		}
	}
	return out, nil
}

// coreTitle returns the document title of docProps/core.xml, if any.
func coreTitle(pkg *zipPackage) string {
	if !pkg.has("docProps/core.xml") {
		return ""
	}
	root, err := pkg.readXML("docProps/core.xml")
	if err != nil {
		return ""
	}
	return prose.Collapse(root.child("title").textContent())
}

// maxTitleWords is the most words the topmost shape of a slide without a
// title placeholder may have to be taken as its title.
const maxTitleWords = 12

// slideTitle marks and returns the slide's title: its title placeholder,
// else (decks made of plain text boxes) the topmost shape when it is a
// single short paragraph and not the only shape. "" if neither.
func slideTitle(shapes []slideShape) string {
	for _, s := range shapes {
		if s.title {
			return s.text()
		}
	}
	if len(shapes) < 2 || len(shapes[0].paras) != 1 || shapes[0].table != nil {
		return ""
	}
	if text := shapes[0].text(); len(strings.Fields(text)) <= maxTitleWords {
		shapes[0].title = true
		return text
	}
	return ""
}

// notesDirectives takes the suppression comments out of a slide's speaker
// notes: a notes paragraph "onestory-disable price-mismatch -- reason"
// becomes a Directive of that slide instead of a block.
func notesDirectives(blocks []extract.Block) ([]extract.Block, []extract.Directive) {
	var dirs []extract.Directive
	out := blocks[:0]
	for _, b := range blocks {
		if b.Kind == extract.Notes {
			if d, ok := prose.ParseDirective(b.Text, 0); ok {
				d.Slide = b.Location.Slide
				dirs = append(dirs, d)
				continue
			}
		}
		out = append(out, b)
	}
	return out, dirs
}
