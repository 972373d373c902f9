package office

import (
	"runtime"
	"strings"
	"testing"
)

func TestParseXMLText(t *testing.T) {
	root, err := parseXML([]byte(`<w:p xmlns:w="urn:w"><w:t>Fleet <!-- c -->plan</w:t><w:t>$18</w:t> tail</w:p>`))
	if err != nil {
		t.Fatal(err)
	}
	ts := root.children("t")
	if len(ts) != 2 || ts[0].Text != "Fleet plan" || ts[1].Text != "$18" {
		t.Fatalf("texts of w:t = %+v, want \"Fleet plan\" and \"$18\"", ts)
	}
	if root.Text != " tail" {
		t.Errorf("text directly in w:p = %q, want %q", root.Text, " tail")
	}
	if got := root.textContent(); got != "Fleet plan$18 tail" {
		t.Errorf("textContent = %q", got)
	}
}

// TestParseXMLManyTextPieces checks that an element whose text comes in
// many pieces (split by comments) costs memory in proportion to its size:
// each piece used to be appended to a growing string, copying it again.
func TestParseXMLManyTextPieces(t *testing.T) {
	data := []byte("<t>" + strings.Repeat("x<!---->", 20000) + "</t>")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	root, err := parseXML(data)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(root.Text) != 20000 {
		t.Fatalf("text is %d bytes, want 20000", len(root.Text))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64*uint64(len(data)) {
		t.Errorf("parsing %d bytes allocated %d bytes: text pieces are copied again and again", len(data), alloc)
	}
}
