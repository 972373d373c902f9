package analyze

import (
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/markdown"
)

// benchPages, when set, points the sentence benchmarks at a directory of
// Markdown pages (such as `go run ./bench/gencorpus -format markdown` writes)
// instead of the evaluation corpus.
var benchPages = flag.String("bench-pages", "", "read the Markdown pages under this directory for BenchmarkSentenceMentions")

// splitBlock is one block of a document, split into sentences and
// lower-cased ahead of a benchmark.
type splitBlock struct {
	own   []Sentence
	lower []byte
	cur   extract.Cursor
	first int
}

// splitText splits every block of t as a docRun would.
func splitText(a *Analyzer, t *extract.Text) []splitBlock {
	var out []splitBlock
	first, breaks := 0, breakMemo{}
	for bi := range t.Blocks {
		own := a.seg.appendSentences(nil, t, bi, breaks)
		out = append(out, splitBlock{own: own, lower: lowerASCII(nil, t.Blocks[bi].Text),
			cur: t.Blocks[bi].Cursor(), first: first})
		first += len(own)
	}
	return out
}

// benchPageTexts returns the pages of -bench-pages, extracted, or nil.
func benchPageTexts(tb testing.TB) []*extract.Text {
	tb.Helper()
	if *benchPages == "" {
		return nil
	}
	var out []*extract.Text
	err := filepath.WalkDir(*benchPages, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		t, err := markdown.Extract(context.Background(), path, data)
		out = append(out, t)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// BenchmarkSentenceMentions measures the claim and key-message finders
// alone over sentences split ahead (docRun.sentenceMentions): the real
// corpus, or the pages of -bench-pages; bytes are those of the text.
func BenchmarkSentenceMentions(b *testing.B) {
	a := testAnalyzer(b)
	texts := benchPageTexts(b)
	if texts == nil {
		texts, _, _ = corpusTexts(b)
	}
	var n int64
	split := make([][]splitBlock, len(texts))
	for i, t := range texts {
		split[i] = splitText(a, t)
		n += textBytes(t)
	}
	b.SetBytes(n)
	b.ResetTimer()
	reportCPU(b, n)
	for b.Loop() {
		for i, t := range texts {
			r := a.runs.get(a, t)
			for bi, sb := range split[i] {
				r.own, r.lower, r.cur, r.first = sb.own, sb.lower, sb.cur, sb.first
				r.found = r.sentenceMentions(r.found[:0], &t.Blocks[bi])
			}
			r.own, r.lower = nil, nil
			a.runs.put(r)
		}
	}
}
