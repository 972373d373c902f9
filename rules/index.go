package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/format"
)

// Entry is the compact record of one mention that corpus rules read. The
// index holds entries, never whole documents.
type Entry struct {
	Kind    analyze.Kind
	Subject string
	Annual  bool // a price attributed to the plan's annual price
	// Structured marks a price read from the page's JSON-LD or microdata.
	Structured bool
	Channel    string
	Value      string // normalised value; two entries agree when their Values are equal
	Display    string // the value as a person reads it: "$18 per vehicle per month"
	Text       string // as written in the source
	Excerpt    string // the sentence, cut to a few hundred bytes
	Location   extract.Location
	// Listing is where a listing entry (Kind analyze.ListingMention) was
	// read: a card, the product's own page or its structured data; Name
	// is the product's name as the page writes it (listing.go).
	Listing extract.ProductKind `json:",omitempty"`
	Name    string              `json:",omitempty"`
}

// DocInfo is what the index keeps of a document.
type DocInfo struct {
	Source, Channel string
	Format          format.Format
	Err             string // set when the document was unreadable
}

// Index is what the corpus rules see: every document, and every mention
// they read as an Entry (Len, Entry).
//
// The index grows with every place a value is stated, so it keeps each
// place small: a record of string ids and small ints (record), each
// distinct string — a subject, a value, a source, a sentence that a
// hundred pages repeat — held once (strs). A record is 68 bytes where an
// Entry is 200 with its string headers; the strings themselves grow with
// the distinct mentions of the corpus, not with its pages.
type Index struct {
	Docs []DocInfo
	strs []string          // by id; id 0 is ""
	ids  map[string]uint32 // id by string
	recs blocks[record]
	// related holds the related locations of held findings that have
	// them (heldFinding.related); index 0 is nil.
	related [][]extract.Location
}

// record is one Entry with its strings as ids in the index's table.
type record struct {
	kind, subject, channel, value, display, text, excerpt uint32
	listing, name                                         uint32 // of a listing entry
	at                                                    spot
	annual, structured                                    bool
}

// spot is a Location with its strings as ids in the index's table.
type spot struct {
	source, selector, part    uint32
	line, column, page, slide int32
}

// Len is the number of entries in the index.
func (ix *Index) Len() int { return ix.recs.len() }

// Entry returns the i-th entry; its strings are the index's copies.
func (ix *Index) Entry(i int) Entry { return ix.entry(ix.recs.at(i)) }

// Kind returns the kind of the i-th entry, without making the Entry: a
// rule that reads one kind of entry skips the others for the cost of a
// lookup.
func (ix *Index) Kind(i int) analyze.Kind { return analyze.Kind(ix.strs[ix.recs.at(i).kind]) }

// entry returns the Entry that r records.
func (ix *Index) entry(r *record) Entry {
	s := ix.strs
	return Entry{
		Kind: analyze.Kind(s[r.kind]), Subject: s[r.subject], Annual: r.annual, Structured: r.structured,
		Channel: s[r.channel], Value: s[r.value], Display: s[r.display], Text: s[r.text], Excerpt: s[r.excerpt],
		Location: ix.location(r.at), Listing: extract.ProductKind(s[r.listing]), Name: s[r.name],
	}
}

// location returns the Location that p records.
func (ix *Index) location(p spot) extract.Location {
	s := ix.strs
	return extract.Location{Source: s[p.source], Line: int(p.line), Column: int(p.column),
		Page: int(p.page), Slide: int(p.slide), Selector: s[p.selector], Part: s[p.part]}
}

// spot returns the record of l, adding its strings to the table.
func (ix *Index) spot(l extract.Location) spot {
	return spot{source: ix.id(l.Source), selector: ix.id(l.Selector), part: ix.id(l.Part),
		line: int32(l.Line), column: int32(l.Column), page: int32(l.Page), slide: int32(l.Slide)}
}

// Entries returns a copy of every entry, in the index's order.
func (ix *Index) Entries() []Entry {
	out := make([]Entry, 0, ix.recs.len())
	for r := range ix.recs.all {
		out = append(out, ix.entry(r))
	}
	return out
}

// add appends e to the index. It keeps e's strings as they are: the
// caller passes strings that hold no document's text (strtab).
func (ix *Index) add(e *Entry) {
	ix.recs.add(record{
		kind: ix.id(string(e.Kind)), subject: ix.id(e.Subject), channel: ix.id(e.Channel),
		value: ix.id(e.Value), display: ix.id(e.Display), text: ix.id(e.Text), excerpt: ix.id(e.Excerpt),
		listing: ix.id(string(e.Listing)), name: ix.id(e.Name),
		at: ix.spot(e.Location), annual: e.Annual, structured: e.Structured,
	})
}

// id returns the id of s in the index's table, adding s when it is new.
func (ix *Index) id(s string) uint32 {
	if s == "" {
		return 0
	}
	if id, ok := ix.ids[s]; ok {
		return id
	}
	if ix.strs == nil {
		ix.strs, ix.ids = []string{""}, map[string]uint32{}
	}
	id := uint32(len(ix.strs))
	ix.strs = append(ix.strs, s)
	ix.ids[s] = id
	return id
}

// where returns an index of the same documents with the entries keep
// accepts; it shares this index's strings, so neither may grow after.
func (ix *Index) where(keep func(e *Entry) bool) *Index {
	out := &Index{Docs: ix.Docs, strs: ix.strs, ids: ix.ids, related: ix.related}
	for r := range ix.recs.all {
		if e := ix.entry(r); keep(&e) {
			out.recs.add(*r)
		}
	}
	return out
}
