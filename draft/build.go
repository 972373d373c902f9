package draft

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/onestory/onestory/value"
)

// Limits on what a draft proposes, so that a reviewer reads a page, not
// the corpus: the best-attested entries of each section.
const (
	maxProducts    = 8
	maxCandidates  = 30 // names a first pass proposes, for the second to judge
	maxFacts       = 20
	maxClaims      = 20
	maxClaimNotes  = 25
	maxLoose       = 30
	maxMessages    = 12
	maxTerms       = 15
	minProductSeen = 3
)

// Draft is a proposed story file. Each entry's Comments say where it was
// seen and what else was said in its place.
type Draft struct {
	Company    string
	Comments   []string // about the whole file: sources unreadable, what was read
	Channels   []Channel
	Sources    []string
	Ignore     []string
	Products   []Product
	Facts      []Fact
	Claims     []Claim
	ClaimNotes []string // claims seen in one document only, for the reviewer
	PriceNotes []string // prices stated with no plan name near them, for the reviewer
	Messages   []Message
	Terms      []Term
}

// Channel is a channel with the globs of its sources.
type Channel struct {
	Name  string
	Globs []string
}

// Product is a proposed product with its plans.
type Product struct {
	ID, Name string
	Aliases  []string
	Plans    []Plan
	Comments []string
	docs     map[string]int // source → sightings, for assigning plans
	fallback bool           // named after the company to hold plans no product claimed
}

// Plan is a proposed plan; Price and AnnualPrice are as story files write
// them ("$18 per vehicle per month", "free", "custom"), "" when no source
// states one.
type Plan struct {
	ID, Name           string
	Price, AnnualPrice string
	Comments           []string
}

// Fact is a proposed fact.
type Fact struct {
	ID       string
	About    []string
	Value    string
	Comments []string
}

// Claim is a proposed approved claim.
type Claim struct {
	ID, Text string
	Comments []string
}

// Message is a proposed key message.
type Message struct {
	ID, Text   string
	RequiredIn []string
	Comments   []string
}

// Term is a proposed terminology entry.
type Term struct {
	Use      string
	Avoid    []string
	Comments []string
}

// Options says what Build is given rather than reads from the record.
type Options struct {
	// Model is prose's model, built once (prose.ModelFromData); Build tags
	// the candidate sentences with it when Products is nil.
	Model    *prose.Model
	Company  string // "" reads it from the documents' titles and names
	Channels []Channel
	Sources  []string
	Ignore   []string
	// Products, when set, are the products and plans of an earlier pass:
	// Build fills in their prices and spellings from this record instead
	// of finding names.
	Products []Product
}

// Build turns what c recorded into a Draft. Tagging the candidate
// sentences is its long work; a cancelled ctx stops it.
func (c *Collector) Build(ctx context.Context, opt Options) (*Draft, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := &Draft{Company: opt.Company, Channels: opt.Channels, Sources: opt.Sources, Ignore: opt.Ignore}
	for _, src := range sortedKeys(c.unreadable) {
		d.Comments = append(d.Comments, fmt.Sprintf("unreadable-source: %s: %s", src, c.unreadable[src]))
	}
	if opt.Products == nil {
		if opt.Model == nil {
			return nil, fmt.Errorf("draft: no prose model to find product names with")
		}
		names, err := tagNames(ctx, opt.Model, c.sentences)
		if err != nil {
			return nil, fmt.Errorf("draft: tag: %w", err)
		}
		for run, t := range c.phrases {
			if names[run] == nil {
				names[run] = t
			}
		}
		if d.Company == "" {
			d.Company = c.company(names)
		}
		d.Products = c.proposeProducts(names, d.Company)
	} else {
		d.Products = c.priced(opt.Products)
		for _, k := range ranked(c.loose) {
			if len(d.PriceNotes) == maxLoose {
				break
			}
			t := c.loose[k]
			d.PriceNotes = append(d.PriceNotes, fmt.Sprintf("%q %s", t.form(), t.seen()))
		}
	}
	d.Facts = c.draftFacts()
	d.Claims, d.ClaimNotes = c.draftClaims(d)
	d.Messages = c.draftMessages(d)
	d.Terms = c.draftTerms(d)
	return d, nil
}

