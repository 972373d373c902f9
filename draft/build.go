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
	Policies   []Policy
	Claims     []Claim
	ClaimNotes []string // claims seen in one document only, for the reviewer
	PriceNotes []string // prices stated with no plan name near them, for the reviewer
	PlanNotes  []string // the competing lists of plans, for the reviewer
	Messages   []Message
	Terms      []Term
	// Rivals are the names the sources compare the company with: the
	// competitors a first pass infers, for the second to read what is said
	// of them as not the company's.
	Rivals []string
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
	listed             bool // named in a list of plans ("three plans: Free, …")
}

// Fact is a proposed fact.
type Fact struct {
	ID       string
	About    []string
	Value    string
	Comments []string
}

// Policy is a proposed policy: what the sources say the company does not
// (or does) offer, as a sentence states it ("there is no free trial").
type Policy struct {
	ID       string
	About    []string
	Stance   string // "not offered" or "offered"
	Said     string // the commonest sentence that states it
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
		c.mergeNamed(d.Company)
		d.Products = c.proposeProducts(names, d.Company)
		d.Rivals = c.rivals(d.Company, d.Products)
	} else {
		c.mergeNamed(d.Company)
		d.Products = c.priced(opt.Products)
		d.PlanNotes = c.planListNotes()
		for _, k := range ranked(c.loose) {
			if len(d.PriceNotes) == maxLoose {
				break
			}
			t := c.loose[k]
			d.PriceNotes = append(d.PriceNotes, fmt.Sprintf("%q %s", t.form(), t.seen()))
		}
	}
	d.Facts = c.draftFacts()
	d.Policies = c.draftPolicies()
	d.Claims, d.ClaimNotes = c.draftClaims(d)
	d.Messages = c.draftMessages(d)
	d.Terms = append(c.draftRetired(d), c.draftTerms(d)...)
	return d, nil
}

// priceText writes a price as a story file does.
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
