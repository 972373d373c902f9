package rules

import (
	"fmt"
	"reflect"
	"testing"
	"unsafe"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// TestIndexRecordsRoundTrip checks that an entry and a held finding come
// back from the index's records as they went in, every field.
func TestIndexRecordsRoundTrip(t *testing.T) {
	var ix Index
	loc := extract.Location{Source: "deck.pptx", Line: 3, Column: 7, Page: 2, Slide: 4, Selector: "p:nth-of-type(2)", Part: extract.PartNotes}
	entries := []Entry{
		{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Annual: true, Structured: true, Channel: "sales",
			Value: "21|21|USD|month|vehicle", Display: "$21 per vehicle per month", Text: "$21/vehicle", Excerpt: "Fleet: $21/vehicle.", Location: loc},
		{Kind: analyze.MessageMention, Subject: "eu-data", Value: "eu-data"}, // empty strings and zero places
	}
	for i := range entries {
		ix.add(&entries[i])
	}
	if ix.Len() != len(entries) {
		t.Fatalf("Len = %d, want %d", ix.Len(), len(entries))
	}
	for i, want := range entries {
		if got := ix.Entry(i); got != want {
			t.Errorf("Entry(%d) = %+v, want %+v", i, got, want)
		}
	}
	if got := ix.Entries(); !reflect.DeepEqual(got, entries) {
		t.Errorf("Entries() = %+v, want %+v", got, entries)
	}
	f := Finding{Rule: "price-mismatch", Severity: Error, Message: "m", Channel: "sales", Subject: "routeplanner/fleet",
		Expected: "$18", Found: "$21", Excerpt: "e", Location: loc, Related: []extract.Location{{Source: "a.md", Line: 1}},
		Fix: "$18", value: "21|21|USD|month|vehicle"}
	h := ix.hold(&f)
	if got := ix.finding(&h); !reflect.DeepEqual(got, f) {
		t.Errorf("held finding = %+v, want %+v", got, f)
	}
	for _, related := range [][]extract.Location{nil, {}} { // none, and an empty list: JSON null and []
		g := f
		g.Related = related
		h := ix.hold(&g)
		if got := ix.finding(&h); !reflect.DeepEqual(got, g) {
			t.Errorf("held finding with related %#v = %+v, want %+v", related, got, g)
		}
	}
	sub := ix.where(func(e *Entry) bool { return e.Kind == analyze.MessageMention })
	if sub.Len() != 1 || sub.Entry(0) != entries[1] {
		t.Errorf("where kept %d entries (%+v), want the message", sub.Len(), sub.Entries())
	}
}

// TestIndexGrowsWithDistinctStrings checks what a place costs: pages
// stating the same wrong value add a small record each and only the
// strings they do not share (their source), never another copy of the
// value, excerpt or message.
func TestIndexGrowsWithDistinctStrings(t *testing.T) {
	c := checker(t, exampleStory())
	d, _ := wrongFleetPrice("site/0.html")
	c.Document(d)
	before := len(c.index.strs)
	const pages = 200
	for i := 1; i < pages; i++ {
		d, _ := wrongFleetPrice(fmt.Sprintf("site/%d.html", i))
		c.Document(d)
	}
	if got := len(c.index.strs) - before; got != pages-1 {
		t.Errorf("%d more pages added %d strings to the index, want %d (one source each)", pages-1, got, pages-1)
	}
	if c.index.Len() != pages || c.held.len() != pages {
		t.Errorf("the index holds %d entries and %d wrong values, want %d of each", c.index.Len(), c.held.len(), pages)
	}
	if n := unsafe.Sizeof(record{}); n > 72 {
		t.Errorf("an index record is %d bytes, want at most 72", n)
	}
	if n := unsafe.Sizeof(heldFinding{}); n > 80 {
		t.Errorf("a held finding is %d bytes, want at most 80", n)
	}
	fs := only(c.Corpus(), "price-mismatch")
	if len(fs) != 1 || len(fs[0].Related) != pages-1 {
		t.Fatalf("got %d price-mismatch findings, want one with %d related places", len(fs), pages-1)
	}
}

// TestIndexKeepsEveryField fills every field of an Entry and of a Finding
// with a value of its own and checks that the index's records give each
// back: a field added to Entry or Finding that the records do not carry
// fails here, rather than reading back empty in the corpus rules.
func TestIndexKeepsEveryField(t *testing.T) {
	var ix Index
	var e Entry
	fillFields(reflect.ValueOf(&e).Elem(), "e")
	ix.add(&e)
	if got := ix.Entry(0); !reflect.DeepEqual(got, e) {
		t.Errorf("the index gives back %+v, want %+v", got, e)
	}
	var f Finding
	fillFields(reflect.ValueOf(&f).Elem(), "f")
	f.Related = []extract.Location{{Source: "r"}}
	h := ix.hold(&f)
	if got := ix.finding(&h); !reflect.DeepEqual(got, f) {
		t.Errorf("the held finding gives back %+v, want %+v", got, f)
	}
}

// fillFields sets every string, bool and int field of v, nested structs
// included, to a value naming the field.
func fillFields(v reflect.Value, name string) {
	for i := range v.NumField() {
		fv, n := v.Field(i), name+"."+v.Type().Field(i).Name
		if !fv.CanSet() {
			fv = reflect.NewAt(fv.Type(), unsafe.Pointer(fv.UnsafeAddr())).Elem() // unexported: Finding.value
		}
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(n)
		case reflect.Bool:
			fv.SetBool(true)
		case reflect.Int, reflect.Int32, reflect.Int64:
			fv.SetInt(int64(len(n) + i))
		case reflect.Struct:
			fillFields(fv, n)
		}
	}
}