// company returns the title part most titles share, else the most
// attested proper name.
func (c *Collector) company(names map[string]*tally) string {
	best, bestN := "", 1
	for _, part := range sortedKeys(c.titles) {
		if n := c.titles[part]; n > bestN && looksLikeName(part) && !isAcronym(part) && c.plans[part] == nil {
			best, bestN = part, n
		}
	}
	if best != "" && (2*bestN >= c.titled || names[best] != nil && len(names[best].docs) >= 2) {
		return best
	}
	best, most := "", 0
	for _, name := range sortedKeys(names) {
		if n := len(names[name].docs); n > most && !isAcronym(name) && c.plans[name] == nil {
			best, most = name, n
		}
	}
	if best != "" {
		return best
	}
	return "Your company"
}

// isPluralOf reports whether name is the plural of another name ("AEs",
// "Customers"), or an acronym's plural.
func isPluralOf(name string, names map[string]*tally) bool {
	sing, ok := strings.CutSuffix(name, "s")
	return ok && (names[sing] != nil || isAcronym(sing))
}

// isAcronym reports whether a name is one short upper-case word ("AE",
// "SDR", "AI"): a role, a team or a field more often than a product.
func isAcronym(name string) bool {
	return len(name) <= 4 && !strings.Contains(name, " ") && strings.ToUpper(name) == name
}

// proposeProducts proposes the best-attested proper names seen in two or more
// documents as products, and gives each plan name read next to prices to
// the product named most in the documents of those prices.
func (c *Collector) proposeProducts(names map[string]*tally, company string) []Product {
	isPlan := map[string]bool{}
	for name := range c.plans {
		isPlan[strings.ToLower(name)] = true
	}
	docCounts := map[string]map[string]int{} // as the text names them, before promotion
	for name, t := range names {
		docCounts[name] = map[string]int{}
		for _, l := range t.places {
			docCounts[name][l.Source]++
		}
	}
	promoteOwners(names, c.plans, c.structured)
	companyWords := map[string]bool{}
	for _, w := range strings.Fields(company) {
		companyWords[w] = true
	}
	var prods []Product
	ids := map[string]bool{}
	aliases := map[string][]string{}
	for _, name := range ranked(names) {
		t := names[name]
		lower := strings.ToLower(name)
		if isPlan[lower] || companyWords[name] || isAcronym(name) || isPluralOf(name, names) ||
			strings.EqualFold(name, company) || len(prods) == maxCandidates {
			continue
		}
		if owner, _, ok := splitOwner(name, names, c.plans); ok && owner != name {
			continue // "RoutePlanner Fleet": a product and its plan
		}
		if rest, ok := strings.CutPrefix(name, company+" "); ok && names[rest] != nil {
			aliases[rest] = append(aliases[rest], name)
			continue
		}
		if c.structured[name] == nil && (len(t.docs) < 2 || t.n() < minProductSeen) {
			continue
		}
		p := Product{ID: uniqueID(name, ids), Name: name, docs: docCounts[name]}
		p.Comments = []string{t.seen()}
		prods = append(prods, p)
	}
	for i := range prods {
		prods[i].Aliases = aliases[prods[i].Name]
	}
	return c.assignPlans(prods, company, ids)
}

// promoteOwners adds to names the structured product names and the
// product a plan's name starts with ("DriverLog" of "DriverLog Pro"), with
// the sightings of the plan, so that a product named only with its plans
// or in JSON-LD is proposed.
func promoteOwners(names, plans, structured map[string]*tally) {
	for _, src := range []map[string]*tally{plans, structured} {
		for _, name := range sortedKeys(src) {
			owner, _, ok := splitOwner(name, names, plans)
			if !ok && src[name] != nil && plans[name] == nil {
				owner = name
			} else if !ok {
				continue
			}
			if names[owner] == nil {
				names[owner] = newTally()
			}
			names[owner].merge(src[name])
		}
	}
}

