//go:build unix

package check

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/story"
)

// BenchmarkCatalog checks 10,000 generated shop pages (product pages with
// JSON-LD, category pages of 24 cards) against catalogues of 100, 1,000
// and 10,000 products (and, to compare, with none): finding a page's products in the catalogue is a
// map lookup, so the figures should not fall as the catalogue grows.
//
//	go test ./check -run '^$' -bench BenchmarkCatalog -benchtime 1x
func BenchmarkCatalog(b *testing.B) {
	dir := b.TempDir()
	size, pages := generateShop(b, filepath.Join(dir, "site"), 10_000)
	for _, n := range []int{0, 100, 1_000, 10_000} {
		b.Run(fmt.Sprintf("products=%d", n), func(b *testing.B) {
			st := shopStory(b, dir, n)
			cfg := Config{Story: st, Sources: []string{filepath.Join(dir, "site")}, Now: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)}
			b.SetBytes(size)
			runtime.GC()
			cpu0 := cpuTime(b)
			b.ResetTimer()
			findings := 0
			for b.Loop() {
				r, err := Run(context.Background(), cfg)
				if err != nil {
					b.Fatal(err)
				}
				if len(r.Documents) != pages {
					b.Fatalf("checked %d documents, want %d", len(r.Documents), pages)
				}
				findings = r.Findings.Len()
				r.Close()
			}
			b.StopTimer()
			cpu := (cpuTime(b) - cpu0).Seconds()
			b.ReportMetric(float64(b.N)*float64(pages)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(float64(b.N)*float64(size)/1e6/cpu, "MB/cpu-s")
			b.ReportMetric(float64(findings), "findings")
		})
	}
}

// benchPrice is the catalogue price of generated product i: "$19.99" to
// "$1,018.99".
func benchPrice(i int) string { return fmt.Sprintf("%d.99", 19+i%1000) }

// generateShop writes pages shop pages under dir: every tenth a category
// page of 24 cards, the others product pages with JSON-LD, of products
// 0–9,999; one card in 50 shows a wrong price. It returns their size.
func generateShop(b *testing.B, dir string, pages int) (int64, int) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var size int64
	for p := range pages {
		var page strings.Builder
		page.WriteString("<!doctype html><html><head><title>Shop</title>")
		if p%10 == 0 {
			page.WriteString("</head><body><main><h1>Category</h1><p>Free shipping on orders over $50.</p><ul class=\"grid\">\n")
			for c := range 24 {
				i := (p*24 + c*7) % 10_000
				price := "$" + benchPrice(i)
				if (p+c)%50 == 0 {
					price = "$1.00"
				}
				fmt.Fprintf(&page, "<li class=\"card\"><a href=\"/p/item-%d.html\"><h3>Item %d Trail Edition</h3></a><p class=\"price\">%s</p><p>In stock</p></li>\n", i, i, price)
			}
			page.WriteString("</ul></main></body></html>\n")
		} else {
			i := p % 10_000
			fmt.Fprintf(&page, `<script type="application/ld+json">{"@type": "Product", "name": "Item %d Trail Edition", "sku": "SKU-%d", "offers": {"price": "%s", "priceCurrency": "USD", "availability": "https://schema.org/InStock"}}</script>`, i, i, benchPrice(i))
			fmt.Fprintf(&page, "</head><body><main><div class=\"product\"><h1>Item %d Trail Edition</h1><p class=\"price\">$%s</p><p>In stock</p>", i, benchPrice(i))
			page.WriteString(strings.Repeat("<p>A sturdy product for long days on the trail, made to last and easy to repair.</p>\n", 20))
			page.WriteString("</div></main></body></html>\n")
		}
		name := filepath.Join(dir, fmt.Sprintf("page-%05d.html", p))
		if err := os.WriteFile(name, []byte(page.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(page.Len())
	}
	return size, pages
}

// shopStory writes a story and a catalogue of the first n products into
// dir and loads it.
func shopStory(b *testing.B, dir string, n int) *story.Story {
	var csv strings.Builder
	csv.WriteString("id,title,price,availability,link\n")
	for i := range n {
		fmt.Fprintf(&csv, "SKU-%d,Item %d Trail Edition,%s USD,in_stock,/p/item-%d.html\n", i, i, benchPrice(i), i)
	}
	cat := filepath.Join(dir, fmt.Sprintf("catalog-%d.csv", n))
	path := filepath.Join(dir, fmt.Sprintf("story-%d.yaml", n))
	if err := os.WriteFile(cat, []byte(csv.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	text := fmt.Sprintf("version: 1\ncompany: Shop\ncatalog: [{file: %s}]\n", filepath.Base(cat))
	if n == 0 {
		text = "version: 1\ncompany: Shop\n"
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	st, err := story.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	return st
}
