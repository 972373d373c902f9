package rules

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// TestAll validates every built-in rule, as a driver validates analyzers.
func TestAll(t *testing.T) {
	all := All()
	if len(all) == 0 {
		t.Fatal("All() returned no rules")
	}
	seen := map[string]bool{}
	for i, r := range all {
		switch {
		case !kebab.MatchString(r.ID):
			t.Errorf("rule %q: id is not kebab-case", r.ID)
		case seen[r.ID]:
			t.Errorf("rule %q: id is used twice", r.ID)
		case i > 0 && all[i-1].ID >= r.ID:
			t.Errorf("rule %q: All() is not sorted by id (after %q)", r.ID, all[i-1].ID)
		}
		seen[r.ID] = true
		title, details, ok := strings.Cut(r.Doc, "\n\n")
		if !ok || title == "" || strings.Contains(title, "\n") || strings.TrimSpace(details) == "" {
			t.Errorf("rule %q: Doc must be a one-line title, a blank line and details", r.ID)
		}
		if r.Title() != title {
			t.Errorf("rule %q: Title() = %q, want %q", r.ID, r.Title(), title)
		}
		if r.Check == nil {
			t.Errorf("rule %q: no Check", r.ID)
		}
		if r.Severity < Info || r.Severity > Error || (r.Scope != Document && r.Scope != Corpus) {
			t.Errorf("rule %q: bad severity %d or scope %d", r.ID, r.Severity, r.Scope)
		}
		file := strings.ReplaceAll(r.ID, "-", "_") + ".go"
		if _, err := os.Stat(file); err != nil {
			t.Errorf("rule %q: want it declared in %s: %v", r.ID, file, err)
		}
		if Lookup(r.ID) != r {
			t.Errorf("Lookup(%q) did not return the rule", r.ID)
		}
	}
}

// TestAllIDs checks that every rule of DESIGN.md is built in, and no other.
func TestAllIDs(t *testing.T) {
	if Lookup("no-such-rule") != nil {
		t.Error("Lookup of an unknown id returned a rule")
	}
	var ids []string
	for _, r := range All() {
		ids = append(ids, r.ID)
	}
	want := []string{"availability-mismatch", "claim-mismatch", "crawl-limit", "entitlement-conflict", "entitlement-mismatch", "fact-conflict", "fact-mismatch", "forbidden-claim", "missing-message", "plan-name", "policy-conflict", "policy-mismatch", "price-conflict", "price-mismatch", "product-name", "render-incomplete", "sale-price-outside-dates", "stale-offer", "stale-value", "term", "unapproved-claim", "unreadable-source"}
	if !slices.Equal(ids, want) {
		t.Errorf("All() ids = %q, want the built-in rules of DESIGN.md %q", ids, want)
	}
}

// TestReads checks that the checker asks the analyzer for what its rules
// read, and no more: with only the term rules on, no prices, claims or
// messages are looked for.
func TestReads(t *testing.T) {
	s := &story.Story{Path: "messaging.yaml", Rules: map[string]story.RuleSetting{}}
	for _, r := range All() {
		if r.ID != "term" && r.ID != "product-name" && r.ID != "forbidden-claim" {
			s.Rules[r.ID] = story.RuleSetting{Off: true}
		}
	}
	c, err := NewChecker(s, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Reads(), analyze.FindTerms|analyze.FindProducts; got != want {
		t.Fatalf("Reads() = %b, want %b", got, want)
	}
	all, err := NewChecker(&story.Story{Path: "messaging.yaml"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := all.Reads(); got != analyze.FindAll {
		t.Fatalf("with every rule on, Reads() = %b, want %b", got, analyze.FindAll)
	}
}
