package html

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

func TestHTMLBlocks(t *testing.T) {
	x, src := extracttest.Read(t, Extract, "testdata/pricing.html")
	tests := []struct {
		text, at string // at: the source text where the block begins
		kind     extract.BlockKind
		level    int
		selector string
		context  []string
	}{
		{"Pricing — Kestrel Fleetworks", "Pricing &mdash;", extract.Title, 0, "head > title", nil},
		{"RoutePlanner Fleet costs $18 per vehicle per month.", `<meta name="description"`, extract.Meta, 0, "head > meta:nth-of-type(2)", nil},
		{"RoutePlanner pricing", "RoutePlanner pricing", extract.Heading, 1, "main > h1", nil},
		{"Fleet", "Fleet</h3>", extract.Heading, 3, "section#pricing > div.plan:nth-of-type(2) > h3", []string{"RoutePlanner pricing", "Plans"}},
		{"$18/vehicle/month", "$18<span>", extract.Paragraph, 0, "section#pricing > div.plan:nth-of-type(2) > div.price", []string{"RoutePlanner pricing", "Plans", "Fleet"}},
		{"Custom pricing", "Custom pricing", extract.Paragraph, 0, "section#pricing > div.plan:nth-of-type(3) > div.price:nth-of-type(2)", []string{"RoutePlanner pricing", "Plans", "Enterprise"}},
		{"All plans include 120+ integrations.", "All plans", extract.Paragraph, 0, "section#pricing > p", []string{"RoutePlanner pricing", "Plans"}},
		{"$18/vehicle/month", "$18/vehicle", extract.Paragraph, 0, "", nil}, // the table cell: checked below
		{"Live traffic", "Live traffic", extract.ListItem, 2, "main > ul > li:nth-of-type(1) > ul > li", []string{"RoutePlanner pricing", "Route optimisation"}},
		{"Driver app", "Driver app", extract.ListItem, 1, "main > ul > li:nth-of-type(2) > p", []string{"RoutePlanner pricing"}},
		{"Fleetplan and Fleet plan & more here", "<b>Fleet</b>plan", extract.Paragraph, 0, "section#pricing > div.plan:nth-of-type(2) > p:nth-of-type(2)", []string{"RoutePlanner pricing", "Plans", "Fleet"}},
	}
	for _, tt := range tests {
		if tt.selector == "" {
			continue
		}
		b := extracttest.Block(t, x, tt.text)
		line, col := extracttest.SourceAt(t, src, tt.at, 1)
		if strings.HasPrefix(tt.at, "<b>") {
			col += len("<b>")
		}
		if b.Location.Line != line || b.Location.Column != col {
			t.Errorf("%q at %d:%d, want %d:%d", tt.text, b.Location.Line, b.Location.Column, line, col)
		}
		if b.Kind != tt.kind || b.Level != tt.level {
			t.Errorf("%q is %s level %d, want %s level %d", tt.text, b.Kind, b.Level, tt.kind, tt.level)
		}
		if b.Location.Selector != tt.selector {
			t.Errorf("%q selector %q, want %q", tt.text, b.Location.Selector, tt.selector)
		}
		if !slices.Equal(b.Context, tt.context) {
			t.Errorf("%q context %q, want %q", tt.text, b.Context, tt.context)
		}
		if b.Location.Source != "pricing.html" {
			t.Errorf("%q source %q", tt.text, b.Location.Source)
		}
	}
	if x.Title != "Pricing — Kestrel Fleetworks" {
		t.Errorf("Title = %q", x.Title)
	}
}

