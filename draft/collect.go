package draft

import (
	"strings"
	"sync"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/value"
)

// maxTagSentences bounds the distinct candidate sentences the tagger reads
// (the first in byte order, so that the draft does not depend on the order
// documents come in); maxKeptSentences bounds those kept in memory, past
// which a corpus is still read but its later sentences are not tagged.
const (
	maxTagSentences  = 20000
	maxKeptSentences = 4 * maxTagSentences
)

// Collector keeps a compact record of what analysed documents say, for
// Build. It copies what it keeps, so a document is garbage once Add
// returns. It is safe for concurrent use.
type Collector struct {
	mu sync.Mutex
	// Compounds maps the closed and spaced forms of the hyphenated words of
	// an earlier pass ("signup", "sign up") to their key ("sign up"); the
	// Collector counts those forms as competing spellings. Set it before
	// the first Add.
	Compounds map[string]string
	// Names are the product names of an earlier pass; the Collector counts
	// how often each is written in lower case and how often as a name, to
	// tell a name from a common phrase ("Order Form", "order form"). Set
	// it before the first Add.
	Names []string
	// Company is the company's name: the Collector counts where each of
	// Names is written as the company's own ("Sourcegraph Cloud",
	// "Sourcegraph's Batch Changes").
	Company string
	// AboutCompetitor, when set, reports whether a sentence of a block (or
	// the block's own text) is about a competitor rather than the company
	// (analyze.Analyzer.AboutCompetitor); what it says is then no policy of
	// the company's. Set it before the first Add.
	AboutCompetitor func(b *extract.Block, text string) bool

	written map[string][3]int // name → [lower-case, as spelt, as the company's own]

	titles       map[string]int            // parts of document titles
	titled       int                       // documents with a title
	plans        map[string]*tally         // plan names read from where prices stand
	planDocs     map[string]map[string]int // plan name → source → prices
	docNames     map[string]map[string]int // source → capitalised phrase → count
	sentences    map[string]*tagSentence   // candidate sentences for the tagger
	phrases      map[string]*tally         // capitalised runs of words in prose
	structured   map[string]*tally         // JSON-LD and microdata product names
	prices       map[string]map[string]*priceTally
	products     map[string]map[string]*tally // subject → "match|text" → sightings
	facts        map[string]map[string]*tally // noun → quantity key → sightings
	claims       map[string]*claimTally
	messages     map[string]*tally // lower-cased text → sightings
	hyphens      map[string]*tally // "sign up" → sightings of "sign-up"
	forms        map[string]map[string]*tally
	unreadable   map[string]string            // source → why
	loose        map[string]*tally            // prices no plan was found for, by value
	defs         map[string]map[string]*tally // name → what it is ("code ai platform") → sentences
	listed       map[string]*tally            // plan names sentences list ("three plans: Free, Business and Enterprise")
	listings     map[string]*tally            // each such list, its names joined
	named        map[string]*tally            // names written before a plan word ("the Enterprise Starter pricing")
	retired      map[string]*retiredName      // old names ("previously referred to as managed instances"), lower-cased
	policies     map[string]*tally            // what sentences say is not offered ("No user limit")
	positions    map[string][4]int            // compound key → forms before a noun or not: hyphenated yes, no; spaced yes, no
	versus       map[string]*tally            // "Hound\x00Sourcegraph": the sides of a comparison page
	alternatives map[string]*tally            // names the company is called an alternative to
	siblings     map[string]*tally            // sibling headings that are all names, joined by \x00
}

// tagSentence is a sentence that may name a product, with its sightings.
type tagSentence struct {
	t *tally
}

// priceTally is one value stated for a plan.
type priceTally struct {
	*tally
	annual bool
}

// claimTally is one claim with its kind.
type claimTally struct {
	*tally
	kind string
}

// NewCollector returns an empty Collector.
func NewCollector() *Collector {
	return &Collector{
		titles:       map[string]int{},
		plans:        map[string]*tally{},
		planDocs:     map[string]map[string]int{},
		docNames:     map[string]map[string]int{},
		sentences:    map[string]*tagSentence{},
		phrases:      map[string]*tally{},
		structured:   map[string]*tally{},
		prices:       map[string]map[string]*priceTally{},
		products:     map[string]map[string]*tally{},
		facts:        map[string]map[string]*tally{},
		claims:       map[string]*claimTally{},
		messages:     map[string]*tally{},
		hyphens:      map[string]*tally{},
		forms:        map[string]map[string]*tally{},
		unreadable:   map[string]string{},
		written:      map[string][3]int{},
		loose:        map[string]*tally{},
		defs:         map[string]map[string]*tally{},
		listed:       map[string]*tally{},
		listings:     map[string]*tally{},
		named:        map[string]*tally{},
		retired:      map[string]*retiredName{},
		policies:     map[string]*tally{},
		positions:    map[string][4]int{},
		versus:       map[string]*tally{},
		alternatives: map[string]*tally{},
		siblings:     map[string]*tally{},
	}
}

