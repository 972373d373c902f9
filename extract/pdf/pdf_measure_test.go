package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/evaldata"

	"github.com/ledongthuc/pdf"
)

// TestMeasurePDF compares, page by page, the words of onestory's PDF reader
// and of the PDF library's own text functions with those of poppler's
// `pdftotext -layout` on the real decks. It is a measurement, not a check:
// run it with ONESTORY_PDF_MEASURE=1 go test ./extract/pdf -run MeasurePDF -v
// (pdftotext from poppler-utils must be on the PATH).
func TestMeasurePDF(t *testing.T) {
	if os.Getenv("ONESTORY_PDF_MEASURE") == "" {
		t.Skip("set ONESTORY_PDF_MEASURE=1 to measure")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	files, _ := filepath.Glob(filepath.Join(evaldata.Dir("decks"), "*.pdf"))
	t.Logf("%-40s %-22s %8s %8s %8s %8s", "deck", "reader", "refwords", "found%", "glued", "split")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ours, _ := Extract(context.Background(), f, data)
		readers := map[string]func(page int) string{
			"onestory (ours)":      func(p int) string { return oursPage(ours, p) },
			"ledongthuc PlainText": func(p int) string { return libPage(data, p, false) },
			"ledongthuc ByRow":     func(p int) string { return libPage(data, p, true) },
		}
		for _, name := range []string{"onestory (ours)", "ledongthuc PlainText", "ledongthuc ByRow"} {
			ref, found, glued, split := 0, 0, 0, 0
			for p := 1; ; p++ {
				want, ok := popplerPage(f, p)
				if !ok {
					break
				}
				got := readers[name](p)
				r, fd, g := compareWords(want, got)
				ref, found, glued, split = ref+r, found+fd, glued+g, split+splitWords(want, got)
			}
			t.Logf("%-40s %-22s %8d %7.1f%% %8d %8d", filepath.Base(f), name, ref, 100*float64(found)/float64(max(ref, 1)), glued, split)
		}
	}
}

// popplerPage returns the words pdftotext -layout reads on page p.
func popplerPage(file string, p int) (string, bool) {
	n := strconv.Itoa(p)
	out, err := exec.Command("pdftotext", "-q", "-layout", "-f", n, "-l", n, file, "-").Output()
	return string(out), err == nil
}

func oursPage(t *extract.Text, p int) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	for _, bl := range t.Blocks {
		if bl.Location.Page == p {
			b.WriteString(bl.Text + "\n")
		}
	}
	return b.String()
}

// libPage returns the text of page p by the library's own functions.
func libPage(data []byte, p int, byRow bool) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	page := r.Page(p)
	if !byRow {
		s, _ = page.GetPlainText(nil)
		return s
	}
	rows, _ := page.GetTextByRow()
	var b strings.Builder
	for _, row := range rows {
		for _, w := range row.Content {
			b.WriteString(w.S)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// normWords splits s into lower-case words without surrounding punctuation.
func normWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// compareWords counts the reference words, how many of them got is found
// (as a multiset), and how many words of got are two reference words glued.
func compareWords(want, got string) (ref, found, glued int) {
	counts := map[string]int{}
	vocab := map[string]bool{}
	for _, w := range normWords(want) {
		counts[w]++
		vocab[w] = true
		ref++
	}
	for _, w := range normWords(got) {
		if counts[w] > 0 {
			counts[w]--
			found++
			continue
		}
		if !vocab[w] && isGlued(w, vocab) {
			glued++
		}
	}
	return ref, found, glued
}

// splitWords counts the adjacent pairs of words in got that are one
// reference word cut in two ("http: //www" for "http://www").
func splitWords(want, got string) int {
	vocab := map[string]bool{}
	for _, w := range strings.Fields(want) {
		vocab[w] = true
	}
	g := strings.Fields(got)
	n := 0
	for i := 0; i+1 < len(g); i++ {
		if !vocab[g[i]] && vocab[g[i]+g[i+1]] {
			n++
		}
	}
	return n
}

func isGlued(w string, vocab map[string]bool) bool {
	for i := 1; i < len(w); i++ {
		if vocab[w[:i]] && vocab[w[i:]] {
			return true
		}
	}
	return false
}