// TestHTMLAt checks that a mention in the middle of a block, on a later
// line of the source or after a tag or an entity, gets its own position.
func TestHTMLAt(t *testing.T) {
	x, src := extracttest.Read(t, Extract, "testdata/pricing.html")
	tests := []struct {
		block, mention, at string
		nth                int
	}{
		{"Billed annually at $180 per vehicle per year. Includes a 14-day free trial and 99.95% uptime.", "99.95%", "99.95%", 1},
		{"Billed annually at $180 per vehicle per year. Includes a 14-day free trial and 99.95% uptime.", "14-day", "14-day", 1},
		{"Billed annually at $180 per vehicle per year. Includes a 14-day free trial and 99.95% uptime.", "$180", "$180", 1},
		{"$18/vehicle/month", "/vehicle", "/vehicle/month", 1},
		{"Fleetplan and Fleet plan & more here", "& more", "&amp; more", 1},
		{"Fleetplan and Fleet plan & more here", "here", "here</p>", 1},
		{"Pricing — Kestrel Fleetworks", "Kestrel", "Kestrel Fleetworks</title>", 1},
	}
	for _, tt := range tests {
		b := extracttest.Block(t, x, tt.block)
		got := b.At(strings.Index(b.Text, tt.mention))
		line, col := extracttest.SourceAt(t, src, tt.at, tt.nth)
		if got.Line != line || got.Column != col {
			t.Errorf("%q in %q at %d:%d, want %d:%d", tt.mention, tt.block, got.Line, got.Column, line, col)
		}
	}
}

func TestHTMLTableContext(t *testing.T) {
	x, _ := extracttest.Read(t, Extract, "testdata/pricing.html")
	want := map[string][]string{
		"Free":      {"RoutePlanner pricing", "Starter", "Price"},
		"Unlimited": {"RoutePlanner pricing", "Fleet", "Vehicles"},
		"Price":     {"RoutePlanner pricing", "Feature"},
		"Starter":   {"RoutePlanner pricing"},
	}
	for _, b := range x.Blocks {
		if b.Kind != extract.Cell {
			continue
		}
		if w, ok := want[b.Text]; ok && !slices.Equal(b.Context, w) {
			t.Errorf("cell %q context %q, want %q", b.Text, b.Context, w)
		}
		if b.Text == "$18/vehicle/month" && !slices.Equal(b.Context, []string{"RoutePlanner pricing", "Fleet", "Price"}) {
			t.Errorf("cell %q context %q", b.Text, b.Context)
		}
	}
}

// TestHTMLLeftOut checks that chrome, hidden text, code and struck-out
// prices are not read.
func TestHTMLLeftOut(t *testing.T) {
	x, _ := extracttest.Read(t, Extract, "testdata/pricing.html")
	for _, b := range x.Blocks {
		for _, bad := range []string{"cookies", "Old price", "Hidden $16", "curl", "$25", "©", "color: red", "schema.org", "onestory-disable"} {
			if strings.Contains(b.Text, bad) {
				t.Errorf("block %q holds left-out text %q", b.Text, bad)
			}
		}
		if b.Text == "Kestrel" || b.Text == "Pricing" {
			t.Errorf("site header read: %q", b.Text)
		}
	}
	if got := extracttest.Block(t, x, "Was now $18."); got.Kind != extract.Paragraph {
		t.Errorf("kind %s", got.Kind)
	}
}

