package analyze

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
)

// Benchmarks run over a generated corpus of marketing copy in the voice of
// the example story: headings, paragraphs of several sentences, list items
// and pricing-table cells, with prices, quantities, claims, names, terms and
// the occasional misspelling. Besides MB/s (wall clock) they report
// MB/cpu-s, the throughput per CPU-second, which stays meaningful on a busy
// machine. Run them with
//
//	go test ./analyze -run '^$' -bench . -benchmem

var copySentences = []string{
	"RoutePlanner plans every route for your fleet in seconds, so dispatchers can focus on customers.",
	"Fleet costs $18 per vehicle per month, or $180 per vehicle per year when billed annually.",
	"Start your 14-day free trial today; no credit card is needed.",
	"DriverLog Pro is $9 per driver per month and works with the driver app your team already uses.",
	"Our uptime has been 99.95% for three years in a row, backed by a clear SLA.",
	"Connect RoutePlanner to 120+ integrations, from telematics boxes to accounting tools.",
	"More than 2,500 customers trust Kestrel Fleetworks to move their goods on time.",
	"Cuts fuel costs by up to 12% in the first quarter, according to our 2026 fuel study.",
	"Signup takes two minutes, and the mobile app syncs every stop as soon as it is made.",
	"Plans a 200-stop route in under 30 seconds, even at peak hours.",
	"Every dispatcher sees one live view of every vehicle, driver and delivery.",
	"Customer data never leaves the EU, and our support team answers within the hour.",
	"Routeplanner Fleet adds live traffic, time windows and proof of delivery.",
	"Read the case study at https://kestrel.example/customers/northwind for details.",
	"Enterprise plans include single sign-on, audit logs and a named success manager.",
	"The Starter plan is free forever for up to 3 vehicles.",
	"Ask your dispatch manager about the 30-day money-back guarantee.",
	"Kestrel RoutePlanner was known as RouteMaster until 2025.",
}

var copyHeadings = []string{"Pricing", "Fleet", "Why fleets choose RoutePlanner", "DriverLog Pro", "Integrations", "Security"}

// benchCorpus returns a document of about size bytes of generated copy.
func benchCorpus(size int) *extract.Text {
	r := rand.New(rand.NewPCG(1, 2))
	t := &extract.Text{Source: "bench.html", Format: "html"}
	n, line := 0, 1
	add := func(kind extract.BlockKind, text string, context []string) {
		t.Blocks = append(t.Blocks, extract.Block{Kind: kind, Text: text, Context: context,
			Location: extract.Location{Source: t.Source, Line: line, Column: 1}})
		n += len(text)
		line += 2
	}
	for n < size {
		h := copyHeadings[r.IntN(len(copyHeadings))]
		add(extract.Heading, h, nil)
		for range 1 + r.IntN(3) {
			var b strings.Builder
			for k := range 3 + r.IntN(4) {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(copySentences[r.IntN(len(copySentences))])
			}
			add(extract.Paragraph, b.String(), []string{h})
		}
		add(extract.ListItem, copySentences[r.IntN(len(copySentences))], []string{h})
		add(extract.Cell, "$18 per vehicle per month", []string{h, "Fleet", "Price"})
	}
	return t
}

func textBytes(t *extract.Text) int64 {
	var n int64
	for _, b := range t.Blocks {
		n += int64(len(b.Text))
	}
	return n
}

// BenchmarkAnalyze measures the whole analysis of one document.
func BenchmarkAnalyze(b *testing.B) {
	a := testAnalyzer(b)
	t := benchCorpus(1 << 20)
	b.SetBytes(textBytes(t))
	b.ResetTimer()
	reportCPU(b, textBytes(t))
	for b.Loop() {
		a.Analyze(context.Background(), t, "marketing")
	}
}

// BenchmarkAnalyzeParallel measures Analyze on one Analyzer shared by
// GOMAXPROCS goroutines.
func BenchmarkAnalyzeParallel(b *testing.B) {
	a := testAnalyzer(b)
	t := benchCorpus(1 << 18)
	b.SetBytes(textBytes(t))
	b.ResetTimer()
	reportCPU(b, textBytes(t))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a.Analyze(context.Background(), t, "marketing")
		}
	})
}

// BenchmarkSegment measures sentence splitting alone.
func BenchmarkSegment(b *testing.B) {
	a := testAnalyzer(b)
	t := benchCorpus(1 << 20)
	b.SetBytes(textBytes(t))
	b.ResetTimer()
	reportCPU(b, textBytes(t))
	for b.Loop() {
		for bi := range t.Blocks {
			a.seg.blockSentences(t, bi)
		}
	}
}

// BenchmarkFinders measures the term, forbidden-phrase and product-name
// finders alone.
func BenchmarkFinders(b *testing.B) {
	a := testAnalyzer(b)
	t := benchCorpus(1 << 20)
	b.SetBytes(textBytes(t))
	b.ResetTimer()
	reportCPU(b, textBytes(t))
	var lower []byte
	for b.Loop() {
		for bi := range t.Blocks {
			lower = lowerASCII(lower, t.Blocks[bi].Text)
			a.phrases.find(t.Blocks[bi].Text, lower)
			a.products.find(&t.Blocks[bi])
		}
	}
}

// BenchmarkValues measures price and quantity finding with subject
// attribution.
func BenchmarkValues(b *testing.B) {
	a := testAnalyzer(b)
	t := benchCorpus(1 << 20)
	var sents [][]Sentence
	for bi := range t.Blocks {
		sents = append(sents, a.seg.blockSentences(t, bi))
	}
	b.SetBytes(textBytes(t))
	b.ResetTimer()
	reportCPU(b, textBytes(t))
	var lower []byte
	var sc valueScratch
	for b.Loop() {
		for bi := range t.Blocks {
			lower = lowerASCII(lower, t.Blocks[bi].Text)
			a.values.blockValues(nil, &sc, t, bi, lower, sents[bi], 0)
		}
	}
}
