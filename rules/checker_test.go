package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

func TestSeverityOverrides(t *testing.T) {
	s := exampleStory()
	s.Rules = map[string]story.RuleSetting{
		"term":             {Severity: "info"},
		"unapproved-claim": {Severity: "error"},
		"product-name":     {Off: true},
	}
	d := doc("site/a.html", "marketing", []string{"Signup for RouteMaster, the fastest planner."},
		at("site/a.html", 1, analyze.Mention{Kind: analyze.TermMention, Text: "Signup", Match: "avoid", Canonical: "sign up"}),
		at("site/a.html", 1, analyze.Mention{Kind: analyze.ProductMention, Text: "RouteMaster", Match: "retired", Canonical: "RoutePlanner"}),
		at("site/a.html", 1, analyze.Mention{Kind: analyze.ClaimMention, Text: "the fastest planner", Match: "unmatched", ClaimKind: "superlative"}))
	got := map[string]Severity{}
	for _, f := range checker(t, s).Document(d) {
		got[f.Rule] = f.Severity
	}
	want := map[string]Severity{"term": Info, "unapproved-claim": Error}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("severities %v, want %v", got, want)
	}
}

func TestNewCheckerErrors(t *testing.T) {
	s := exampleStory()
	s.Rules = map[string]story.RuleSetting{"term": {Severity: "fatal"}}
	s.Custom = []story.CustomRule{
		{Name: "legal", Kind: "existence", Patterns: []string{"(unclosed"}, Pos: story.Pos{Line: 90, Column: 5}},
		{Name: "odd", Kind: "grammar", Tokens: []string{"x"}, Pos: story.Pos{Line: 95, Column: 5}},
		{Name: "blank", Kind: "required", Tokens: []string{" "}, Pos: story.Pos{Line: 99, Column: 5}},
	}
	_, err := NewChecker(s, today)
	if err == nil {
		t.Fatal("want an error")
	}
	for _, want := range []string{
		`messaging.yaml: rules.term: unknown severity "fatal"`,
		`messaging.yaml:90:5: custom rule "legal": pattern "(unclosed"`,
		`messaging.yaml:95:5: custom rule "odd": unknown kind "grammar"`,
		`messaging.yaml:99:5: custom rule "blank": tokens: empty phrase`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestUnreadable(t *testing.T) {
	c := checker(t, exampleStory())
	fs := c.Unreadable("collateral/old.pdf", "sales", "pdf", errors.New("not a PDF file"))
	want := []Finding{{Rule: "unreadable-source", Severity: Error, Channel: "sales",
		Message:  "collateral/old.pdf could not be read: not a PDF file.",
		Found:    "not a PDF file",
		Location: extract.Location{Source: "collateral/old.pdf"}, Related: []extract.Location{}}}
	if !reflect.DeepEqual(fs, want) {
		t.Errorf("got  %+v\nwant %+v", fs, want)
	}
	s := exampleStory()
	s.Rules = map[string]story.RuleSetting{"unreadable-source": {Off: true}}
	if fs := checker(t, s).Unreadable("x.pdf", "sales", "pdf", errors.New("boom")); len(fs) != 0 {
		t.Errorf("rule is off, got %+v", fs)
	}
}

func TestSort(t *testing.T) {
	loc := func(src string, line, slide, page, col int) extract.Location {
		return extract.Location{Source: src, Line: line, Slide: slide, Page: page, Column: col}
	}
	sorted := []Finding{
		{Rule: "term", Message: "b", Location: loc("a.html", 1, 0, 0, 1)},
		{Rule: "term", Message: "b", Location: loc("a.html", 1, 0, 0, 5)},
		{Rule: "price-mismatch", Message: "z", Location: loc("a.html", 2, 0, 0, 1)},
		{Rule: "term", Message: "a", Location: loc("a.html", 2, 0, 0, 1)},
		{Rule: "term", Message: "b", Location: loc("a.html", 2, 0, 0, 1)},
		{Rule: "term", Message: "b", Location: loc("a.html", 2, 0, 0, 1), Found: "x"},
		{Rule: "term", Message: "a", Location: loc("b.pptx", 0, 1, 0, 0)},
		{Rule: "term", Message: "a", Location: loc("b.pptx", 0, 3, 0, 0)},
		{Rule: "term", Message: "a", Location: loc("c.pdf", 0, 0, 2, 0)},
	}
	for i := range 20 {
		got := slicesClone(sorted)
		r := rand.New(rand.NewPCG(uint64(i), 1))
		r.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		Sort(got)
		if !reflect.DeepEqual(got, sorted) {
			t.Fatalf("shuffle %d: got\n%+v\nwant\n%+v", i, got, sorted)
		}
	}
}

func slicesClone(f []Finding) []Finding { return append([]Finding(nil), f...) }

// TestConcurrentDocuments calls Document from many goroutines, as the check
// does; run with -race.
func TestConcurrentDocuments(t *testing.T) {
	c := checker(t, exampleStory())
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			src := fmt.Sprintf("site/p%02d.html", i)
			p := usd18
			if i%4 == 0 {
				p = usd21
			}
			if fs := c.Document(fleetAt(src, "marketing", p, false)); len(only(fs, "price-mismatch")) != 0 {
				t.Errorf("%s: %+v from Document, want price-mismatch kept for Corpus", src, fs)
			}
		})
	}
	wg.Wait()
	fs := c.Corpus()
	// Four pages state one wrong price: one problem, one finding, the
	// first page its location and the other three related; the story has
	// a price, so the disagreement is no price-conflict as well.
	mm := only(fs, "price-mismatch")
	if len(mm) != 1 || mm[0].Location.Source != "site/p00.html" || len(mm[0].Related) != 3 ||
		mm[0].Related[0].Source != "site/p04.html" || mm[0].Related[2].Source != "site/p12.html" {
		t.Errorf("got %+v, want one price-mismatch at site/p00.html with 3 related", mm)
	}
	if n := len(only(fs, "price-conflict")); n != 0 {
		t.Errorf("got %d conflicts, want none", n)
	}
}

// TestUnreadableNamesSourceOnce checks that the message of a source the
// crawler could not read names the source once: crawl's errors start with
// "read SOURCE: ", and the message used to repeat it.
func TestUnreadableNamesSourceOnce(t *testing.T) {
	c := checker(t, exampleStory())
	err := fmt.Errorf("read site/missing.md: %w", fs.ErrNotExist)
	got := c.Unreadable("site/missing.md", "marketing", "markdown", err)
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1", len(got))
	}
	if want := "site/missing.md could not be read: file does not exist."; got[0].Message != want {
		t.Errorf("message %q, want %q", got[0].Message, want)
	}
	if got[0].Found != err.Error() {
		t.Errorf("Found %q, want the whole error %q", got[0].Found, err)
	}
}
