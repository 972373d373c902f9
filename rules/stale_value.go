package rules

import (
	"strings"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

var staleValue = &Rule{
	ID: "stale-value",
	Doc: `An old value still stated after a dated change

The story's changes list what changed on which day and what it was before:
a key message's wording, a fact's value, a product's or plan's name, a
plan's price. From the day of the change (today is the day of the run, or
--today), a sentence that still states an old value is out of date: “Since
2023-09-01 the positioning is “code AI platform”; this page still says
“universal code search”.” Sentences that tell of the change itself
(“previously”, “formerly”, “was renamed”, “no longer”) are not reported,
nor are examples of forms: a style guide's “No” list, or the lists and
tables of a reference page.
An old price or fact value is reported here and not also as a
price-mismatch or fact-mismatch; an old wording that is also a forbidden
claim, or an old name that is also a retired name, is left to
forbidden-claim, product-name and plan-name.`,
	Severity: Error,
	Scope:    Document,
	Reads:    analyze.FindSentences | analyze.FindValues,
	Marks:    MarksChange,
	Check:    checkStaleValue,
}

// changeForm is a change as the stale-value rule looks for it, built once
// per checker.
type changeForm struct {
	c       *story.Change
	phrases []phraseForm // old wordings; none for a fact's or a plan price's change
}

// phraseForm is one old wording: a whole-word matcher and the lower-case
// wording a sentence must hold before the matcher runs.
type phraseForm struct {
	m      matcher
	key    string
	anchor int
	exact  string // for a name: the name as written, which a match must equal
}

// newChangeForms compiles the story's changes.
func newChangeForms(s *story.Story) []changeForm {
	if s == nil {
		return nil
	}
	var out []changeForm
	for i := range s.Changes {
		c := &s.Changes[i]
		f := changeForm{c: c}
		if c.Kind != story.ChangeFact && !c.WasPrice() {
			for _, w := range c.Was {
				if reportedElsewhere(s, c, w) {
					continue
				}
				m, err := phraseMatcher(w)
				if err != nil {
					continue
				}
				// Sentences hold single spaces: the whole wording is the key.
				key := strings.Join(strings.Fields(strings.ToLower(w)), " ")
				ph := phraseForm{m: m, key: key, anchor: rarestByte(key)}
				if c.Kind == story.ChangeProduct || c.Kind == story.ChangePlan {
					ph.exact = strings.Join(strings.Fields(w), " ") // "Beacon", not "a beacon"
				}
				f.phrases = append(f.phrases, ph)
			}
		}
		out = append(out, f)
	}
	return out
}

// reportedElsewhere reports whether another rule reports old wording w:
// a forbidden claim, or a retired name of the product or plan that changed.
func reportedElsewhere(s *story.Story, c *story.Change, w string) bool {
	for _, f := range s.Claims.Forbidden {
		if strings.EqualFold(strings.TrimSpace(f), strings.TrimSpace(w)) {
			return true
		}
	}
	for _, pr := range s.Products {
		for _, r := range pr.RetiredNames {
			if c.What == pr.ID && strings.EqualFold(r, w) {
				return true
			}
		}
		for _, pl := range pr.Plans {
			for _, r := range pl.RetiredNames {
				if c.What == pr.ID+"/"+pl.ID && strings.EqualFold(r, w) {
					return true
				}
			}
		}
	}
	return false
}

func checkStaleValue(p *Pass) {
	if p.known == nil {
		return
	}
	for _, f := range p.known.changes {
		if !f.c.InEffect(p.Now) {
			continue
		}
		switch {
		case f.c.Kind == story.ChangeFact:
			staleQuantities(p, f.c)
		case f.c.WasPrice():
			stalePrices(p, f.c)
		default:
			stalePhrases(p, f)
		}
	}
}

// staleSentence reports whether stale-value reports an old wording in
// sentence i of the pass's document.
func (x *storyIndex) staleSentence(p *Pass, i int) bool {
	if x == nil || i < 0 || i >= len(p.Doc.Sentences) {
		return false
	}
	s := &p.Doc.Sentences[i]
	for _, f := range x.changes {
		if !f.c.InEffect(p.Now) {
			continue
		}
		for _, ph := range f.phrases {
			if stalePhraseIn(s.Text, ph) {
				return true
			}
		}
	}
	return false
}

// stalePhraseIn reports whether sentence states the old wording ph as
// current.
func stalePhraseIn(sentence string, ph phraseForm) bool {
	return containsFoldAt(sentence, ph.key, ph.anchor) && !statesChange(sentence) && !words.IsQuestion(sentence) &&
		len(ph.matches(sentence)) > 0
}

// matches returns the byte ranges of the old wording in sentence: in any
// case for a wording, as written for a name.
func (ph phraseForm) matches(sentence string) [][]int {
	all := ph.m.find(sentence)
	if ph.exact == "" {
		return all
	}
	out := all[:0]
	for _, r := range all {
		if strings.Join(strings.Fields(sentence[r[0]:r[1]]), " ") == ph.exact {
			out = append(out, r)
		}
	}
	return out
}

// stalePhrases reports the sentences that state an old wording.
func stalePhrases(p *Pass, f changeForm) {
	reference := p.Story.IsReference(p.Doc.Source)
	for _, ph := range f.phrases {
		for i := range p.Doc.Sentences {
			s := &p.Doc.Sentences[i]
			if !stalePhraseIn(s.Text, ph) {
				continue
			}
			if s.Block >= 0 && s.Block < len(p.Doc.Text.Blocks) && analyze.ExampleBlock(&p.Doc.Text.Blocks[s.Block], reference) {
				continue // a style guide's example of a form, not the company's copy
			}
			for _, r := range ph.matches(s.Text) {
				loc := sentenceAt(p.Doc, s, r[0])
				p.Report(staleFinding(p, f.c, s.Text[r[0]:r[1]], loc, clip(s.Text), here(p.Doc, &analyze.Mention{Location: loc})))
			}
		}
	}
}

// staleQuantities reports the quantities stated for a fact that equal an
// old value of it.
func staleQuantities(p *Pass, c *story.Change) {
	for m := range mentionsOf(p.Doc, analyze.QuantityMention) {
		if m.Quantity == nil || m.Subject != c.What || !statedOld(p.Doc, m) {
			continue
		}
		for _, was := range c.WasQuantities {
			if quantityAgrees(*m.Quantity, was) {
				found := quantityText(*m.Quantity)
				if found == "" {
					found = m.Text
				}
				p.Report(staleFinding(p, c, found, m.Location, excerpt(p.Doc, m), here(p.Doc, m)))
				break
			}
		}
	}
}

// stalePrices reports the prices stated for a plan that equal an old price
// of it.
func stalePrices(p *Pass, c *story.Change) {
	for m := range mentionsOf(p.Doc, analyze.PriceMention) {
		if m.Price == nil || m.Subject != c.What || m.Annual || !statedOld(p.Doc, m) {
			continue
		}
		for _, was := range c.WasPrices {
			if priceAgrees(*m.Price, was) {
				p.Report(staleFinding(p, c, m.Text, m.Location, excerpt(p.Doc, m), here(p.Doc, m)))
				break
			}
		}
	}
}

// statedOld reports whether mention m's sentence states the value as
// current, not as the change itself.
func statedOld(d *analyze.Doc, m *analyze.Mention) bool {
	return m.Sentence < 0 || m.Sentence >= len(d.Sentences) || !statesChange(d.Sentences[m.Sentence].Text)
}

// staleFinding builds the finding of an old value found in a source.
func staleFinding(p *Pass, c *story.Change, found string, loc extract.Location, excerpt, where string) Finding {
	day := c.Changed.Format("2006-01-02")
	return Finding{
		Message: "Since " + day + " " + changeTitle(c) + " is " + quote(c.Now) + "; " + where +
			" still says " + quoteShort(found) + ".",
		Location: loc,
		Subject:  c.ID,
		Expected: c.Now + " (since " + day + ")",
		Found:    clip(found),
		Excerpt:  excerpt,
	}
}

// changeTitle names what changed, from the change's id: "the positioning",
// "the trial length".
func changeTitle(c *story.Change) string {
	return "the " + strings.ReplaceAll(c.ID, "-", " ")
}

// oldValue reports whether a mention states an old value of a change in
// effect on day now, as current or as the change itself. stale-value
// reports the first kind; price-mismatch, fact-mismatch and the conflicts
// report neither, so that one old value makes one finding.
func (x *storyIndex) oldValue(now time.Time, m *analyze.Mention) bool {
	if x == nil || m.Subject == "" {
		return false
	}
	for _, f := range x.changes {
		c := f.c
		if c.What != m.Subject || !c.InEffect(now) {
			continue
		}
		for _, q := range c.WasQuantities {
			if m.Quantity != nil && quantityAgrees(*m.Quantity, q) {
				return true
			}
		}
		for _, pr := range c.WasPrices {
			if m.Price != nil && !m.Annual && priceAgrees(*m.Price, pr) {
				return true
			}
		}
	}
	return false
}