func TestHTMLSnippets(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // block texts in order
	}{
		{"inline does not glue", `<p><b>Fleet</b>plan, <b>Fleet</b> plan, <a href="#">Fleet</a><em> plan</em></p>`,
			[]string{"Fleetplan, Fleet plan, Fleet plan"}},
		{"card line is one block", `<div class="price">$18<span>/vehicle/month</span></div>`, []string{"$18/vehicle/month"}},
		{"text beside blocks", `<div>Intro <p>Para</p> trailing</div>`, []string{"Intro", "Para", "trailing"}},
		{"hero header kept", `<header class="hero"><nav>Home</nav><h1>Fleet routing</h1><p>For fleets</p></header>`, []string{"Fleet routing", "For fleets"}},
		{"site header dropped", `<header><a href="/">Logo</a></header><p>Body</p>`, []string{"Body"}},
		{"article header and footer kept", `<article><header><p>By Ann</p></header><p>Body</p><footer>Note</footer></article>`, []string{"By Ann", "Body", "Note"}},
		{"aria and roles", `<div role="navigation">Menu</div><span aria-hidden="true">★</span><p style="visibility: hidden">x</p><p>Kept</p>`, []string{"Kept"}},
		{"consent banner", `<div class="gdpr-notice">We value privacy</div><div id="onetrust-consent-sdk">Accept</div><p>Kept</p>`, []string{"Kept"}},
		{"br is a space", `<p>Fleet<br>$18</p>`, []string{"Fleet $18"}},
		{"nbsp and entities", `<p>$18&nbsp;per&#160;vehicle &amp;&nbsp;more</p>`, []string{"$18 per vehicle & more"}},
		{"dl context", `<dl><dt>Trial</dt><dd>14 days</dd></dl>`, []string{"Trial", "14 days"}},
		{"foster-parented table text", `<table>Fleet $18<tr><td>cell</td></tr></table>`, []string{"Fleet $18", "cell"}},
		{"unclosed tags", `<div><p>one<p>two<li>three`, []string{"one", "two", "three"}},
		{"comment is no text", `<p>Fleet <!-- want price-mismatch "x" --> plan</p>`, []string{"Fleet plan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := Extract(context.Background(), "s.html", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range x.Blocks {
				got = append(got, b.Text)
				if b.Location.Line != 1 || b.Location.Column < 1 || b.Location.Column > len(tt.html) {
					t.Errorf("%q at %d:%d", b.Text, b.Location.Line, b.Location.Column)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLDDContext(t *testing.T) {
	x, err := Extract(context.Background(), "s.html", []byte("<h2>FAQ</h2>\n<dl><dt>Trial</dt><dd>14 days</dd></dl>"))
	if err != nil {
		t.Fatal(err)
	}
	if b := extracttest.Block(t, x, "14 days"); !slices.Equal(b.Context, []string{"FAQ", "Trial"}) || b.Location.Line != 2 {
		t.Errorf("dd context %q line %d", b.Context, b.Location.Line)
	}
}

func TestHTMLCRLF(t *testing.T) {
	src := "<p>Fleet\r\nplan\r\n$18</p>\r\n<p>next</p>"
	x, err := Extract(context.Background(), "s.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	b := extracttest.Block(t, x, "Fleet plan $18")
	if got := b.At(strings.Index(b.Text, "$18")); got.Line != 3 || got.Column != 1 {
		t.Errorf("$18 at %d:%d, want 3:1", got.Line, got.Column)
	}
	if got := extracttest.Block(t, x, "next").Location; got.Line != 4 || got.Column != 4 {
		t.Errorf("next at %d:%d, want 4:4", got.Line, got.Column)
	}
}

func TestHTMLBinary(t *testing.T) {
	_, err := Extract(context.Background(), "x.html", []byte("%PDF-1.7\x00\x01\x02"))
	if err == nil || err.Error() != "not HTML: binary content" {
		t.Errorf("err = %v", err)
	}
}

func TestHTMLCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, "x.html", []byte("<p>x</p>")); err == nil {
		t.Error("no error for a canceled context")
	}
}

// TestMarketingPage checks the page the benchmark reads.
func TestMarketingPage(t *testing.T) {
	page := extracttest.MarketingPage()
	if len(page) < 30<<10 || len(page) > 60<<10 {
		t.Errorf("benchmark page is %d bytes, want 30–60 KB", len(page))
	}
	x, err := Extract(context.Background(), "p.html", page)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range x.Blocks {
		if strings.Contains(b.Text, "Footer link") || strings.Contains(b.Text, "Section 3") || strings.Contains(b.Text, "cookies") {
			t.Errorf("chrome read: %q", b.Text)
		}
	}
	price := extracttest.Block(t, x, "$18/vehicle/month")
	if !slices.Equal(price.Context, []string{"Route planning that pays for itself", "Simple pricing", "Fleet"}) {
		t.Errorf("price context %q", price.Context)
	}
	if len(x.Prices) != 1 || x.Prices[0].Price != "18.00" {
		t.Errorf("prices %+v", x.Prices)
	}
}

// TestHTMLDeepNesting reads a page nested deeper than the parser's limit
// of 512 open elements, as browsers do, with positions intact.
func TestHTMLDeepNesting(t *testing.T) {
	page := strings.Repeat("<div>", 600) + "\n<p>Fleet <b>$18</b></p>" + strings.Repeat("</div>", 600) + "<p>after</p>"
	x, err := Extract(context.Background(), "deep.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	b := extracttest.Block(t, x, "Fleet $18")
	if got := b.At(6); b.Location.Line != 2 || b.Location.Column != 4 || got.Line != 2 || got.Column != 13 {
		t.Errorf("block at %s, $18 at %s; want 2:4 and 2:13", b.Location, got)
	}
	extracttest.Block(t, x, "after")
}
