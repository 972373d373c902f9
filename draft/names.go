package draft

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/onestory/onestory/analyze"
)

// planBefore finds "<Name> plan" in the text before a price: "the Fleet
// plan costs".
var planBefore = regexp.MustCompile(`\b((?:[A-Z][\w+.]*\s){0,2}[A-Z][\w+.]*)\s+(?:plan|tier|edition|package)\b`)

// genericHeadings head pricing sections without naming a plan.
var genericHeadings = map[string]bool{
	"pricing": true, "price": true, "prices": true, "plans": true, "plan": true, "overview": true,
	"summary": true, "questions": true, "faq": true, "faqs": true, "features": true, "details": true,
	"introduction": true, "notes": true, "example": true, "examples": true, "costs": true, "cost": true,
	"billing": true, "background": true, "context": true, "contents": true, "table of contents": true,
	"list price": true, "discounts": true, "discount": true, "total": true, "payment": true,
	"yes": true, "no": true, "true": true, "false": true, "correct": true, "incorrect": true,
	"right": true, "wrong": true, "do": true, "don't": true, "before": true, "after": true,
	"free": true, "paid": true, "monthly": true, "annual": true, "yearly": true, "add-ons": true,
}

// planNameNear returns the name of the plan a price stands under: "<Name>
// plan" before it in its sentence, else the innermost heading, table header
// or slide title of its block that reads as a name.
func planNameNear(d *analyze.Doc, m *analyze.Mention) string {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return ""
	}
	s := d.Sentences[m.Sentence]
	if i := strings.Index(s.Text, m.Text); i > 0 {
		if ms := planBefore.FindAllStringSubmatch(s.Text[:i], -1); len(ms) > 0 {
			if name := trimArticle(ms[len(ms)-1][1]); looksLikeName(name) {
				return name
			}
		}
	}
	if s.Block < 0 || s.Block >= len(d.Text.Blocks) {
		return ""
	}
	ctx := d.Text.Blocks[s.Block].Context
	for i := len(ctx) - 1; i >= 0 && i >= len(ctx)-2; i-- {
		if name := trimArticle(ctx[i]); looksLikeName(name) {
			return name
		}
	}
	return ""
}

func trimArticle(s string) string {
	s = strings.TrimSpace(s)
	for _, a := range []string{"The ", "Our ", "A "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}

// looksLikeName reports whether s reads as a product or plan name: one to
// three capitalised words, no question, no number alone, not a generic
// heading.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 40 || strings.ContainsAny(s, "?:!,;()[]/$€£%\"") || genericHeadings[strings.ToLower(s)] {
		return false
	}
	fs := strings.Fields(s)
	if len(fs) > 3 {
		return false
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isCandidate reports whether a sentence may name a product: a capitalised
// word other than its first.
func isCandidate(s string) bool {
	fs := strings.Fields(s)
	for i, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) && (i > 0 || hasInnerUpper(f)) {
			return true
		}
	}
	return false
}

