package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// TestMentionRules covers the rules that report a mention as the analyzer
// classified it: term, product-name, forbidden-claim, unapproved-claim and
// claim-mismatch.
func TestMentionRules(t *testing.T) {
	tests := []struct {
		name     string
		mention  analyze.Mention
		rule     string // "" for no finding
		message  string
		fix      string
		severity Severity
	}{
		{"avoided term", analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up"},
			"term", "Use “sign up”, not “signup”.", "sign up", Warning},
		{"avoided term at a sentence start", analyze.Mention{Kind: analyze.TermMention, Text: "Signup", Match: "avoid", Canonical: "Sign up", Subject: "sign up"},
			"term", "Use “sign up”, not “Signup”.", "Sign up", Warning},
		{"product mis-spaced", analyze.Mention{Kind: analyze.ProductMention, Text: "Route Planner", Match: "spacing", Canonical: "RoutePlanner", Subject: "routeplanner"},
			"product-name", "“Route Planner” should be written “RoutePlanner”.", "RoutePlanner", Error},
		{"product mis-cased", analyze.Mention{Kind: analyze.ProductMention, Text: "Routeplanner", Match: "case", Canonical: "RoutePlanner", Subject: "routeplanner"},
			"product-name", "“Routeplanner” should be written “RoutePlanner”.", "RoutePlanner", Error},
		{"product misspelled", analyze.Mention{Kind: analyze.ProductMention, Text: "RoutePlaner", Match: "typo", Canonical: "RoutePlanner", Subject: "routeplanner"},
			"product-name", "“RoutePlaner” should be written “RoutePlanner”.", "RoutePlanner", Error},
		{"retired product name", analyze.Mention{Kind: analyze.ProductMention, Text: "RouteMaster", Match: "retired", Canonical: "RoutePlanner", Subject: "routeplanner"},
			"product-name", "“RouteMaster” is the retired name of RoutePlanner.", "RoutePlanner", Error},
		{"exact product name", analyze.Mention{Kind: analyze.ProductMention, Text: "RoutePlanner", Match: "exact", Canonical: "RoutePlanner"}, "", "", "", 0},
		{"alias", analyze.Mention{Kind: analyze.ProductMention, Text: "Kestrel RoutePlanner", Match: "alias", Canonical: "RoutePlanner"}, "", "", "", 0},
		{"forbidden claim", analyze.Mention{Kind: analyze.ClaimMention, Text: "Best in the world", Match: "forbidden", Canonical: "best in the world"},
			"forbidden-claim", "The story forbids the claim “best in the world”.", "", Error},
		{"unapproved superlative", analyze.Mention{Kind: analyze.ClaimMention, Text: "The fastest route planner on the market", Match: "unmatched", ClaimKind: "superlative"},
			"unapproved-claim", "“The fastest route planner on the market” is a superlative claim that matches no approved claim.", "", Warning},
		{"unapproved absolute", analyze.Mention{Kind: analyze.ClaimMention, Text: "Never miss a delivery", Match: "unmatched", ClaimKind: "absolute"},
			"unapproved-claim", "“Never miss a delivery” is an absolute claim that matches no approved claim.", "", Warning},
		{"approved claim", analyze.Mention{Kind: analyze.ClaimMention, Text: "Cuts fuel costs by up to 12%", Match: "approved", Canonical: "Cuts fuel costs by up to 12%"}, "", "", "", 0},
		{"changed claim", analyze.Mention{Kind: analyze.ClaimMention, Text: "cuts fuel costs by up to 20%", Match: "changed", Canonical: "Cuts fuel costs by up to 12%", Subject: "fuel"},
			"claim-mismatch", "The approved claim is “Cuts fuel costs by up to 12%”; this says “cuts fuel costs by up to 20%”.", "", Error},
		// asides: text that is not the company speaking
		{"forbidden claim of a competitor", analyze.Mention{Kind: analyze.ClaimMention, Text: "Best in the world", Match: "forbidden", Canonical: "best in the world", Aside: analyze.AsideCompetitor}, "", "", "", 0},
		{"forbidden claim of common words, no claim", analyze.Mention{Kind: analyze.ClaimMention, Text: "The only", Match: "forbidden", Canonical: "the only", Aside: analyze.AsideNoClaim}, "", "", "", 0},
		{"unapproved claim in a question", analyze.Mention{Kind: analyze.ClaimMention, Text: "Is it the fastest planner", Match: "unmatched", ClaimKind: "superlative", Aside: analyze.AsideQuestion}, "", "", "", 0},
		{"changed claim, quoted", analyze.Mention{Kind: analyze.ClaimMention, Text: "cuts fuel costs by up to 20%", Match: "changed", Canonical: "Cuts fuel costs by up to 12%", Aside: analyze.AsideQuoted}, "", "", "", 0},
		{"retired name announced", analyze.Mention{Kind: analyze.ProductMention, Text: "RouteMaster", Match: "retired", Canonical: "RoutePlanner", Subject: "routeplanner", Aside: analyze.AsidePast}, "", "", "", 0},
		{"mis-spaced product, example", analyze.Mention{Kind: analyze.ProductMention, Text: "Route Planner", Match: "spacing", Canonical: "RoutePlanner", Aside: analyze.AsideExample}, "", "", "", 0},
		{"avoided term, example", analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up", Aside: analyze.AsideExample}, "", "", "", 0},
		{"avoided term, legal text", analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up", Aside: analyze.AsideLegal}, "", "", "", 0},
		{"avoided term, quoted, is reported", analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up", Aside: analyze.AsideQuoted},
			"term", "Use “sign up”, not “signup”.", "sign up", Warning},
	}
	c := checker(t, exampleStory())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := at("content/blog.md", 1, tt.mention)
			fs := c.Document(doc("content/blog.md", "marketing", []string{"It says " + tt.mention.Text + "."}, m))
			if tt.rule == "" {
				if len(fs) != 0 {
					t.Fatalf("want no finding, got %s %q", fs[0].Rule, fs[0].Message)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(fs), fs)
			}
			f := fs[0]
			if f.Rule != tt.rule || f.Message != tt.message || f.Fix != tt.fix || f.Severity != tt.severity {
				t.Errorf("got %s %s %q fix %q\nwant %s %s %q fix %q", f.Rule, f.Severity, f.Message, f.Fix, tt.rule, tt.severity, tt.message, tt.fix)
			}
			if f.Found != tt.mention.Text || f.Excerpt != "It says "+tt.mention.Text+"." || f.Location.Line != 1 || f.Channel != "marketing" {
				t.Errorf("finding fields: %+v", f)
			}
		})
	}
}

