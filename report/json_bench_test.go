package report

import (
	"bytes"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

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