// splitOwner splits "DriverLog Pro" into a product name the tagger found
// and the rest, or "RoutePlanner Fleet" into a name and a plan.
func splitOwner(name string, names, plans map[string]*tally) (owner, rest string, ok bool) {
	fs := strings.Fields(name)
	for i := len(fs) - 1; i >= 1; i-- {
		head, tail := strings.Join(fs[:i], " "), strings.Join(fs[i:], " ")
		if hasInnerUpper(head) || names[head] != nil && (plans[tail] != nil || plans[name] != nil) {
			return head, tail, true
		}
	}
	return "", "", false
}

// assignPlans gives each plan name to a product: the one its name starts
// with, else the one named most in the documents that price it, else the
// one that owns most of the plans priced in the same documents, else one
// named after the company.
func (c *Collector) assignPlans(prods []Product, company string, ids map[string]bool) []Product {
	plans := c.attestedPlans()
	owner := map[string]int{}
	for _, name := range plans {
		if i := c.ownerOf(name, prods); i >= 0 {
			owner[name] = i
		}
	}
	for _, name := range plans {
		if _, ok := owner[name]; ok {
			continue
		}
		votes := make([]int, len(prods))
		for other, i := range owner {
			for src := range c.planDocs[name] {
				if c.planDocs[other][src] > 0 {
					votes[i]++
				}
			}
		}
		best := -1
		for i, v := range votes {
			if v > 0 && (best < 0 || v > votes[best]) {
				best = i
			}
		}
		if best < 0 {
			best = slices.IndexFunc(prods, func(p Product) bool { return p.fallback })
		}
		if best < 0 {
			prods = append(prods, Product{ID: uniqueID(company, ids), Name: company, fallback: true})
			best = len(prods) - 1
		}
		owner[name] = best
	}
	for _, name := range plans {
		p := &prods[owner[name]]
		planIDs := map[string]bool{}
		for _, pl := range p.Plans {
			planIDs[pl.ID] = true
		}
		p.Plans = append(p.Plans, Plan{ID: uniqueID(name, planIDs), Name: name, Comments: []string{c.plans[name].seen()}})
	}
	return prods
}

// attestedPlans returns the plan names seen next to prices twice or more,
// in two documents or in a document that prices another such plan (a
// pricing table): a heading above one price names a section more often
// than a plan.
func (c *Collector) attestedPlans() []string {
	var out []string
	for _, name := range ranked(c.plans) {
		t := c.plans[name]
		if t.n() < 2 {
			continue
		}
		ok := len(t.docs) >= 2
		for other, o := range c.plans {
			if ok {
				break
			}
			if other == name || o.n() < 2 {
				continue
			}
			for src := range t.docs {
				ok = ok || o.docs[src]
			}
		}
		if ok {
			out = append(out, name)
		}
	}
	return out
}

// ownerOf returns the index of the product a plan's name starts with, else
// of the one named most in the documents that price it, else -1.
func (c *Collector) ownerOf(name string, prods []Product) int {
	for i, p := range prods {
		if strings.HasPrefix(name, p.Name+" ") || name == p.Name {
			return i
		}
	}
	owner, bestN := -1, 0
	for i, p := range prods {
		n := 0
		for src := range c.planDocs[name] {
			n += p.docs[src]
		}
		if n > bestN {
			owner, bestN = i, n
		}
	}
	return owner
}

// priced fills in the plans' prices from the prices the analyser
// attributed to them, and the products' spellings from the names it
// matched, and drops the plans no source prices.
func (c *Collector) priced(prods []Product) []Product {
	out := make([]Product, 0, len(prods))
	for _, p := range prods {
		p.Plans = slices.Clone(p.Plans)
		kept := p.Plans[:0]
		for _, pl := range p.Plans {
			if c.pricePlan(&pl, c.prices[p.ID+"/"+pl.ID]) {
				kept = append(kept, pl)
			}
		}
		p.Plans = kept
		if len(p.Plans) == 0 && (p.fallback || c.generic(p) || len(out) >= maxProducts) {
			continue
		}
		c.spellings(&p)
		out = append(out, p)
	}
	return out
}

