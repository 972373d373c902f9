package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample is a small run: three sources in two channels, four rules, a
// conflict with a related location, a slide location, a fix and text that
// must be escaped in every format.
func sample() *Report {
	docs := []Document{
		{Source: "site/pricing.html", Channel: "marketing", Format: "html", Status: "ok"},
		{Source: "collateral/pitch.pptx", Channel: "sales", Format: "pptx", Status: "ok"},
		{Source: "collateral/onepager.pdf", Channel: "sales", Format: "pdf", Status: "ok"},
		{Source: "content/blog/launch.md", Channel: "marketing", Format: "markdown", Status: "ok"},
		{Source: "collateral/broken.pdf", Channel: "sales", Format: "pdf", Status: "unreadable"},
	}
	findings := []rules.Finding{
		{Rule: "unreadable-source", Severity: rules.Error, Message: "collateral/broken.pdf could not be read: encrypted PDF: cannot read without a password.",
			Channel: "sales", Location: extract.Location{Source: "collateral/broken.pdf"}, Related: []extract.Location{}},
		{Rule: "price-mismatch", Severity: rules.Error, Channel: "sales", Subject: "routeplanner/fleet",
			Message:  "The Fleet plan of RoutePlanner is $18 per vehicle per month in messaging.yaml; this slide says $21 per vehicle per month. Also at collateral/onepager.pdf page 1.",
			Expected: "$18 per vehicle per month", Found: "$21 per vehicle per month", Excerpt: "Fleet: $21 per vehicle per month",
			Location: extract.Location{Source: "collateral/pitch.pptx", Slide: 4}, Related: []extract.Location{{Source: "collateral/onepager.pdf", Page: 1}}},
		{Rule: "price-conflict", Severity: rules.Error, Channel: "sales", Subject: "driverlog/pro",
			Message:  "Sources disagree on the price of DriverLog Pro: marketing: $9 per driver per month at site/pricing.html:52:9; sales: $12 per driver per month at collateral/pitch.pptx slide 5.",
			Expected: "$9 per driver per month", Found: "$12 per driver per month",
			Location: extract.Location{Source: "collateral/pitch.pptx", Slide: 5, Part: extract.PartNotes},
			Related:  []extract.Location{{Source: "site/pricing.html", Line: 52, Column: 9, Selector: "main > div#driverlog > p.price"}}},
		{Rule: "term", Severity: rules.Warning, Channel: "marketing", Subject: "sign up",
			Message: "Use “sign up”, not “signup”.", Found: "Signup", Fix: "Sign up", Excerpt: "Signup takes <b>two</b> minutes | 100% free, 50% off, a:b, c",
			Location: extract.Location{Source: "content/blog/launch.md", Line: 12, Column: 1}, Related: []extract.Location{}},
		{Rule: "term", Severity: rules.Warning, Channel: "marketing", Subject: "sign up",
			Message: "Use “sign up”, not “sign-up”.", Found: "sign-up", Fix: "sign up",
			Location: extract.Location{Source: "site/pricing.html", Line: 7, Column: 20}, Related: []extract.Location{}},
	}
	rules.Sort(findings)
	return New("v0.1.0", "messaging.yaml", docs, findings)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./report -update after checking the change):\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	for _, name := range Formats() {
		t.Run(name, func(t *testing.T) {
			w, err := Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			var a, b bytes.Buffer
			if err := w(&a, sample(), Options{}); err != nil {
				t.Fatal(err)
			}
			if err := w(&b, sample(), Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("%s output is not deterministic", name)
			}
			golden(t, "golden."+name, a.Bytes())
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	if _, err := Lookup("yaml"); err == nil {
		t.Fatal("Lookup(yaml) succeeded")
	}
}

func TestTextColour(t *testing.T) {
	var plain, colour bytes.Buffer
	Text(&plain, sample(), Options{})
	Text(&colour, sample(), Options{Color: true})
	if bytes.Contains(plain.Bytes(), []byte("\x1b[")) {
		t.Error("colour codes without Options.Color")
	}
	if !bytes.Contains(colour.Bytes(), []byte("\x1b[31merror")) {
		t.Error("no red error with Options.Color")
	}
}
