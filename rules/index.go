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

// Index is what the corpus rules see: every document's mentions as Entries.
type Index struct {
	Docs    []DocInfo
	Entries []Entry
}
