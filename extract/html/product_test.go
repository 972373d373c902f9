package html

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
)

// products extracts an HTML page and writes each product it presents as
// "kind|name|price|was|availability|sku|url@line".
func products(t *testing.T, page string) []string {
	t.Helper()
	tx, err := ExtractProducts(context.Background(), "p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range tx.Products {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s@%d", p.Kind, p.Name, p.Price, p.Was, p.Availability, p.SKU, p.URL, p.Location.Line))
	}
	return out
}

func TestProducts(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"cards", `<main><h1>Tents</h1>
<ul><li class="c"><a href="/a"><h3>Alpha</h3></a><p><s>$10.00</s> $8.00</p><p>Sold out</p></li>
<li class="c"><a href="/b"><h3>Beta 2</h3></a><p>Was $30, now $25</p></li>
<li class="c"><h3>Gamma</h3><p>1.299,00 €</p><p>In stock</p></li></ul></main>`,
			[]string{"card|Alpha|$8.00|$10.00|Sold out||/a@2", "card|Beta 2|$25|$30|||/b@3", "card|Gamma|1.299,00 €||In stock||@4"}},
		{"cues and classes", `<div class="grid">
<div class="tile"><h2>One</h2><span class="price-old">$99</span> <span>$79</span></div>
<div class="tile"><h2>Two</h2><span style="text-decoration: line-through">$50</span> <span>RRP: $45</span> <b>$40</b></div>
<div class="tile"><h2>Three</h2><p>Save $10! USD 1299</p><p>Free shipping on orders over $50</p></div></div>`,
			[]string{"card|One|$79|$99|||@2", "card|Two|$40|$50|||@3", "card|Three|USD 1299||||@4"}},
		{"woocommerce", `<ul class="products">
<li class="product"><h2>Cap</h2><span class="price"><span class="amount"><bdi><span class="sym">&#36;</span>20.00</bdi></span></span></li>
<li class="product"><h2>Mug</h2><span class="price"><del><span class="amount"><bdi><span>&#36;</span>12.00</bdi></span></del> <ins><span class="amount"><bdi><span>&#36;</span>9.00</bdi></span></ins></span></li>
<li class="product"><h2>Bag</h2><span class="price"><span>49,90</span><span>€</span></span></li></ul>`,
			[]string{"card|Cap|$ 20.00||||@2", "card|Mug|$ 9.00|$ 12.00|||@3", "card|Bag|49,90 €||||@4"}},
		{"a lone card is no listing", `<main><div class="c"><h2>Solo</h2><p>$5</p></div><div class="d"><h2>Other</h2><p>$6</p></div></main>`,
			nil},
		{"product page", `<main><div class="product"><h1>Trail Runner 2</h1>
<p class="price">$99.00 <span class="was">was $129.00</span></p><p>Pre-order now</p></div>
<section><div class="r"><h3>Poles</h3><p>$89</p></div><div class="r"><h3>Lamp</h3><p>$39</p></div></section></main>`,
			[]string{"card|Poles|$89||||@3", "card|Lamp|$39||||@3", "page|Trail Runner 2|$99.00|$129.00|Pre-order||@2"}},
		{"two h1 make no product page", `<main><h1>A</h1><p>$1</p><h1>B</h1><p>$2</p></main>`, nil},
		{"json-ld and microdata", `<head><script type="application/ld+json">
{"@type": "Product", "name": "Kayak", "sku": "K-1", "gtin13": "4006381333931", "url": "/k",
 "offers": [{"@type": "Offer", "price": 1899, "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}]}
</script></head><body>
<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Tent</span><meta itemprop="sku" content="T-2">
<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="1299.00">1.299,00 €</span>
<link itemprop="availability" href="https://schema.org/OutOfStock"></div></div></body>`,
			[]string{"data|Kayak|1899||https://schema.org/InStock|K-1|/k@1", "data|Tent|1299.00||https://schema.org/OutOfStock|T-2|@6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := products(t, tt.page)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("products:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// FuzzProducts reads arbitrary HTML for the products it presents: every
// product has a price, a card or page product a name, and each location
// is a line of the page.
func FuzzProducts(f *testing.F) {
	pages, _ := filepath.Glob("../../testdata/shop/site/*/*.html")
	more, _ := filepath.Glob("../../testdata/shop/site/*.html")
	for _, name := range append(pages, more...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<ul><li class="c"><h3>A</h3><s>$2</s> $1</li><li class="c"><a href="/b">B</a> was €3 now €2 <p>Sold out</p></li></ul>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := ExtractProducts(context.Background(), "f.html", data)
		if err != nil {
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, p := range x.Products {
			if p.Price == "" || p.Kind != extract.ProductData && p.Name == "" {
				t.Fatalf("product without a price or a name: %+v", p)
			}
			for _, l := range []extract.Location{p.Location, p.AvailabilityAt} {
				if l.Line < 0 || l.Line > lines {
					t.Fatalf("location %v outside the page's %d lines", l, lines)
				}
			}
		}
	})
}

// TestProductsOnlyWhenAsked: Extract leaves the products unread (a story
// without a catalogue does not need them), ExtractProducts reads them, and
// both read the same text.
func TestProductsOnlyWhenAsked(t *testing.T) {
	page := []byte(`<ul><li class="card"><h3>Alpha</h3><p>$8.00</p></li><li class="card"><h3>Beta</h3><p>$25</p></li></ul>`)
	plain, err := Extract(context.Background(), "p.html", page)
	if err != nil {
		t.Fatal(err)
	}
	with, err := ExtractProducts(context.Background(), "p.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if len(plain.Products) != 0 || len(with.Products) != 2 {
		t.Errorf("Extract read %d products, ExtractProducts %d; want 0 and 2", len(plain.Products), len(with.Products))
	}
	if !reflect.DeepEqual(plain.Blocks, with.Blocks) {
		t.Error("the blocks differ between Extract and ExtractProducts")
	}
}
