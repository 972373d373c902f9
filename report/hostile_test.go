package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// evilName is a file name an attacker could commit: an OSC title, a clear
// screen, a ")" that would end a Markdown link, a newline and a heading, a
// carriage return, a link of its own, "#" and "?", and a right-to-left
// override.
const evilName = "site/evil\x1b]0;pwned\x07\x1b[2J (1).md\n## Injected heading\r\n[x](https://evil.example)#top?q=1\u202egnp.md"

// hostile is a run whose file names and page text carry what a terminal or
// a Markdown renderer would act on.
func hostile() *Report {
	docs := []Document{
		{Source: evilName, Channel: "marketing", Format: "markdown", Status: "ok"},
		{Source: "https://northwind.example/a)b<c>d e\x1b[2J", Channel: "marketing", Format: "html", Status: "ok"},
	}
	findings := []rules.Finding{
		{Rule: "term", Severity: rules.Warning, Channel: "marketing", Subject: "sign up",
			Message:  "Use “sign up”, not “signup”.\x1b[2J\x1b[H\n::error file=forged.md::forged",
			Found:    "signup",
			Fix:      "sign up\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\`\n# heading",
			Excerpt:  "Our \x1b]0;pwned\x07signup page \u009b2J is \x7flive \xff\u202eevil",
			Location: extract.Location{Source: evilName, Line: 3, Column: 5},
			Related:  []extract.Location{{Source: "other\x1b[31m.md", Line: 1}}},
		{Rule: "unreadable-source", Severity: rules.Error, Channel: "marketing",
			Message:  "could not be read: status 404 \x1b[5m\u0085\u009b2J\x7f\u2067",
			Location: extract.Location{Source: "https://northwind.example/a)b<c>d e\x1b[2J"}},
	}
	rules.Sort(findings)
	return New("v0.1.0", "messaging.yaml", docs, findings)
}

// TestHostileTextIsInert checks, byte by byte, that no format prints a
// control character (but newline and tab), DEL, a C1 control, a
// bidirectional override or invalid UTF-8 taken from a source or a file
// name.
func TestHostileTextIsInert(t *testing.T) {
	for _, name := range Formats() {
		t.Run(name, func(t *testing.T) {
			w, err := Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := w(&buf, hostile(), Options{}); err != nil {
				t.Fatal(err)
			}
			out := buf.Bytes()
			if name == "csv" { // RFC 4180 ends lines in CRLF; no other CR may stand
				out = bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n"))
			}
			if err := inert(out); err != "" {
				t.Errorf("%s\n%s", err, buf.Bytes())
			}
			if name == "text" || name == "markdown" {
				golden(t, "hostile."+name, buf.Bytes())
			}
		})
	}
}

// TestHostileJSONIsExact checks that the JSON report, inert as it is,
// still holds every text exactly: its escapes decode to the original.
func TestHostileJSONIsExact(t *testing.T) {
	r := hostile()
	var buf bytes.Buffer
	if err := JSON(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Findings []struct{ Message, Fix string }
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for i, f := range r.Findings.Collect() {
		if back.Findings[i].Message != f.Message || back.Findings[i].Fix != f.Fix {
			t.Errorf("finding %d reads back as %q, %q; want %q, %q", i, back.Findings[i].Message, back.Findings[i].Fix, f.Message, f.Fix)
		}
	}
}

func TestHostileInspectTextIsInert(t *testing.T) {
	in := NewInspection([]InspectedDoc{{Source: evilName, Channel: "marketing", Format: "markdown", Status: "unreadable",
		Error: "bad \x1b[2J", Blocks: []InspectedBlock{{Kind: "paragraph", Text: "Our \x1b]0;pwned\x07 \u009b2J page",
			Location: extract.Location{Source: evilName, Line: 1}}}}})
	for _, write := range []func(io.Writer, *Inspection) error{InspectText, InspectJSON} {
		var buf bytes.Buffer
		if err := write(&buf, in); err != nil {
			t.Fatal(err)
		}
		if err := inert(buf.Bytes()); err != "" {
			t.Errorf("%s\n%s", err, buf.Bytes())
		}
	}
}

// inert returns what in out a terminal could act on, or "".
func inert(out []byte) string {
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Sprintf("invalid UTF-8 at byte %d", i)
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7f && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("%U at byte %d", r, i)
		}
		i += size
	}
	return ""
}

// TestHostileMarkdownStructure parses the Markdown report of hostile file
// names and text with goldmark: it still has exactly one heading per
// source and one list item with one link per finding, each link's target
// the whole percent-encoded name, and no raw HTML.
func TestHostileMarkdownStructure(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, hostile(), Options{LinkBase: "https://github.com/o/r/blob/abc/"}); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	var headings, items int
	var links []string
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			headings++
		case *ast.ListItem:
			items++
		case *ast.Link:
			links = append(links, string(n.Destination))
		case *ast.AutoLink:
			links = append(links, string(n.URL(src)))
		case *ast.HTMLBlock, *ast.RawHTML:
			t.Errorf("raw HTML in the report: %T", n)
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if headings != 3 { // the headline and one per source
		t.Errorf("%d headings, want 3\n%s", headings, src)
	}
	if items != 2 {
		t.Errorf("%d list items, want 2\n%s", items, src)
	}
	want := []string{
		"https://northwind.example/a%29b%3Cc%3Ed%20e%1B%5B2J",
		"https://github.com/o/r/blob/abc/site/evil%1B%5D0%3Bpwned%07%1B%5B2J%20%281%29.md%0A%23%23%20Injected%20heading%0D%0A%5Bx%5D%28https://evil.example%29%23top%3Fq=1%E2%80%AEgnp.md#L3",
	}
	if strings.Join(links, "\n") != strings.Join(want, "\n") {
		t.Errorf("links:\n%s\nwant:\n%s", strings.Join(links, "\n"), strings.Join(want, "\n"))
	}
}

// BenchmarkTerminalFormats writes a report of 10,000 findings in the
// formats whose text goes through printable:
//
//	go test ./report -run '^$' -bench TerminalFormats
func BenchmarkTerminalFormats(b *testing.B) {
	fs := make([]rules.Finding, 10000)
	for i := range fs {
		fs[i] = rules.Finding{Rule: "price-mismatch", Severity: rules.Error, Channel: "marketing", Subject: "routeplanner/fleet",
			Message:  "The Fleet plan of RoutePlanner is $18 per vehicle per month in messaging.yaml; this page says $21 per vehicle per month.",
			Expected: "$18 per vehicle per month", Found: "$21 per vehicle per month", Excerpt: "Fleet costs $21 per vehicle per month, billed monthly — naïvely.",
			Location: extract.Location{Source: "site/pricing.html", Line: i + 1, Column: 12, Selector: "main > section.plans > p"},
			Related:  []extract.Location{}}
	}
	r := New("test", "messaging.yaml", nil, fs)
	for _, name := range []string{"text", "github", "markdown"} {
		w, _ := Lookup(name)
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := w(&buf, r, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