// AddUnreadable records a source that could not be read and why; the draft
// names it in a comment.
func (c *Collector) AddUnreadable(source string, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.unreadable[source] = err.Error()
}

// Add records what one analysed document says.
func (c *Collector) Add(d *analyze.Doc) {
	if d == nil || d.Text == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.addTitle(d.Text.Title)
	for _, sp := range d.Text.Prices {
		if sp.Product != "" {
			c.tallyOf(c.structured, sp.Product).add(sp.Location, d.Channel, sp.Product)
		}
	}
	c.addComparisons(d)
	release := releaseNotes(d)
	for i := range d.Mentions {
		c.addMention(d, &d.Mentions[i], release)
	}
	for _, b := range d.Text.Blocks {
		if b.Kind == extract.Heading || b.Kind == extract.Title {
			c.addMessage(b.Text, b.Location, d.Channel, 3, 12)
			c.addPolicy(&b, b.Text, b.Location, d.Channel)
		}
	}
	for i, s := range d.Sentences {
		if i > 0 {
			c.addRetired(s, d.Sentences[i-1].Text, d.Channel)
		} else {
			c.addRetired(s, "", d.Channel)
		}
		c.addMessage(s.Text, s.Location, d.Channel, 5, 30)
		if s.Block >= 0 && s.Block < len(d.Text.Blocks) {
			c.addPolicy(&d.Text.Blocks[s.Block], s.Text, s.Location, d.Channel)
		}
		c.addNames(s, d.Channel)
		c.addTerms(s, d.Channel)
		c.countNames(s.Text)
		c.addDefinition(s, d.Channel)
		c.addListedPlans(s, d.Channel)
		c.addNamedPlans(s, d.Channel)
		if !release {
			c.addWordLimits(s, d.Channel)
		}
	}
}

func (c *Collector) aboutCompetitor(b *extract.Block, text string) bool {
	return c.AboutCompetitor != nil && c.AboutCompetitor(b, text)
}

// countNames counts, for each of c.Names, how often text writes it in
// lower case and how often as the name is spelt.
func (c *Collector) countNames(text string) {
	if len(c.Names) == 0 {
		return
	}
	lower := strings.ToLower(text)
	for _, n := range c.Names {
		ln := strings.ToLower(n)
		for i := 0; ; {
			j := strings.Index(lower[i:], ln)
			if j < 0 {
				break
			}
			at := i + j
			end := at + len(ln)
			word := end
			if word < len(lower) && lower[word] == 's' {
				word++ // "customers" is "customer" written in lower case too
			}
			if (at == 0 || !isLetter(lower[at-1])) && (word == len(lower) || !isLetter(lower[word])) {
				w := c.written[n]
				switch text[at:end] {
				case ln:
					w[0]++
				case n:
					w[1]++
					if c.owned(text[:at], text[end:]) {
						w[2]++
					}
				}
				c.written[n] = w
			}
			i = end
		}
	}
}

// owned reports whether a name between before and after is written as the
// company's own: "Sourcegraph" or "Sourcegraph's" before it, and not
// "integration" after it ("Sourcegraph GitHub integration"). "our" is no
// sign: a handbook says "our Slack" and "our Order Form" as readily. Nor is
// the company's name where the name is a place to post or talk, a tool the
// company uses: "Post on PostHog Twitter", "in the PostHog Slack group".
func (c *Collector) owned(before, after string) bool {
	a := strings.TrimSpace(after)
	for _, w := range placeNouns {
		if strings.HasPrefix(a, w) && (len(a) == len(w) || !isLetter(a[len(w)])) {
			return false
		}
	}
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) || c.Company == "" {
		return false // no space: part of a longer word
	}
	var lead string
	switch {
	case strings.HasSuffix(b, c.Company):
		lead = strings.TrimSuffix(b, c.Company)
	case strings.HasSuffix(b, c.Company+"'s"):
		lead = strings.TrimSuffix(b, c.Company+"'s")
	case strings.HasSuffix(b, c.Company+"’s"):
		lead = strings.TrimSuffix(b, c.Company+"’s")
	default:
		return false
	}
	ws := strings.Fields(strings.ToLower(lead))
	if n := len(ws); n > 0 && (ws[n-1] == "the" || ws[n-1] == "our") {
		ws = ws[:n-1]
	}
	return len(ws) == 0 || !placePrepositions[ws[len(ws)-1]]
}

// placeNouns after a name make it a place to talk or a link to another
// tool, not a product: "Sourcegraph GitHub integration", "the PostHog
// Slack group", "our Twitter account".
var placeNouns = []string{"integration", "group", "channel", "community", "workspace", "account",
	"handle", "profile", "page", "thread", "server"}

