package rules

import (
	"slices"
	"strings"
)

// planHit is a plan name the story does not know, or a retired one, found
// in a sentence at s[start:end].
type planHit struct {
	start, end int
	product    int       // the product it is written for; -1 when no product says
	retired    []planRef // the plans it is a retired name of
}

// nameSpan is a run of words that spells a product or a plan of the story.
type nameSpan struct {
	from, to int // words[from:to]
	product  int // product index for a product name; -1 for a plan name
	plans    []planRef
}

// sentencePlans is one sentence as the plan-name rule reads it.
type sentencePlans struct {
	n     *planNames
	text  string
	ws    []word
	title bool       // written in title case, where capitals say nothing
	spans []nameSpan // in order, not overlapping
	at    []int      // index into spans of the span starting at each word, or -1
	ends  []int      // index into spans of the span ending at each word (its last), or -1
	hits  []planHit
	lower []byte // the sentence lower-cased, which ws's lower point into
}

// find returns the unknown and retired plan names of sentence s.
func (n *planNames) find(s string) []planHit {
	var p sentencePlans
	return p.find(n, s)
}

// find returns the unknown and retired plan names of sentence s, reusing
// p's slices from the sentence before.
func (p *sentencePlans) find(n *planNames, s string) []planHit {
	if len(n.plans) == 0 || !n.mayHold(s) {
		return nil
	}
	return p.scan(n, s)
}

// scan is find without the prefilter mayHold.
func (p *sentencePlans) scan(n *planNames, s string) []planHit {
	ws, lower := splitWordsInto(p.ws[:0], p.lower, s)
	*p = sentencePlans{n: n, text: s, ws: ws, lower: lower, spans: p.spans[:0],
		at: p.at[:0], ends: p.ends[:0], hits: p.hits[:0]}
	p.title = titleCase(p.ws)
	p.index()
	for i := range p.ws {
		if _, ok := planNouns[string(p.ws[i].lower)]; ok {
			p.beforeNoun(i)
		}
	}
	for k, sp := range p.spans {
		if sp.to-sp.from > 1 && p.allUpper(sp.from, sp.to) {
			p.known(k) // a retired name of several capitalised words, wherever it stands
		}
		if p.title || p.foreign(k) {
			continue
		}
		p.afterName(k)
		p.list(k)
	}
	slices.SortFunc(p.hits, func(a, b planHit) int { return a.start - b.start })
	return p.hits
}

// spaced reports whether words i and i+1 are separated by spaces only.
func (p *sentencePlans) spaced(i int) bool {
	return strings.TrimSpace(p.text[p.ws[i].end:p.ws[i+1].start]) == ""
}

// index finds the names of the story in the sentence, longest first.
func (p *sentencePlans) index() {
	for range p.ws {
		p.at, p.ends = append(p.at, -1), append(p.ends, -1)
	}
	var buf [128]byte
	for i := 0; i < len(p.ws); {
		if !p.n.first[string(p.ws[i].lower)] {
			i++
			continue
		}
		best := nameSpan{}
		key := buf[:0]
		for k := i; k < len(p.ws) && k-i < p.n.maxWords; k++ {
			if k > i {
				if !p.spaced(k - 1) {
					break
				}
				key = append(key, ' ')
			}
			key = append(key, p.ws[k].lower...)
			if prod, ok := p.n.products[string(key)]; ok {
				best = nameSpan{from: i, to: k + 1, product: prod}
			} else if refs, ok := p.n.plans[string(key)]; ok {
				best = nameSpan{from: i, to: k + 1, product: -1, plans: refs}
			}
		}
		if best.to == 0 {
			i++
			continue
		}
		p.at[i], p.ends[best.to-1] = len(p.spans), len(p.spans)
		p.spans = append(p.spans, best)
		i = best.to
	}
}

// upperRun returns where a run of capitalised words, separated by spaces,
// that ends just before word end starts; at most max words, none a plan
// noun or a name of the story.
func (p *sentencePlans) upperRun(end, most int) int {
	j := end
	for j > 0 && end-j < most && p.ws[j-1].upper && p.at[j-1] < 0 && p.ends[j-1] < 0 && (j == end || p.spaced(j-1)) {
		if _, noun := planNouns[string(p.ws[j-1].lower)]; noun {
			break
		}
		j--
	}
	return j
}

