package draft

import (
	"fmt"
	"slices"
	"strings"
)

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
	for name := range c.listed {
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