// placePrepositions before "COMPANY NAME" make the name a place: "post on
// PostHog Twitter", "join us in the PostHog Slack".
var placePrepositions = map[string]bool{"on": true, "in": true, "via": true, "to": true, "into": true, "across": true, "through": true}

// addFact records a value stated for what noun counts or names.
func (c *Collector) addFact(noun, key, text string, loc extract.Location, channel string) {
	byValue := c.facts[noun]
	if byValue == nil {
		byValue = map[string]*tally{}
		c.facts[noun] = byValue
	}
	c.tallyOf(byValue, key).add(loc, channel, text)
}

func (c *Collector) tallyOf(m map[string]*tally, key string) *tally {
	t := m[key]
	if t == nil {
		t = newTally()
		m[key] = t
	}
	return t
}

// addTitle counts the parts of a title split at its separators ("Pricing —
// Kestrel Fleetworks"), which name the company when they repeat.
func (c *Collector) addTitle(title string) {
	for _, sep := range []string{" — ", " – ", " | ", " - ", " · ", ": "} {
		title = strings.ReplaceAll(title, sep, "\x00")
	}
	if strings.TrimSpace(title) != "" {
		c.titled++
	}
	seen := map[string]bool{}
	for _, part := range strings.Split(title, "\x00") {
		part = strings.TrimSpace(part)
		if part != "" && !seen[part] {
			seen[part] = true
			c.titles[part]++
		}
	}
}

// addMention records one mention; of release notes (release), no facts
// or claims.
func (c *Collector) addMention(d *analyze.Doc, m *analyze.Mention, release bool) {
	switch m.Kind {
	case analyze.PriceMention:
		c.addPrice(d, m, !release)
	case analyze.QuantityMention:
		if release || notOurs(m.Aside) || exampleValue(d, m) {
			return
		}
		if noun, text := factNounText(d, m); noun != "" && m.Quantity != nil {
			key := quantityGroup(*m.Quantity)
			if text == "" {
				text = m.Quantity.String()
			} else {
				key += "|" + text
			}
			c.addFact(noun, key, text, m.Location, d.Channel)
		}
	case analyze.ClaimMention:
		// A customer's quoted words ("We were seeing 40-50% more events")
		// are still a claim the company publishes; a question, an example
		// or a competitor's are not.
		if release || m.Aside == analyze.AsideCompetitor || m.Aside == analyze.AsideQuestion || m.Aside == analyze.AsideExample {
			return
		}
		key := strings.ToLower(m.Text)
		ct := c.claims[key]
		if ct == nil {
			ct = &claimTally{tally: newTally(), kind: m.ClaimKind}
			c.claims[key] = ct
		}
		ct.add(m.Location, d.Channel, m.Text)
	case analyze.ProductMention:
		if m.Subject == "" {
			return
		}
		byForm := c.products[m.Subject]
		if byForm == nil {
			byForm = map[string]*tally{}
			c.products[m.Subject] = byForm
		}
		c.tallyOf(byForm, m.Match+"|"+m.Text).add(m.Location, d.Channel, m.Text)
	}
}

// addPrice records a price that states what something costs: under its
// plan when the analyser attributed it to one, and its plan name as the
// text around it gives it; with facts, an amount no plan was found for
// becomes a fact where a money noun names it.
func (c *Collector) addPrice(d *analyze.Doc, m *analyze.Mention, facts bool) {
	if m.Price == nil || m.Role != analyze.RolePrice || m.Structured {
		return
	}
	if m.Subject == "" && c.Names != nil {
		c.tallyOf(c.loose, m.Price.Key()).add(m.Location, d.Channel, m.Text)
		if facts && m.Sentence >= 0 && m.Sentence < len(d.Sentences) && m.Price.Kind == value.Fixed {
			s := d.Sentences[m.Sentence].Text
			if i := strings.Index(s, m.Text); i >= 0 {
				if noun := moneyNoun(s[:i], s[i+len(m.Text):]); noun != "" {
					c.addFact(noun, "money|"+m.Price.Key(), priceText(*m.Price), m.Location, d.Channel)
				}
			}
		}
	}
	if m.Subject != "" {
		byValue := c.prices[m.Subject]
		if byValue == nil {
			byValue = map[string]*priceTally{}
			c.prices[m.Subject] = byValue
		}
		key := m.Price.Key()
		pt := byValue[key]
		if pt == nil {
			pt = &priceTally{tally: newTally()}
			byValue[key] = pt
		}
		pt.annual = pt.annual || m.Annual
		pt.add(m.Location, d.Channel, priceText(*m.Price))
	}
	name := planNameNear(d, m)
	if name == "" {
		return
	}
	c.tallyOf(c.plans, name).add(m.Location, d.Channel, name)
	if c.planDocs[name] == nil {
		c.planDocs[name] = map[string]int{}
	}
	c.planDocs[name][d.Source]++
}
