package analyze

import "github.com/onestory/onestory/extract"

// locator turns byte offsets in one block's text into source locations,
// as Block.At does. Block.At counts the runes between a segment's start
// and the offset, which for the many mentions of a long paragraph adds up;
// in a block whose text is ASCII a rune is a byte, and the locator skips
// the count.
type locator struct {
	b     *extract.Block
	ascii bool
}

// newLocator returns the locator of block b.
func newLocator(b *extract.Block) locator {
	return locator{b: b, ascii: isASCII(b.Text)}
}

// at returns b.At(off).
func (l locator) at(off int) extract.Location {
	if !l.ascii {
		return l.b.At(off)
	}
	loc := l.b.Location
	seg := extract.Segment{Offset: 0, Line: loc.Line, Column: loc.Column}
	for _, s := range l.b.Segments {
		if s.Offset > off {
			break
		}
		seg = s
	}
	if seg.Line == 0 {
		return loc
	}
	loc.Line, loc.Column = seg.Line, seg.Column
	if off > seg.Offset && off <= len(l.b.Text) {
		loc.Column += off - seg.Offset
	}
	return loc
}
