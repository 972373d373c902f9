package story

import (
	"strconv"
	"strings"

	"github.com/onestory/onestory/value"
	"gopkg.in/yaml.v3"
)

// Usage-based and tiered prices: a plan's free allowance, its minimum
// charge, its tiers and its prices in other currencies or markets; and
// money-valued facts.

var tierKeys = []string{"price", "up_to"}

// optQuantity reads an optional quantity, like a plan's allowance
// ("10,000 API calls per month").
func (d *decoder) optQuantity(n *yaml.Node, path string) *value.Quantity {
	s := d.str(n, path)
	if strings.TrimSpace(s) == "" {
		if !isNull(n) && deref(n).Kind == yaml.ScalarNode {
			d.failf(n, path, "must not be empty; leave the key out when there is none")
		}
		return nil
	}
	q, err := value.ParseQuantity(s)
	if err != nil {
		d.wrapf(n, path, err, "%v; write it like \"10,000 API calls per month\" or \"1 million events\"", err)
		return nil
	}
	return &q
}

// tiers decodes a plan's price tiers, in order: each has a price and,
// except the last, the usage it goes up to, which must grow from tier to
// tier.
func (d *decoder) tiers(n *yaml.Node, path string) []Tier {
	out := orNil(entries(d, n, path, "a list of tiers (price, up_to)", tierKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Tier {
			t := Tier{Pos: pos(it)}
			if _, ok := m["price"]; !ok {
				d.failf(it, p, "a tier needs a price, like \"$0.002 per call\"")
			} else if pr := d.price(m["price"], join(p, "price")); pr != nil {
				t.Price = *pr
			}
			t.UpTo = d.optQuantity(m["up_to"], join(p, "up_to"))
			return t
		}))
	items := deref(n)
	for i := 1; i < len(out); i++ {
		prev, cur := out[i-1].UpTo, out[i].UpTo
		if prev == nil || cur == nil || items == nil || i >= len(items.Content) {
			continue
		}
		if a, b := decimal(cur.Value), decimal(prev.Value); a <= b {
			d.failf(mapValue(items.Content[i], "up_to"), join(index(path, i), "up_to"), "tier %d goes up to %s, not beyond tier %d's %s; list tiers from the lowest usage up", i+1, cur.Text, i, prev.Text)
		}
	}
	for i, t := range out {
		if t.UpTo == nil && i+1 < len(out) && items != nil && i < len(items.Content) {
			d.failf(items.Content[i], index(path, i), "only the last tier may leave out up_to")
		}
	}
	return out
}

// marketPrices decodes a plan's prices in other currencies or markets
// ("€17 per vehicle per month"): each must name a currency, and no two,
// nor one and the plan's price, may share a currency.
func (d *decoder) marketPrices(n *yaml.Node, path string, main *value.Price) []value.Price {
	var out []value.Price
	seen := map[string]bool{}
	if main != nil && main.Currency != "" {
		seen[main.Currency] = true
	}
	for _, it := range d.items(n, path) {
		pr := d.price(it.n, it.path)
		if pr == nil {
			continue
		}
		switch {
		case pr.Currency == "":
			d.failf(it.n, it.path, "%q names no currency; a price per market says which (\"€17 per vehicle per month\", \"EUR 17\")", it.s)
		case seen[pr.Currency]:
			d.failf(it.n, it.path, "a price in %s is given twice for this plan", pr.Currency)
		default:
			seen[pr.Currency] = true
			out = append(out, *pr)
		}
	}
	return out
}

// moneyValue reads a fact's value as money when it has a currency and an
// amount ("$5,000 per year"); nil otherwise ("14 days", "40%").
func moneyValue(s string) *value.Price {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	p, err := value.ParseWholePrice(s)
	if err != nil || p.Currency == "" || p.Amount == "" || (p.Kind != value.Fixed && p.Kind != value.Range) {
		return nil
	}
	return &p
}

// decimal reads a canonical decimal ("1000000", "0.5"); 0 when it cannot.
func decimal(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// mapValue returns the value of key in mapping n, or n itself when there is
// none, so that an error points at the value.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	m := deref(n)
	if m == nil || m.Kind != yaml.MappingNode {
		return n
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return n
}
