package html

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

// marketingPage returns a realistic marketing page of about 50 KB: head
// with meta tags, styles and JSON-LD, a site header with navigation, a
// hero, a feature grid, pricing cards, a comparison table, an FAQ,
// testimonials, inline scripts and a large site footer.
func marketingPage() []byte {
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

// writeBody writes the <main> of marketingPage.
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

// BenchmarkHTML measures HTML extraction of a realistic marketing page:
// go test -run '^$' -bench 'HTML|Markdown' ./extract/
func BenchmarkHTML(b *testing.B) {
	page := marketingPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), "pricing.html", page); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLParse is the floor BenchmarkHTML compares with: parsing
// the same page with golang.org/x/net/html alone.
func BenchmarkHTMLParse(b *testing.B) {
	page := marketingPage()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := xhtml.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLIndex measures the pass BenchmarkHTML makes besides the
// parse and the walk: cutting the page into tokens and recording where
// each text token stands, with buffers reused as from page to page.
func BenchmarkHTMLIndex(b *testing.B) {
	page := marketingPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	var x htmlIndex
	for b.Loop() {
		x.index(page)
	}
}
