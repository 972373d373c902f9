package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// encodedByJSON is v as encoding/json writes it nested in the report:
// SetIndent("    ", "  "), HTML unescaped, no final newline, then passed
// through printable.JSON.
func encodedByJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return printable.JSON(nil, bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestAppendFinding(t *testing.T) {
	at := extract.Location{Source: "collateral/pitch.pptx", Slide: 4, Line: 2, Column: 17, Selector: `main > p:nth-of-type(2) [data-x="<y>"]`}
	for _, f := range []rules.Finding{
		{Rule: "price-conflict", Severity: rules.Error, Message: "Sources disagree: “$18” & <$21>\tat \"a\"\\b.", Channel: "sales",
			Subject: "routeplanner/fleet", Expected: "$18", Found: "$21", Excerpt: "Fleet is $21\u2028per vehicle\x01\x7f\xff.",
			Location: at, Related: []extract.Location{{Source: "site/a.html", Line: 1}, {Source: "site/b.html", Page: 3, Selector: "h1"}, {Source: "deck.pptx", Slide: 2, Part: extract.PartNotes + ", " + extract.PartHidden}}},
		{Rule: "term", Severity: rules.Warning, Message: "Write “sign up”.", Location: at, Related: []extract.Location{}, Fix: "sign up"},
		{Rule: "missing-message", Severity: rules.Info},                                                     // Related nil: null
		{Rule: "x", Location: extract.Location{Line: -3, Column: 1 << 40}, Related: []extract.Location{{}}}, // odd numbers
	} {
		want := encodedByJSON(t, f)
		if got := appendFinding(nil, &f, 4); !bytes.Equal(got, want) {
			t.Errorf("appendFinding\n got %s\nwant %s", got, want)
		}
	}
}

// TestAppendFindingKnowsEveryField fails when Finding or Location gains a
// field that appendFinding does not write.
func TestAppendFindingKnowsEveryField(t *testing.T) {
	if n := exportedFields(reflect.TypeFor[rules.Finding]()); n != 11 {
		t.Errorf("rules.Finding has %d exported fields; appendFinding writes 11: teach it the new ones", n)
	}
	if n := reflect.TypeFor[extract.Location]().NumField(); n != 7 {
		t.Errorf("extract.Location has %d fields; appendLocation writes 7: teach it the new ones", n)
	}
}

// FuzzAppendFinding checks appendFinding against encoding/json on any
// strings and numbers.
func FuzzAppendFinding(f *testing.F) {
	f.Add("term", "Use “sign up” & <b>", "a\u2029b\x00\xc3", "site/a.html", "main > p", 3, 0, uint8(2), "fix")
	f.Add("x", "\x1b[2J\x7f\u009b\u202e", "\u0085\u2069", "evil\u2066.md", "", 1, 0, uint8(1), "\u200f")
	f.Add("", "", "", "", "", 0, -1, uint8(0), "")
	f.Fuzz(func(t *testing.T, rule, message, excerpt, source, selector string, line, page int, related uint8, fix string) {
		loc := extract.Location{Source: source, Line: line, Column: line * 7, Page: page, Slide: -page, Selector: selector}
		fd := rules.Finding{Rule: rule, Severity: rules.Severity(line % 4), Message: message, Channel: selector,
			Subject: source, Expected: fix, Found: message, Excerpt: excerpt, Location: loc, Fix: fix}
		if related > 0 {
			fd.Related = make([]extract.Location, int(related)%4)
			for i := range fd.Related {
				fd.Related[i] = extract.Location{Source: excerpt, Line: i, Selector: rule}
			}
		}
		want := encodedByJSON(t, fd)
		if got := appendFinding(nil, &fd, 4); !bytes.Equal(got, want) {
			t.Errorf("appendFinding\n got %s\nwant %s", got, want)
		}
	})
}

// BenchmarkJSONFindings writes a report of 10,000 findings:
//
//	go test ./report -run '^$' -bench JSONFindings
func BenchmarkJSONFindings(b *testing.B) {
	fs := make([]rules.Finding, 10000)
	for i := range fs {
		fs[i] = rules.Finding{Rule: "price-mismatch", Severity: rules.Error, Channel: "marketing", Subject: "routeplanner/fleet",
			Message:  "The Fleet plan of RoutePlanner is $18 per vehicle per month in messaging.yaml; this page says $21 per vehicle per month.",
			Expected: "$18 per vehicle per month", Found: "$21 per vehicle per month", Excerpt: "Fleet costs $21 per vehicle per month, billed monthly.",
			Location: extract.Location{Source: "site/pricing.html", Line: i + 1, Column: 12, Selector: "main > section.plans > p"},
			Related:  []extract.Location{}}
	}
	r := New("test", "messaging.yaml", nil, fs)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := JSON(&buf, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// exportedFields counts the fields of a struct type that encoding/json
// would write.
func exportedFields(t reflect.Type) int {
	n := 0
	for f := range t.Fields() {
		if f.IsExported() {
			n++
		}
	}
	return n
}