func TestLongClaimIsCut(t *testing.T) {
	long := "Cuts fuel costs by up to 20% " + strings.Repeat("and does many other things ", 20)
	m := at("a.md", 1, analyze.Mention{Kind: analyze.ClaimMention, Text: long, Match: "changed", Canonical: "Cuts fuel costs by up to 12%"})
	fs := checker(t, exampleStory()).Document(doc("a.md", "marketing", []string{long}, m))
	if len(fs) != 1 || len(fs[0].Message) > 250 || !strings.HasSuffix(fs[0].Message, "…”.") || len(fs[0].Excerpt) > maxExcerpt {
		t.Errorf("got %+v", fs)
	}
}

func TestPartlyUnreadable(t *testing.T) {
	c, err := NewChecker(&story.Story{Path: "messaging.yaml"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	loc := extract.Location{Source: "site/shop.html", Line: 7, Column: 3}
	d := &analyze.Doc{Source: "site/shop.html", Channel: "marketing", Format: "html",
		Text: &extract.Text{Source: "site/shop.html", Warnings: []extract.Warning{{Message: "malformed JSON-LD: unexpected end of JSON input", Location: loc}}}}
	fs := c.Document(d)
	if len(fs) != 1 || fs[0].Rule != "unreadable-source" || fs[0].Location != loc || fs[0].Severity != Error {
		t.Fatalf("findings %+v, want one unreadable-source error at %v", fs, loc)
	}
}

// TestStatisticOfAFact checks that a statistic whose number states one of
// the story's facts is left to fact-mismatch, and that the same statistic
// with a number of no fact is an unapproved claim.
func TestStatisticOfAFact(t *testing.T) {
	const line = "We have increased our free trial to 30 days, instead of the previous 14."
	claim := analyze.Mention{Kind: analyze.ClaimMention, Text: line[:len(line)-1], Match: "unmatched", ClaimKind: "statistic"}
	c := checker(t, exampleStory())
	for _, tt := range []struct {
		name     string
		quantity analyze.Mention
		want     int
	}{
		{"the number is a fact", analyze.Mention{Kind: analyze.QuantityMention, Text: "30 days", Subject: "trial"}, 0},
		{"the number is no fact", analyze.Mention{Kind: analyze.QuantityMention, Text: "30 days"}, 1},
		{"the fact is set aside", analyze.Mention{Kind: analyze.QuantityMention, Text: "30 days", Subject: "trial", Aside: analyze.AsideQuoted}, 1},
	} {
		var n int
		for _, f := range c.Document(doc("content/blog.md", "marketing", []string{line}, at("content/blog.md", 1, claim), at("content/blog.md", 1, tt.quantity))) {
			if f.Rule == "unapproved-claim" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d unapproved-claim findings, want %d", tt.name, n, tt.want)
		}
	}
}
