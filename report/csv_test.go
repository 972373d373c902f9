package report

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// TestCSVReadsBack: every finding is one record of the header's width, a
// finding's other places come back one a line, and text that a spreadsheet
// would run as a formula is defused.
func TestCSVReadsBack(t *testing.T) {
	r := sample()
	r.Findings.Add(rules.Finding{Rule: "claim-mismatch", Severity: rules.Info,
		Message: "=HYPERLINK(\"http://evil\")", Found: "-20%", Excerpt: "line one\r\nline \"two\", three",
		Location: extract.Location{Source: "a.md", Line: 3},
		Related:  []extract.Location{{Source: "b.md", Line: 1}, {Source: "deck.pptx", Slide: 2}}})
	var b strings.Builder
	if err := CSV(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatalf("the CSV report does not read back: %v", err)
	}
	if len(recs) != 1+r.Findings.Len() {
		t.Fatalf("%d records, want a header and %d findings", len(recs), r.Findings.Len())
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	last := recs[1] // a.md sorts first
	for name, want := range map[string]string{
		"message":      "'=HYPERLINK(\"http://evil\")",
		"found":        "'-20%",
		"excerpt":      "line one\\r\nline \"two\", three", // a CR from a source shown as an escape
		"other places": "b.md:1\ndeck.pptx slide 2",
		"places":       "3",
		"location":     "a.md:3",
		"line":         "3",
		"slide":        "",
	} {
		if got := last[col[name]]; got != want {
			t.Errorf("column %s = %q, want %q", name, got, want)
		}
	}
	if !strings.HasSuffix(strings.SplitN(b.String(), "\n", 2)[0], "\r") {
		t.Error("records do not end in CRLF (RFC 4180)")
	}
}
