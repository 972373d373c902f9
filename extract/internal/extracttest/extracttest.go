// Package extracttest holds what the tests of the format readers share:
// fixtures, the fuzz seeds of the text formats, location checks, a
// generated marketing page and the real corpus when present.
package extracttest

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/hostile"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/evaldata"
)

// Fixture returns the file at path, relative to the test's package.
func Fixture(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Block returns the first block whose text is text.
func Block(t *testing.T, x *extract.Text, text string) extract.Block {
	t.Helper()
	for _, b := range x.Blocks {
		if b.Text == text {
			return b
		}
	}
	var all []string
	for _, b := range x.Blocks {
		all = append(all, b.Text)
	}
	t.Fatalf("no block %q among:\n%s", text, strings.Join(all, "\n"))
	return extract.Block{}
}

// SourceAt returns the 1-based line and column (in runes) where the n-th
// (from 1) occurrence of needle begins in src.
func SourceAt(t *testing.T, src []byte, needle string, n int) (int, int) {
	t.Helper()
	s, off := string(src), -1
	for range n {
		i := strings.Index(s[off+1:], needle)
		if i < 0 {
			t.Fatalf("%q not in source %d times", needle, n)
		}
		off += 1 + i
	}
	line := 1 + strings.Count(s[:off], "\n")
	col := 1 + utf8.RuneCountInString(s[strings.LastIndex(s[:off], "\n")+1:off])
	return line, col
}

// Read reads the file at path with fn and returns its text and bytes.
func Read(t *testing.T, fn extract.Func, path string) (*extract.Text, []byte) {
	t.Helper()
	data := Fixture(t, path)
	x, err := fn(context.Background(), filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return x, data
}

// Seeds returns the inputs the fuzz targets of every text format start
// from: HTML, Markdown and MDX.
func Seeds() []string {
	return []string{
		"<p>Fleet <b>$18</b>&nbsp;per&amp;vehicle</p>",
		"<table>text<tr><td>a<td>b</table><pre>\nx</pre>",
		"<svg><title>t</title></svg><math><mi>x</mi></math><select><option>o</select>",
		"<!-- onestory-disable a b --><p>x</p><!-- onestory-enable -->",
		"<script type=\"application/ld+json\">{\"@graph\":[{\"offers\":{\"price\":1}}]}</script>",
		"<div itemscope><span itemprop=price content=1>1</span></div>",
		"\r\n<p>a\rb\r\nc</p>&#x1F600;&notit; &unknown;",
		"---\ntitle: x\n---\n# H\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"import X from 'y'\n\n<X a={1}>\n  text {x}\n</X>\n\n{/* onestory-disable */}\n",
		"- a\n  - b\n\n```\ncode\n```\n\n> q <!-- c -->\n",
	}
}

// CheckLocations fails when a block or segment points outside the input.
func CheckLocations(t *testing.T, x *extract.Text, data []byte) {
	t.Helper()
	lines := bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'}) + 1
	for _, b := range x.Blocks {
		if b.Location.Line < 0 || b.Location.Line > lines || b.Location.Column < 0 {
			t.Fatalf("block %q at %d:%d, input has %d lines", b.Text, b.Location.Line, b.Location.Column, lines)
		}
		if b.Text != strings.TrimSpace(b.Text) || b.Text == "" {
			t.Fatalf("block %q is blank or untrimmed", b.Text)
		}
		for _, s := range b.Segments {
			if s.Line < 1 || s.Line > lines || s.Offset <= 0 || s.Offset > len(b.Text) {
				t.Fatalf("block %q segment %+v out of range", b.Text, s)
			}
		}
		_ = b.At(len(b.Text))
	}
	for _, d := range x.Directives {
		if d.Line < 1 || d.Line > lines {
			t.Fatalf("directive %+v outside %d lines", d, lines)
		}
	}
}

// EachRunContext calls fn with every string of eight bytes from alphabet,
// alone and inside the contexts that decide a run: after a word, after a
// space, before more.
func EachRunContext(alphabet []byte, fn func(string)) {
	p := make([]byte, 8)
	var fill func(int)
	fill = func(k int) {
		if k == len(p) {
			for _, s := range []string{string(p), "a" + string(p) + "b", "a " + string(p) + " b", "ab" + string(p) + string(p)} {
				fn(s)
			}
			return
		}
		for _, c := range alphabet {
			p[k] = c
			fill(k + 1)
		}
	}
	fill(0)
}

// MarketingPage returns a realistic marketing page of about 50 KB: head
// with meta tags, styles and JSON-LD, a site header with navigation, a
// hero, a feature grid, pricing cards, a comparison table, an FAQ,
// testimonials, inline scripts and a large site footer.
func MarketingPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RoutePlanner pricing &mdash; Kestrel Fleetworks</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="RoutePlanner plans start free. Fleet costs $18 per vehicle per month.">
<link rel="stylesheet" href="/css/site.css">
<style>body{font-family:Inter,sans-serif}.plan{border:1px solid #ddd;padding:2rem}.price{font-size:3rem}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"RoutePlanner Fleet","offers":{"@type":"Offer","price":"18.00","priceCurrency":"USD"}}</script>
</head><body class="page-pricing">
<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="Kestrel"></a>
<nav class="main-nav"><ul>`)
	for i := range 30 {
		fmt.Fprintf(&b, "<li class=\"nav-item\"><a href=\"/section-%d\">Section %d</a></li>\n", i, i)
	}
	b.WriteString(`</ul></nav></header>`)
	writeBody(&b)
	b.WriteString(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());` + strings.Repeat("var x=1;", 400) + `</script>
<div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<footer class="site-footer"><div class="columns">`)
	for i := range 60 {
		fmt.Fprintf(&b, "<a href=\"/footer-%d\">Footer link %d</a>\n", i, i)
	}
	b.WriteString(`</div><p>&copy; 2026 Kestrel Fleetworks, Inc.</p></footer></body></html>`)
	return []byte(b.String())
}

// writeBody writes the <main> of MarketingPage.
func writeBody(b *strings.Builder) {
	b.WriteString(`
<main id="content">
<section class="hero"><h1>Route planning that pays for itself</h1>
<p class="lead">RoutePlanner plans routes for fleets of every size, with live traffic and
  <strong>one shared view</strong> of drivers, vehicles and deliveries.</p>
<a class="btn btn-primary" href="/signup">Start your 14-day free trial</a></section>
<section id="features" class="features"><h2>Everything your dispatchers need</h2><div class="grid">`)
	for i := range 48 {
		fmt.Fprintf(b, `<div class="feature card"><svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>
<h3 class="feature-title">Feature number %d</h3>
<p>Cut fuel costs by planning optimal routes with &ldquo;live traffic&rdquo; data, automatic re-routing
and driver notifications that keep every delivery on time &amp; on budget.</p></div>
`, i)
	}
	b.WriteString(`</div></section><section id="pricing"><h2>Simple pricing</h2><div class="plans">`)
	for _, p := range []struct{ name, price, unit string }{{"Starter", "Free", ""}, {"Fleet", "$18", "/vehicle/month"}, {"Enterprise", "Custom", ""}} {
		fmt.Fprintf(b, `<div class="plan"><h3>%s</h3><div class="price">%s<span>%s</span></div>
<ul class="plan-features"><li>Up to 5 vehicles</li><li>Route optimisation</li><li>Live traffic</li><li>Email support</li></ul>
<a class="btn" href="/signup?plan=%s">Choose %s</a></div>
`, p.name, p.price, p.unit, p.name, p.name)
	}
	b.WriteString(`</div><table class="compare"><thead><tr><th>Feature</th><th>Starter</th><th>Fleet</th><th>Enterprise</th></tr></thead><tbody>`)
	for i := range 30 {
		fmt.Fprintf(b, "<tr><th>Capability %d</th><td>&check;</td><td>Included</td><td>Unlimited</td></tr>\n", i)
	}
	b.WriteString(`</tbody></table></section><section id="faq"><h2>Questions</h2><dl>`)
	for i := range 30 {
		fmt.Fprintf(b, "<dt>Can I change plans later, question %d?</dt><dd>Yes. You can move between plans at any time and we prorate the difference, so you only pay for what you use.</dd>\n", i)
	}
	b.WriteString(`</dl></section><section class="testimonials">`)
	for i := range 10 {
		fmt.Fprintf(b, `<blockquote><p>&ldquo;RoutePlanner saved us 20%% on fuel in the first quarter %d.&rdquo;</p><footer>Dispatcher, Example Logistics</footer></blockquote>
`, i)
	}
	b.WriteString("</section></main>\n")
}

// CorpusDir holds real Markdown and MDX pages (posthog.com, the
// Sourcegraph handbook) when the evaluation corpus is present: beside the
// repository, or under $ONESTORY_EVAL.
func CorpusDir() string { return evaldata.Dir("corpus") }

// ForCorpus calls fn with every Markdown and MDX file of the corpus.
func ForCorpus(t *testing.T, fn func(path string, data []byte)) {
	t.Helper()
	err := filepath.WalkDir(CorpusDir(), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".mdx")) {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fn(path, data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Collateral reads one of the bundled example's sales documents.
func Collateral(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../../testdata/collateral/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// BlockWith returns the first block whose text contains s, failing if none.
func BlockWith(t *testing.T, text *extract.Text, s string) extract.Block {
	t.Helper()
	for _, b := range text.Blocks {
		if strings.Contains(b.Text, s) {
			return b
		}
	}
	t.Fatalf("no block contains %q", s)
	return extract.Block{}
}

// Absent fails if any block contains s.
func Absent(t *testing.T, text *extract.Text, s string) {
	t.Helper()
	for _, b := range text.Blocks {
		if strings.Contains(b.Text, s) {
			t.Errorf("block %q should not be read (it contains %q)", b.Text, s)
		}
	}
}

// Bench reads one document b.N times and reports units (slides or
// pages) per second.
func Bench(b *testing.B, fn extract.Func, data []byte, unit string) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	units := 0
	for b.Loop() {
		text, err := fn(context.Background(), "bench", data)
		if err != nil {
			b.Fatal(err)
		}
		units += text.Pages
	}
	b.ReportMetric(float64(units)/b.Elapsed().Seconds(), unit+"/s")
}

// Fuzz runs one extractor on fuzzed bytes: any result or error is
// fine, a panic is not.
func Fuzz(f *testing.F, fn extract.Func, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := fn(context.Background(), "fuzz", data)
		if err == nil && text == nil {
			t.Fatal("nil Text without an error")
		}
	})
}

// Deck returns a real deck's bytes, skipping the test when the decks
// are not on this machine (failing under CI).
func Deck(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(evaldata.Require(t, filepath.Join("decks", name)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// PDFWithText returns a one-page PDF drawing the content stream with the
// standard Helvetica font (widths given so word gaps can be measured) as /F1.
func PDFWithText(content string) []byte {
	widths := strings.TrimSpace(strings.Repeat("556 ", 95))
	return hostile.PDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths ["+widths+"] >>",
	)
}
