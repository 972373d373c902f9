package extract

import (
	"context"
	"fmt"
	"github.com/onestory/onestory/format"
	"strconv"
	"strings"

	"github.com/onestory/onestory/internal/words"
)

// Location says where a piece of text stands in its source.
type Location struct {
	Source   string `json:"source"`   // path relative to the working directory, or URL
	Line     int    `json:"line"`     // 1-based line in the source file where known
	Column   int    `json:"column"`   // 1-based column (in runes) where known
	Page     int    `json:"page"`     // 1-based PDF page (or DOCX page where known); 0 = not applicable
	Slide    int    `json:"slide"`    // 1-based PPTX/ODP slide; 0 = not applicable
	Selector string `json:"selector"` // CSS path of the HTML element, where known
	// Part names a part of a slide that is not shown to an audience:
	// PartNotes (speaker notes), PartHidden (a hidden slide), or both,
	// "speaker notes, hidden slide". Empty for what a slide shows.
	Part string `json:"part,omitempty"`
}

// The parts of a slide a Location may name (Location.Part).
const (
	PartNotes  = "speaker notes"
	PartHidden = "hidden slide"
)

// String returns the location as a person reads it: "path:12:5",
// "deck.pptx slide 4" or "brochure.pdf page 2".
func (l Location) String() string {
	var b strings.Builder
	b.WriteString(l.Source)
	switch {
	case l.Slide > 0:
		b.WriteString(" slide " + strconv.Itoa(l.Slide))
	case l.Page > 0:
		b.WriteString(" page " + strconv.Itoa(l.Page))
	}
	if l.Line > 0 {
		if l.Slide > 0 || l.Page > 0 {
			b.WriteString(" line " + strconv.Itoa(l.Line))
		} else {
			fmt.Fprintf(&b, ":%d", l.Line)
			if l.Column > 0 {
				fmt.Fprintf(&b, ":%d", l.Column)
			}
		}
	}
	return b.String()
}

// BlockKind tells what part of a document a Block is.
type BlockKind string

// The kinds of block.
const (
	Heading   BlockKind = "heading"
	Paragraph BlockKind = "paragraph"
	ListItem  BlockKind = "list-item"
	Cell      BlockKind = "cell"  // a table cell; Context holds its row and column headers
	Title     BlockKind = "title" // a slide or page title, or the HTML <title>
	Notes     BlockKind = "notes" // speaker notes
	Caption   BlockKind = "caption"
	// Meta is page metadata a reader sees outside the body: the HTML meta
	// description that search results and link previews show.
	Meta BlockKind = "meta"
)

// Segment maps a run of a block's text back to its source: Text[Offset:]
// begins at Line:Column in the source.
type Segment struct {
	Offset       int
	Line, Column int
}

// Block is one unit of prose: a heading, a paragraph, a list item, a cell.
type Block struct {
	Kind     BlockKind
	Level    int      // heading level 1–6, list depth; 0 otherwise
	Text     string   // whitespace collapsed to single spaces
	Location Location // where Text begins
	// Context names what the block belongs to, outermost first: the headings
	// above it, a table's column and row headers, a list's parent item, a
	// slide's title. Subject attribution reads it.
	Context  []string
	Segments []Segment // maps offsets in Text to source lines; may be empty
	// Hidden marks a block of a hidden slide (PPTX show="0", ODP hidden
	// page): it ships in the file but is not shown when presenting.
	Hidden bool
}

// At returns the location of byte offset off in b.Text, using b.Segments to
// find the source line and column where they are known.
func (b *Block) At(off int) Location {
	loc := b.Location
	seg := Segment{Offset: 0, Line: loc.Line, Column: loc.Column}
	for _, s := range b.Segments {
		if s.Offset > off {
			break
		}
		seg = s
	}
	if seg.Line == 0 {
		return loc
	}
	loc.Line = seg.Line
	loc.Column = seg.Column
	if off > seg.Offset && off <= len(b.Text) {
		loc.Column += words.RuneCount(b.Text[seg.Offset:off])
	}
	return loc
}

// StructuredPrice is a price a page states in machine-readable form:
// JSON-LD or microdata Offer / AggregateOffer.
type StructuredPrice struct {
	Product    string // the Product's name, where given
	Price      string // price or lowPrice as written
	HighPrice  string // AggregateOffer highPrice, where given
	Currency   string // priceCurrency
	ValidUntil string // priceValidUntil
	Location   Location
}

// DirectiveKind is one of the inline suppression comments.
type DirectiveKind string

// The suppression comments: <!-- onestory-disable RULE... -->,
// <!-- onestory-enable RULE... --> and <!-- onestory-disable-next-line RULE... -->.
// With no rule named, they apply to every rule.
const (
	Disable         DirectiveKind = "disable"
	Enable          DirectiveKind = "enable"
	DisableNextLine DirectiveKind = "disable-next-line"
)

// Directive is an inline suppression comment found in a source.
type Directive struct {
	Kind  DirectiveKind
	Rules []string // empty: all rules
	Line  int      // the comment's (last) line
	Slide int      // for slide notes, where a collateral format carries them
	Page  int
}

// Text is what extraction makes of one document.
type Text struct {
	Source      string
	Format      format.Format
	Title       string
	Blocks      []Block
	Prices      []StructuredPrice
	Products    []Product // the products an HTML page presents with their prices (product.go)
	Directives  []Directive
	FrontMatter map[string]any // Markdown front matter, read but not checked as prose
	Pages       int            // pages or slides, for collateral
	// Warnings are problems in a document that is still read: malformed
	// JSON-LD, front matter that is not valid YAML or TOML.
	Warnings []Warning
}

// Warning is a problem found in part of a document that extraction read
// past; the rest of the document is still extracted.
type Warning struct {
	Message  string
	Location Location
}

// Func extracts one format.
type Func func(ctx context.Context, source string, data []byte) (*Text, error)
