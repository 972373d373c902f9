package markdown

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// contentPage returns a realistic Markdown page of about 40 KB: front
// matter, headings, long wrapped paragraphs with links and emphasis,
// nested lists, a pricing table and code blocks.
func contentPage() []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: RoutePlanner guide\ndescription: Plan every route.\ntags: [fleet, routes]\n---\n\n# RoutePlanner guide\n\n")
	for i := range 80 {
		fmt.Fprintf(&b, "## Section %d\n\n", i)
		b.WriteString("RoutePlanner plans routes for fleets of every size, with **live traffic** and\n" +
			"[one shared view](/one-view) of drivers, vehicles and deliveries. The *Fleet* plan costs\n" +
			"$18 per vehicle per month &mdash; or $180 per vehicle per year when billed annually.\n\n")
		b.WriteString("- Route optimisation\n  - Live traffic\n  - Re-routing\n- Driver app with `offline` mode\n\n")
		if i%3 == 0 {
			b.WriteString("| Plan | Price | Vehicles |\n|------|-------|----------|\n| Starter | Free | 5 |\n| Fleet | $18/vehicle/month | Unlimited |\n\n")
		}
		if i%4 == 0 {
			b.WriteString("```bash\nonestory check site/ --format json\n```\n\n")
		}
		b.WriteString("> Trusted by 2,500 customers. <!-- onestory-disable-next-line unapproved-claim -->\n\n")
	}
	return []byte(b.String())
}

// BenchmarkMarkdown measures Markdown extraction of a realistic page:
// go test -run '^$' -bench 'HTML|Markdown' ./extract/
func BenchmarkMarkdown(b *testing.B) {
	page := contentPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), "guide.md", page); err != nil {
			b.Fatal(err)
		}
	}
}