func hasInnerUpper(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// addNames keeps a sentence that may name a product for the tagger.
func (c *Collector) addNames(s analyze.Sentence, channel string) {
	ts := c.sentences[s.Text]
	if ts == nil {
		if len(c.sentences) >= maxKeptSentences || len(s.Text) > 400 || !isCandidate(s.Text) {
			return
		}
		ts = &tagSentence{t: newTally()}
		c.sentences[strings.Clone(s.Text)] = ts // not the whole block's text
	}
	ts.t.add(s.Location, channel, "")
	if len(strings.Fields(s.Text)) < 6 {
		return // a heading or a label: every word may be capitalised
	}
	for _, m := range titleRun.FindAllStringIndex(s.Text, -1) {
		run := s.Text[m[0]:m[1]]
		if first, _, _ := strings.Cut(run, " "); nameStop[first] || articles[first] {
			continue
		}
		c.tallyOf(c.phrases, run).add(s.Location, channel, run)
	}
}

// titleRun is two or three capitalised words in a row: "Code Search",
// "Sourcegraph Cloud".
var titleRun = regexp.MustCompile(`\b[A-Z][A-Za-z0-9.+]*(?: [A-Z][A-Za-z0-9.+]*){1,2}\b`)

// articles and other words that open a capitalised run without naming.
var articles = map[string]bool{"A": true, "An": true, "In": true, "On": true, "For": true,
	"With": true, "To": true, "And": true, "Or": true, "But": true, "At": true, "By": true,
	"Is": true, "It": true, "As": true, "All": true, "See": true, "Use": true, "Please": true}

// nameStop are capitalised words that name no product.
var nameStop = map[string]bool{
	"I": true, "We": true, "You": true, "Our": true, "The": true, "This": true, "If": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Q1": true, "Q2": true, "Q3": true, "Q4": true,
}

// maxJudged and perName bound the entity recogniser's work: it reads at
// most perName sentences of each of the maxJudged best-attested names.
const (
	maxJudged = 80
	perName   = 3
)

// tagNames runs prose's tagger, with one model, over the candidate
// sentences in byte order and returns the proper-noun runs (one to three
// NNP tokens) with the sightings of the sentences they stand in. The
// entity recogniser, five times the tagger's cost, then reads a few
// sentences of each best-attested run of two or more words only ("Nick
// Snyder", "San Francisco"), and the runs it calls a person or a place are
// dropped. One word it is not asked about: it calls a product named like a
// person ("Cody") or a company ("Sourcegraph") a person as readily.
func tagNames(ctx context.Context, model *prose.Model, sentences map[string]*tagSentence) (map[string]*tally, error) {
	out := map[string]*tally{}
	where := map[string][]string{} // run → its first sentences
	texts := sortedKeys(sentences)
	if len(texts) > maxTagSentences {
		texts = texts[:maxTagSentences] // the same ones whatever order documents came in
	}
	for i, text := range texts {
		if i%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		doc, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			return nil, err
		}
		for _, run := range properRuns(doc.Tokens()) {
			t := out[run]
			if t == nil {
				t = newTally()
				out[run] = t
			}
			t.merge(sentences[text].t)
			if len(where[run]) < perName {
				where[run] = append(where[run], text)
			}
		}
	}
	if err := dropPeople(model, out, where); err != nil {
		return nil, err
	}
	return out, nil
}

// dropPeople deletes from names the runs of two or more words, among the
// maxJudged best attested, that the entity recogniser calls a person or a
// place in most of their first sentences (where).
func dropPeople(model *prose.Model, names map[string]*tally, where map[string][]string) error {
	ents := map[string][]prose.Entity{} // sentence → its entities, each read once
	for i, run := range ranked(names) {
		if i == maxJudged {
			break
		}
		if !strings.Contains(run, " ") {
			continue // one word: "Cody" is a product as often as a person
		}
		people := 0
		for _, text := range where[run] {
			es, ok := ents[text]
			if !ok {
				doc, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false))
				if err != nil {
					return err
				}
				es = doc.Entities()
				ents[text] = es
			}
			if personOrPlace(es, run) {
				people++
			}
		}
		if 2*people > len(where[run]) {
			delete(names, run)
		}
	}
	return nil
}

// personOrPlace reports whether the entities of a sentence make run a
// person or a place.
func personOrPlace(es []prose.Entity, run string) bool {
	for _, e := range es {
		if (e.Label == "PERSON" || e.Label == "GPE") && strings.Contains(e.Text, run) {
			return true
		}
	}
	return false
}

// properRuns returns the runs of proper nouns in tokens; a lone sentence-
// initial word that is not CamelCase does not count (every sentence starts
// with a capital).
func properRuns(toks []prose.Token) []string {
	var runs []string
	var cur []string
	start := 0
	flush := func(end int) {
		if len(cur) > 0 && len(cur) <= 3 && !(start == 0 && len(cur) == 1 && !hasInnerUpper(cur[0])) {
			runs = append(runs, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for i, tk := range toks {
		proper := (tk.Tag == "NNP" || tk.Tag == "NNPS" || hasInnerUpper(tk.Text)) && !nameStop[tk.Text] &&
			isNameToken(tk.Text)
		if !proper {
			flush(i)
			continue
		}
		if len(cur) == 0 {
			start = i
		}
		cur = append(cur, tk.Text)
	}
	flush(len(toks))
	return runs
}

func isNameToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '+' && r != '-' {
			return false
		}
	}
	return true
}
