package rules

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/onestory/onestory/analyze"
)

// within reports whether s's bytes lie in text's memory.
func within(s, text string) bool {
	if s == "" || text == "" {
		return false
	}
	p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= start && p < start+uintptr(len(text))
}

func sameMemory(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }

func TestStrtabKeep(t *testing.T) {
	tab := strtab{}
	page := "Fleet costs $21 per vehicle per month."
	a := tab.keep(page[12:37])
	if a != "$21 per vehicle per month" || within(a, page) {
		t.Fatalf("keep = %q, within the page: %v; want a copy", a, within(a, page))
	}
	other := strings.Repeat("x", 3) + " $21 per vehicle per month"
	if b := tab.keep(other[4:]); !sameMemory(a, b) {
		t.Errorf("an equal string got a second copy")
	}
	if tab.keep("") != "" || len(tab) != 1 {
		t.Errorf("the table holds %d strings, want 1", len(tab))
	}
}

// wrongFleetPrice is a page that states the Fleet plan at $21, with every
// string of its mention cut from the page's text, as extraction does.
func wrongFleetPrice(source string) (d *analyze.Doc, page string) {
	page = "Fleet: $21 per vehicle per month." + strings.Repeat(" ", len(source)) // one allocation per page
	said := page[7:32]
	p := price("21", "USD", "month", "vehicle", said)
	m := at(source, 1, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Text: said, Price: p})
	m.Location.Selector = page[:5]
	d = doc(source, "marketing", []string{page[:33]}, m)
	return d, page
}

// TestKeptStringsLeaveTheDocument checks that what the checker keeps of a
// document (its findings, its index entries) holds none of the document's
// text, and that pages repeating the same mistake share one copy of it.
func TestKeptStringsLeaveTheDocument(t *testing.T) {
	c := checker(t, exampleStory())
	var pages []string
	for _, src := range []string{"site/a.html", "site/b.html"} {
		d, page := wrongFleetPrice(src)
		pages = append(pages, page)
		if fs := only(c.Document(d), "price-mismatch"); len(fs) != 0 {
			t.Fatalf("%s: got %+v from Document, want the price-mismatch kept for Corpus", src, fs)
		}
	}
	fs := only(c.Corpus(), "price-mismatch")
	if len(fs) != 1 || len(fs[0].Related) != 1 {
		t.Fatalf("got %+v, want one price-mismatch with the other page related", fs)
	}
	f := fs[0]
	for _, s := range []string{f.Message, f.Found, f.Excerpt, f.Expected, f.Subject, f.Fix, f.Location.Selector, f.Related[0].Selector} {
		for _, page := range pages {
			if within(s, page) {
				t.Errorf("the finding keeps %q from a page's text", s)
			}
		}
	}
	entries := c.Statements()
	if len(entries) != 2 {
		t.Fatalf("got %d index entries, want 2", len(entries))
	}
	if !sameMemory(entries[0].Display, entries[1].Display) || !sameMemory(f.Found, entries[0].Display) {
		t.Errorf("two pages saying %q keep more than one copy", f.Found)
	}
	for _, e := range entries {
		for _, s := range []string{e.Text, e.Excerpt, e.Display, e.Value, e.Location.Selector} {
			for _, page := range pages {
				if within(s, page) {
					t.Errorf("%s: the index entry keeps %q from the page's text", e.Location.Source, s)
				}
			}
		}
	}
}

// TestCheckerForgetsSharedStrings checks that the checker's table of
// shared strings starts afresh past maxShared strings, so that it does not
// grow with the findings of a run whose sentences never repeat, and that
// the index keeps its strings through that.
func TestCheckerForgetsSharedStrings(t *testing.T) {
	c := checker(t, exampleStory())
	var last *analyze.Doc
	for i := 0; i < maxShared+10; i++ {
		last, _ = wrongFleetPrice("site/" + strconv.Itoa(i) + ".html")
		c.Document(last)
	}
	if n := len(c.strs); n > maxShared {
		t.Errorf("the shared strings hold %d strings after %d pages, want at most %d", n, maxShared+10, maxShared)
	}
	if e := c.index.Entry(c.index.Len() - 1); e.Location.Source != last.Source || e.Display != "$21 per vehicle per month" {
		t.Errorf("the last entry is %+v, want the last page's $21", e)
	}
}
