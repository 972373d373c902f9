package analyze

import (
	"bytes"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// planWords follow a plan's name when a text names the plan in lower case:
// "the fleet plan", "our starter tier".
var planWords = []string{"plan", "plans", "tier", "tiers", "edition", "package"}

// planName is a name that points at one plan.
type planName struct {
	text       string // as the story spells it
	lower      string
	lowerBytes []byte
	subject    string // "product/plan"
	product    bool   // a product's name or alias, naming its only plan
}

// planRef is a place where a text names a plan.
type planRef struct {
	start, end int
	subject    string
}

// subjectIndex tells which plan a price is about and which fact a quantity
// is about. It is read-only after construction.
type subjectIndex struct {
	names       []planName
	annual      map[string]bool // plan subjects with an annual price
	facts       []factAbout
	competitors []string // the story's competitors' names and aliases (fact_scope.go)
}

// newSubjectIndex indexes the story's plan names, the names of products
// with a single plan, and the facts' about phrases.
func newSubjectIndex(s *story.Story) *subjectIndex {
	x := &subjectIndex{annual: map[string]bool{}}
	for _, p := range s.Products {
		for _, pl := range p.Plans {
			subject := p.ID + "/" + pl.ID
			x.addName(planName{text: pl.Name, subject: subject})
			if pl.AnnualPrice != nil {
				x.annual[subject] = true
			}
		}
		if len(p.Plans) != 1 {
			continue
		}
		subject := p.ID + "/" + p.Plans[0].ID
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			x.addName(planName{text: n, subject: subject, product: true})
		}
	}
	x.facts = newFactAbouts(s.Facts)
	for _, c := range s.Competitors {
		x.competitors = append(append(x.competitors, c.Name), c.Aliases...)
	}
	return x
}

func (x *subjectIndex) addName(n planName) {
	n.text = strings.TrimSpace(n.text)
	if n.text == "" {
		return
	}
	n.lower = strings.ToLower(n.text)
	n.lowerBytes = []byte(n.lower)
	x.names = append(x.names, n)
}

// refs returns the places where s names a plan, in order. A plan's name
// counts where it is written as the story spells it ("Fleet costs $18",
// not "your fleet"), or in any case when "plan" or "tier" follows it; a
// product's name counts in any case.
func (x *subjectIndex) refs(s string) []planRef {
	return x.appendRefsLower(nil, s, lowerASCII(nil, s))
}

// appendRefsLower is refs for s lower-cased by lowerASCII, appending to
// out.
func (x *subjectIndex) appendRefsLower(out []planRef, s string, lower []byte) []planRef {
	first := len(out)
	for _, n := range x.names {
		for from := 0; ; {
			i := bytes.Index(lower[from:], n.lowerBytes)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(n.lower)
			from = end
			if !words.Bounded(s, start, end) {
				continue
			}
			if n.product || s[start:end] == n.text || followedByWord(s, lower, end, planWords) {
				out = append(out, planRef{start, end, n.subject})
			}
		}
	}
	sortRefs(out[first:])
	return out
}

// followedByWord reports whether s, lower-cased as lower, goes on at end
// with a space and one of next, as a whole word.
func followedByWord(s string, lower []byte, end int, next []string) bool {
	if end >= len(lower) || lower[end] != ' ' {
		return false
	}
	rest := lower[end+1:]
	for _, w := range next {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w && words.Bounded(s, end+1, end+1+len(w)) {
			return true
		}
	}
	return false
}

func sortRefs(r []planRef) {
	for i := 1; i < len(r); i++ {
		for j := i; j > 0 && r[j].start < r[j-1].start; j-- {
			r[j], r[j-1] = r[j-1], r[j]
		}
	}
}

// sentenceSubjects returns the plan each price of a sentence is about, as
// far as the sentence tells: prices[i] is the byte range of the i-th price.
// When the sentence names a plan before its first price ("Fleet costs
// $18"), each price takes the nearest plan named before it, else after it;
// when a price comes first ("$18 for Fleet, $9 for DriverLog Pro"), the
// nearest plan named after it, else before it.
func sentenceSubjects(refs []planRef, prices []bounds) []string {
	return appendSentenceSubjects(nil, refs, prices)
}

// appendSentenceSubjects is sentenceSubjects appending to out.
func appendSentenceSubjects(out []string, refs []planRef, prices []bounds) []string {
	n := len(out)
	out = append(out, make([]string, len(prices))...)
	if len(refs) == 0 || len(prices) == 0 {
		return out
	}
	priceFirst := prices[0].start < refs[0].start
	for i, p := range prices {
		before, after := refBefore(refs, p.start), refAfter(refs, p.end)
		first, second := before, after
		if priceFirst {
			first, second = after, before
		}
		if first != "" {
			out[n+i] = first
		} else {
			out[n+i] = second
		}
	}
	return out
}

// refBefore returns the subject of the last ref ending at or before at.
func refBefore(refs []planRef, at int) string {
	subject, end := "", -1
	for _, r := range refs {
		if r.end <= at && r.end > end {
			subject, end = r.subject, r.end
		}
	}
	return subject
}

// refAfter returns the subject of the first ref starting at or after at.
func refAfter(refs []planRef, at int) string {
	for _, r := range refs {
		if r.start >= at {
			return r.subject
		}
	}
	return ""
}

// contextSubject returns the plan that block bi of t is about, from its
// context (innermost first: a table's column or row header, the nearest
// heading, a list's parent, a slide title) and then from the heading block
// before it.
func (x *subjectIndex) contextSubject(t *extract.Text, bi int) string {
	b := &t.Blocks[bi]
	for i := len(b.Context) - 1; i >= 0; i-- {
		if refs := x.refs(b.Context[i]); len(refs) > 0 {
			return refs[len(refs)-1].subject
		}
	}
	for j := bi - 1; j >= 0; j-- {
		h := &t.Blocks[j]
		if h.Kind == extract.Heading || h.Kind == extract.Title {
			if refs := x.refs(h.Text); len(refs) > 0 {
				return refs[len(refs)-1].subject
			}
			return ""
		}
	}
	return ""
}

// billedAnnually reports whether a price and the words just after it say
// it is paid by the year: "$15/month billed annually".
func billedAnnually(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"billed annually", "billed yearly", "paid annually", "paid yearly", "annual billing", "billed per year"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
