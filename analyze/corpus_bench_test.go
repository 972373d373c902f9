package analyze

import (
	"context"
	"github.com/onestory/onestory/internal/evaldata"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/markdown"
)

// corpusDir holds real Markdown and MDX pages (posthog.com, the
// Sourcegraph handbook) when the evaluation corpus is present. The
// benchmarks over it check that the generated copy of bench_test.go, dense
// with prices, numbers and claims, is not the only measure.
var corpusDir = evaldata.Dir("corpus") // beside the repository, or under $ONESTORY_EVAL

// corpusFile is one page of the real corpus.
type corpusFile struct {
	path string
	data []byte
}

// corpusFiles reads every Markdown and MDX page of the corpus, or skips the
// benchmark when the corpus is absent.
func corpusFiles(tb testing.TB) []corpusFile {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skipf("no corpus at %s", corpusDir)
	}
	var out []corpusFile
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".mdx")) {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil {
			out = append(out, corpusFile{path, data})
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// corpusTexts extracts every page of the corpus; it also returns the bytes
// of the pages' files and of their extracted text.
func corpusTexts(tb testing.TB) (texts []*extract.Text, fileBytes, textBytesN int64) {
	tb.Helper()
	for _, f := range corpusFiles(tb) {
		t, err := markdown.Extract(context.Background(), f.path, f.data)
		if err != nil {
			tb.Fatalf("%s: %v", f.path, err)
		}
		texts = append(texts, t)
		fileBytes += int64(len(f.data))
		textBytesN += textBytes(t)
	}
	return texts, fileBytes, textBytesN
}

// BenchmarkAnalyzeCorpus measures the whole analysis of the real corpus,
// already extracted; bytes are those of the extracted text.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	a := testAnalyzer(b)
	texts, _, n := corpusTexts(b)
	b.SetBytes(n)
	b.ResetTimer()
	reportCPU(b, n)
	for b.Loop() {
		for _, t := range texts {
			a.Analyze(context.Background(), t, "marketing")
		}
	}
}

// BenchmarkFindersCorpus measures the term, forbidden-phrase and
// product-name finders over the real corpus, already extracted; bytes are
// those of the extracted text.
func BenchmarkFindersCorpus(b *testing.B) {
	a := testAnalyzer(b)
	texts, _, n := corpusTexts(b)
	b.SetBytes(n)
	b.ResetTimer()
	reportCPU(b, n)
	var lower []byte
	for b.Loop() {
		for _, t := range texts {
			lower = findAll(a, t, lower)
		}
	}
}

// BenchmarkExtractFindCorpus measures extraction of the real corpus's
// Markdown and the term, forbidden-phrase and product-name finders over
// it; bytes are those of the Markdown files.
func BenchmarkExtractFindCorpus(b *testing.B) {
	a := testAnalyzer(b)
	files := corpusFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f.data))
	}
	b.SetBytes(n)
	b.ResetTimer()
	reportCPU(b, n)
	var lower []byte
	for b.Loop() {
		for _, f := range files {
			t, err := markdown.Extract(context.Background(), f.path, f.data)
			if err != nil {
				b.Fatal(err)
			}
			lower = findAll(a, t, lower)
		}
	}
}

// findAll runs the term, forbidden-phrase and product-name finders over
// every block of t; lower is scratch space it returns for reuse.
func findAll(a *Analyzer, t *extract.Text, lower []byte) []byte {
	for bi := range t.Blocks {
		lower = lowerASCII(lower, t.Blocks[bi].Text)
		a.phrases.find(t.Blocks[bi].Text, lower)
		a.products.find(&t.Blocks[bi])
	}
	return lower
}
