// Package gencorpus writes the generated corpus the benchmarks and the
// bench/ scripts check: pages of the fictional Kestrel Fleetworks (the
// story bench/story.yaml describes), HTML and Markdown, 10–40 KB each,
// dense with prices, numbers, claims and product names, about one
// statement in seven wrong unless the corpus is clean. The same arguments
// write the same bytes. `go run ./bench/gencorpus` is its command.
package gencorpus

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Write writes pages files to dir and returns their total size.
// In "mixed" format, half are HTML marketing pages under site/, a third
// Markdown docs under docs/ and the rest Markdown sales notes under
// sales/; in "markdown" format the site pages are Markdown too. The
// content is seeded, so the same arguments write the same bytes. A clean
// corpus states only what the story says.
func Write(dir string, pages int, format string, clean bool) (int64, error) {
	if format != "mixed" && format != "markdown" {
		return 0, fmt.Errorf("unknown corpus format %q (want mixed or markdown)", format)
	}
	var total int64
	for i := range pages {
		g := genText{r: rand.New(rand.NewPCG(uint64(i), 0x6b657374)), mentions: genMentions}
		if clean {
			g.mentions = genCleanMentions
		}
		size := 10_000 + g.r.IntN(30_000)
		var name string
		var body []byte
		switch {
		case i%6 < 3 && format == "mixed":
			name, body = filepath.Join("site", fmt.Sprintf("page-%05d.html", i)), genHTML(g, size)
		case i%6 < 3:
			name, body = filepath.Join("site", fmt.Sprintf("page-%05d.md", i)), genMarkdown(g, size)
		case i%6 < 5:
			name, body = filepath.Join("docs", fmt.Sprintf("doc-%05d.md", i)), genMarkdown(g, size)
		default:
			name, body = filepath.Join("sales", fmt.Sprintf("note-%05d.md", i)), genMarkdown(g, size)
		}
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return total, fmt.Errorf("generate corpus: %w", err)
		}
		if err := os.WriteFile(path, body, 0o644); err != nil {
			return total, fmt.Errorf("generate corpus: %w", err)
		}
		total += int64(len(body))
	}
	return total, nil
}

// genHTML writes a marketing page of about size bytes: head with JSON-LD,
// navigation, sections of headings, paragraphs, lists and plan cards.
func genHTML(g genText, size int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>%s — Kestrel Fleetworks</title>\n", g.pick(genHeadings))
	b.WriteString("  <script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"Product\", \"name\": \"RoutePlanner Fleet\", \"offers\": {\"@type\": \"Offer\", \"price\": \"18.00\", \"priceCurrency\": \"USD\"}}</script>\n")
	b.WriteString("  <style>.plan{border:1px solid #ccc}.price{font-weight:bold}</style>\n</head>\n<body>\n")
	b.WriteString("  <header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/pricing.html\">Pricing</a> <a href=\"/docs/\">Docs</a></nav></header>\n  <main>\n")
	fmt.Fprintf(&b, "    <h1>%s</h1>\n", g.pick(genHeadings))
	for s := 0; b.Len() < size; s++ {
		fmt.Fprintf(&b, "    <section id=\"s%d\">\n      <h2>%s</h2>\n", s, g.pick(genHeadings))
		for range 2 + g.r.IntN(3) {
			fmt.Fprintf(&b, "      <p>%s</p>\n", g.paragraph())
		}
		switch g.r.IntN(3) {
		case 0:
			b.WriteString("      <ul>\n")
			for range 3 + g.r.IntN(4) {
				fmt.Fprintf(&b, "        <li>%s</li>\n", g.item())
			}
			b.WriteString("      </ul>\n")
		case 1:
			b.WriteString("      <div class=\"plan\" id=\"fleet\"><h3>Fleet</h3><div class=\"price\">$18<span>/vehicle/month</span></div>\n")
			fmt.Fprintf(&b, "        <p>%s</p></div>\n", g.sentence())
		}
		b.WriteString("    </section>\n")
	}
	b.WriteString("  </main>\n  <footer><p>Prices exclude VAT. © 2026 Kestrel Fleetworks GmbH.</p></footer>\n</body>\n</html>\n")
	return b.Bytes()
}

// genMarkdown writes a Markdown page of about size bytes: front matter,
// headings, paragraphs, lists, a table and now and then a code block.
func genMarkdown(g genText, size int) []byte {
	var b bytes.Buffer
	title := g.pick(genHeadings)
	fmt.Fprintf(&b, "---\ntitle: %s\n---\n\n# %s\n\n", title, title)
	for b.Len() < size {
		fmt.Fprintf(&b, "## %s\n\n", g.pick(genHeadings))
		for range 2 + g.r.IntN(3) {
			b.WriteString(g.paragraph())
			b.WriteString("\n\n")
		}
		switch g.r.IntN(4) {
		case 0:
			for i := range 3 + g.r.IntN(4) {
				fmt.Fprintf(&b, "%d. %s\n", i+1, g.item())
			}
		case 1:
			b.WriteString("| Plan | Vehicles | Support |\n|------|----------|---------|\n")
			b.WriteString("| Starter | up to 3 | community forum |\n| Fleet | unlimited | 24/7 chat |\n")
			fmt.Fprintf(&b, "| Enterprise | unlimited | named contact for %s |\n", g.pick(genObjects))
		case 2:
			b.WriteString("```sh\ncurl -H \"Authorization: Bearer $TOKEN\" https://api.kestrel.example/v1/routes?limit=50\n```\n")
		default:
			fmt.Fprintf(&b, "- %s\n- %s\n- [Read the guide](https://kestrel.example/docs/%d)\n", g.item(), g.item(), g.r.IntN(900))
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}
