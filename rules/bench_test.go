package rules

import (
	"fmt"
	"testing"

	"github.com/onestory/onestory/analyze"
)

// benchDoc is a page of n sentences, each with an avoided term, a Fleet
// price and a trial length.
func benchDoc(source string, n int) *analyze.Doc {
	lines := make([]string, n)
	var ms []analyze.Mention
	for i := range lines {
		lines[i] = fmt.Sprintf("Signup today: the Fleet plan is $%d per vehicle per month, with a 14-day trial and world-class support.", 18+i%3)
		ms = append(ms,
			at(source, i+1, analyze.Mention{Kind: analyze.TermMention, Text: "Signup", Match: "avoid", Canonical: "Sign up"}),
			at(source, i+1, analyze.Mention{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Price: price(fmt.Sprint(18+i%3), "USD", "month", "vehicle", "")}),
			at(source, i+1, analyze.Mention{Kind: analyze.QuantityMention, Subject: "trial", Quantity: &trial14}))
	}
	return doc(source, "marketing", lines, ms...)
}

// BenchmarkDocument measures the document rules, custom rules included,
// over a page of 200 sentences.
func BenchmarkDocument(b *testing.B) {
	c := checker(b, customStory())
	d := benchDoc("site/a.html", 200)
	b.ReportAllocs()
	for b.Loop() {
		c.Document(d)
	}
}

// BenchmarkCorpus measures the corpus rules over the index of 500 pages of
// 20 sentences (30,000 entries).
func BenchmarkCorpus(b *testing.B) {
	c := checker(b, exampleStory())
	for i := range 500 {
		c.Document(benchDoc(fmt.Sprintf("site/p%03d.html", i), 20))
	}
	b.ReportAllocs()
	for b.Loop() {
		c.Corpus()
	}
}

// BenchmarkSort sorts the findings of 500 pages, shuffled as the workers
// of a check deliver them.
func BenchmarkSort(b *testing.B) {
	c := checker(b, exampleStory())
	var all []Finding
	for i := range 500 {
		all = append(all, c.Document(benchDoc(fmt.Sprintf("site/p%03d.html", (i*7919)%500), 20))...)
	}
	fs := make([]Finding, len(all))
	b.ReportAllocs()
	for b.Loop() {
		copy(fs, all)
		Sort(fs)
	}
}