// beforeNoun reads the name before plan noun i: "the Team plan", "Cody Pro
// subscription", "PostHog Scale License", "Enterprise Starter pricing".
func (p *sentencePlans) beforeNoun(i int) {
	if i == 0 || !p.spaced(i-1) || p.verb(i) {
		return
	}
	if k := p.ends[i-1]; k >= 0 { // a name of the story right before the noun
		p.known(k)
		return
	}
	j := p.upperRun(i, 3)
	for j < i && notNames[string(p.ws[j].lower)] && (!tierWords[string(p.ws[j].lower)] || j == 0) {
		j++
	}
	if j == i {
		return
	}
	product, ext := -1, false
	if j > 0 && p.spaced(j-1) {
		if k := p.ends[j-1]; k >= 0 {
			product, ext = p.spans[k].product, p.spans[k].product < 0
		}
	}
	strong := planNouns[string(p.ws[i].lower)]
	tiers := p.allTiers(j, i)
	if product >= 0 || ext && tiers || strong && tiers {
		from := j
		if ext {
			from = p.spans[p.ends[j-1]].from
		}
		p.hit(from, i, product)
	}
}

// verb reports whether plan noun i is a verb: “Teams plan their sprints”,
// “we license the code to”.
func (p *sentencePlans) verb(i int) bool {
	if i+1 >= len(p.ws) || !p.spaced(i) {
		return false
	}
	return objectWords[string(p.ws[i+1].lower)]
}

// objectWords stand after a verb, not after a noun: “plan their”, “plan
// to”, “license the”.
var objectWords = map[string]bool{
	"their": true, "the": true, "a": true, "an": true, "our": true, "your": true, "his": true, "her": true,
	"its": true, "my": true, "to": true, "ahead": true, "out": true, "how": true, "what": true, "which": true,
	"them": true, "it": true, "this": true, "these": true, "those": true,
}

// afterName reads what follows name span k: a product name and capitalised
// plan words ("Cody Pro"), or a known plan's name and more of them
// ("Enterprise Starter").
func (p *sentencePlans) afterName(k int) {
	sp := p.spans[k]
	if sp.product < 0 && !p.allUpper(sp.from, sp.to) {
		return
	}
	if sp.product >= 0 && sp.to < len(p.ws) && p.spaced(sp.to-1) && p.at[sp.to] >= 0 {
		next := p.spans[p.at[sp.to]]
		if next.product < 0 && p.allUpper(next.from, next.to) && !hasProduct(next.plans, sp.product) {
			p.hit(next.from, next.to, sp.product) // another product's plan: "RoutePlanner Pro"
		}
		return
	}
	end := sp.to
	for end < len(p.ws) && end-sp.to < 2 && p.ws[end].upper && p.at[end] < 0 && tierWords[string(p.ws[end].lower)] && p.spaced(end-1) {
		end++
	}
	if end == sp.to || end < len(p.ws) && p.ws[end].upper && p.spaced(end-1) {
		return // none, or the start of a longer name: "Sourcegraph Business Development"
	}
	if _, noun := planNouns[string(p.wordAt(end))]; noun {
		return // beforeNoun reads it
	}
	if sp.product >= 0 && p.n.company[lowerWords(p.text[p.ws[sp.from].start:p.ws[sp.to-1].end])] &&
		(string(p.ws[sp.to].lower) == "team" || string(p.ws[sp.to].lower) == "teams") {
		return // "the PostHog Team": the company's staff
	}
	if sp.product >= 0 {
		p.hit(sp.to, end, sp.product)
	} else {
		p.hit(sp.from, end, -1)
	}
}

// foreign reports whether plan name span k is part of another company's
// product name: "GitHub Enterprise", where a capitalised word that is no
// name of the story stands right before it.
func (p *sentencePlans) foreign(k int) bool {
	sp := p.spans[k]
	if sp.product >= 0 || sp.from == 0 || !p.spaced(sp.from-1) {
		return false
	}
	w := p.ws[sp.from-1]
	return w.upper && p.ends[sp.from-1] < 0 && !notNames[string(w.lower)] && !isPlanNoun(string(w.lower))
}

// titleCase reports whether a run of words is written in title case: at
// least three words of four letters or more, all capitalised.
func titleCase(ws []word) bool {
	n := 0
	for _, w := range ws {
		if w.end-w.start < 4 {
			continue
		}
		if !w.upper {
			return false
		}
		n++
	}
	return n >= 3
}

// wordAt returns the lower-cased word i, or nothing past the end.
func (p *sentencePlans) wordAt(i int) []byte {
	if i < len(p.ws) {
		return p.ws[i].lower
	}
	return nil
}
