package draft

import (
	"fmt"
	"slices"
	"strings"
)

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
// named after the company. Plans known only from a list ("three plans:
// Free, Business, and Enterprise") go to the one named after the company.
func (c *Collector) assignPlans(prods []Product, company string, ids map[string]bool) []Product {
	plans := c.attestedPlans()
	listed := map[string]bool{}
	for _, name := range ranked(c.listed) {
		if c.plans[name] == nil || !slices.Contains(plans, name) {
			plans = append(plans, name)
			listed[name] = true
		}
	}
	owner := map[string]int{}
	for _, name := range plans {
		if listed[name] {
			// A list of plans names the company's plans (see below), unless a
			// name is a product's and one word more: "Cody Enterprise", not
			// "Code Intelligence Platform".
			if i := prefixOwner(name, prods); i >= 0 && !strings.Contains(strings.TrimPrefix(name, prods[i].Name+" "), " ") {
				owner[name] = i
			}
			continue
		}
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
			if listed[name] {
				break
			}
			for src := range c.docsOf(name) {
				if c.docsOf(other)[src] {
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
		pl := Plan{ID: uniqueID(name, planIDs), Name: name, listed: listed[name]}
		if t := c.plans[name]; t != nil {
			pl.Comments = []string{t.seen()}
		}
		p.Plans = append(p.Plans, pl)
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

// docsOf returns the documents that price a plan or list it.
func (c *Collector) docsOf(name string) map[string]bool {
	docs := map[string]bool{}
	for src := range c.planDocs[name] {
		docs[src] = true
	}
	if t := c.listed[name]; t != nil {
		for src := range t.docs {
			docs[src] = true
		}
	}
	return docs
}

// prefixOwner returns the index of the product a plan's name starts with,
// else -1.
func prefixOwner(name string, prods []Product) int {
	for i, p := range prods {
		if strings.HasPrefix(name, p.Name+" ") || name == p.Name {
			return i
		}
	}
	return -1
}

// ownerOf returns the index of the product a plan's name starts with, else
// of the one named most in the documents that price it, else -1.
func (c *Collector) ownerOf(name string, prods []Product) int {
	if i := prefixOwner(name, prods); i >= 0 {
		return i
	}
	owner, bestN := -1, 0
	for i, p := range prods {
		n := 0
		for src := range c.docsOf(name) {
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
// matched, and drops the plans no source prices or lists by name.
func (c *Collector) priced(prods []Product) []Product {
	out := make([]Product, 0, len(prods))
	for _, p := range prods {
		p.Plans = slices.Clone(p.Plans)
		kept := p.Plans[:0]
		for _, pl := range p.Plans {
			switch {
			case c.pricePlan(&pl, c.prices[p.ID+"/"+pl.ID]):
				kept = append(kept, pl)
			case pl.listed && c.listed[pl.Name] != nil:
				pl.Comments = []string{"listed by name, no price stated; " + c.listed[pl.Name].seen()}
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
