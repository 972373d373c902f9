package rules

import (
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// signupDoc has an avoided term on each of lines 1–9 except 5 and 6, which
// are empty in the source.
func signupDoc(directives ...extract.Directive) *analyze.Doc {
	var ms []analyze.Mention
	lines := []int{1, 2, 3, 4, 7, 8, 9}
	d := doc("site/a.html", "marketing", nil)
	for _, l := range lines {
		loc := extract.Location{Source: "site/a.html", Line: l, Column: 1}
		d.Text.Blocks = append(d.Text.Blocks, extract.Block{Text: "Free signup.", Location: loc})
		d.Sentences = append(d.Sentences, analyze.Sentence{Text: "Free signup.", Block: len(d.Text.Blocks) - 1, Location: loc})
		ms = append(ms, analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up", Location: loc, Sentence: len(d.Sentences) - 1})
	}
	d.Mentions = ms
	d.Text.Directives = directives
	return d
}

func TestSuppressions(t *testing.T) {
	dis := func(line int, rules ...string) extract.Directive {
		return extract.Directive{Kind: extract.Disable, Line: line, Rules: rules}
	}
	en := func(line int, rules ...string) extract.Directive {
		return extract.Directive{Kind: extract.Enable, Line: line, Rules: rules}
	}
	next := func(line int, rules ...string) extract.Directive {
		return extract.Directive{Kind: extract.DisableNextLine, Line: line, Rules: rules}
	}
	tests := []struct {
		name       string
		directives []extract.Directive
		want       []int // lines still reported
	}{
		{"none", nil, []int{1, 2, 3, 4, 7, 8, 9}},
		{"range of one rule", []extract.Directive{dis(2, "term"), en(7, "term")}, []int{1, 2, 8, 9}},
		{"range of all rules", []extract.Directive{dis(2), en(7)}, []int{1, 2, 8, 9}},
		{"other rule", []extract.Directive{dis(0, "product-name")}, []int{1, 2, 3, 4, 7, 8, 9}},
		{"to the end of the file", []extract.Directive{dis(3, "term", "product-name")}, []int{1, 2, 3}},
		{"all but one enabled again", []extract.Directive{dis(1), en(3, "term")}, []int{1, 4, 7, 8, 9}},
		{"next line", []extract.Directive{next(2, "term")}, []int{1, 2, 4, 7, 8, 9}},
		{"next line skips empty lines", []extract.Directive{next(4)}, []int{1, 2, 3, 4, 8, 9}},
		{"next line of another rule", []extract.Directive{next(4, "custom/legal")}, []int{1, 2, 3, 4, 7, 8, 9}},
		{"out of order", []extract.Directive{en(7), dis(2)}, []int{1, 2, 8, 9}},
	}
	c := checker(t, exampleStory())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := c.Document(signupDoc(tt.directives...))
			var got []int
			for _, f := range fs {
				got = append(got, f.Location.Line)
			}
			if !equalInts(got, tt.want) {
				t.Errorf("reported lines %v, want %v", got, tt.want)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSuppressionsOnSlides(t *testing.T) {
	term := func(slide int) analyze.Mention {
		return analyze.Mention{Kind: analyze.TermMention, Text: "signup", Match: "avoid", Canonical: "sign up", Sentence: -1,
			Location: extract.Location{Source: "deck.pptx", Slide: slide}}
	}
	d := &analyze.Doc{Source: "deck.pptx", Channel: "sales", Format: "pptx", Mentions: []analyze.Mention{term(2), term(3)},
		Text: &extract.Text{Directives: []extract.Directive{{Kind: extract.Disable, Slide: 3, Rules: []string{"term"}}}}}
	fs := checker(t, exampleStory()).Document(d)
	if len(fs) != 1 || fs[0].Location.Slide != 2 {
		t.Errorf("want only the finding on slide 2, got %+v", fs)
	}
}

func TestSuppressionsOfCorpusFindings(t *testing.T) {
	pricing := fleetAt("site/pricing.html", "marketing", usd18, false)
	pitch := fleetAt("collateral/pitch.html", "sales", usd21, false)
	pitch.Text.Directives = []extract.Directive{{Kind: extract.DisableNextLine, Rules: []string{"price-conflict"}}}
	c := checker(t, exampleStory())
	c.Document(pricing)
	c.Document(pitch)
	if fs := only(c.Corpus(), "price-conflict"); len(fs) != 0 {
		t.Errorf("the pitch's suppression did not silence its conflict: %+v", fs)
	}
}