// pricePlan sets a plan's price to the value most places state and its
// annual price to the commonest yearly one where monthly prices are the
// rule; every other value becomes a comment with its places.
func (c *Collector) pricePlan(pl *Plan, byValue map[string]*priceTally) bool {
	if len(byValue) == 0 {
		return false
	}
	plain, annual := map[string]*tally{}, map[string]*tally{}
	monthly := false
	for k := range byValue {
		monthly = monthly || strings.Contains(k, "|month|")
	}
	for k, pt := range byValue {
		if pt.annual || monthly && strings.Contains(k, "|year|") {
			annual[k] = pt.tally
		} else {
			plain[k] = pt.tally
		}
	}
	pl.Comments = nil
	if ks := ranked(plain); len(ks) > 0 {
		top := plain[ks[0]]
		pl.Price = top.form()
		pl.Comments = append(pl.Comments, "price "+top.seen())
		pl.Comments = append(pl.Comments, others("price", plain, ks[1:])...)
	}
	if ks := ranked(annual); len(ks) > 0 {
		top := annual[ks[0]]
		pl.AnnualPrice = top.form()
		pl.Comments = append(pl.Comments, "annual_price "+top.seen())
		pl.Comments = append(pl.Comments, others("annual_price", annual, ks[1:])...)
	}
	return true
}

// others says, for each competing value, where it was seen.
func others(what string, m map[string]*tally, keys []string) []string {
	var out []string
	for _, k := range keys {
		t := m[k]
		out = append(out, fmt.Sprintf("also stated as %s %q, %s", what, t.form(), t.seen()))
	}
	return out
}

// spellings turns the near misses of a product's name into aliases when
// they are common and into a comment naming suspected misspellings when
// rare.
func (c *Collector) spellings(p *Product) {
	byForm := c.products[p.ID]
	exact := 0
	if t := byForm["exact|"+p.Name]; t != nil {
		exact = t.n()
	}
	var suspects []string
	for _, k := range ranked(byForm) {
		match, text, _ := strings.Cut(k, "|")
		t := byForm[k]
		switch {
		case match == "exact" || match == "alias" || text == p.Name || slices.Contains(p.Aliases, text):
		case t.n() >= 3 && 3*t.n() >= exact && len(t.docs) >= 2 && match != "typo" && text != strings.ToLower(text):
			p.Aliases = append(p.Aliases, text)
		case t.n() >= 3 && text == strings.ToLower(text):
			// a common word in lower case ("cloud"), not a misspelt name
		default:
			suspects = append(suspects, fmt.Sprintf("%q (%s: %s)", text, match, placeList(t.places)))
		}
	}
	if len(suspects) > 0 {
		p.Comments = append(p.Comments, "suspected misspellings: "+strings.Join(suspects, "; "))
	}
}

// generic reports whether a product's name is written in lower case at
// least as often as capitalised ("Order Form", "order form"), a common
// phrase capitalised in headings and labels, or never written as the
// company's own ("Sourcegraph Cloud", "Sourcegraph's Cody"): a name, but of
// someone else's product ("Salesforce", "Slack") or of no product ("Stage
// 2", "Order Form").
func (c *Collector) generic(p Product) bool {
	w := c.written[p.Name]
	return w[0] >= w[1] || c.Company != "" && w[2] < 1 && !strings.HasPrefix(p.Name, c.Company+" ")
}

// priceKey identifies a price's value; priceText writes it as a story file
// does.
func priceKey(p value.Price) string { return p.Key() }

func priceText(p value.Price) string {
	switch p.Kind {
	case value.Free:
		return "free"
	case value.Custom:
		return "custom"
	}
	return p.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// uniqueID returns a kebab-case id for name not yet in ids, and adds it.
func uniqueID(name string, ids map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	base := cmp.Or(b.String(), "entry")
	id := base
	for i := 2; ids[id]; i++ {
		id = fmt.Sprintf("%s-%d", base, i)
	}
	ids[id] = true
	return id
}
