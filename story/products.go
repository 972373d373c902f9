package story

import (
	"strings"

	"github.com/onestory/onestory/value"
	"gopkg.in/yaml.v3"
)

// The keys of a product and of a plan.
var (
	productKeys = append([]string{"id", "name", "aliases", "retired_names", "plans"}, listingKeys...)
	planKeys    = []string{"id", "name", "aliases", "retired_names", "price", "annual_price",
		"allowance", "minimum", "tiers", "prices"}
)

// products decodes the products list.
func (d *decoder) products(n *yaml.Node) []Product {
	seen := map[string]int{}
	return entries(d, n, "products", "a list of products (id, name, plans)", productKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Product {
			pr := Product{
				ID:           d.id(m, it, p, seen),
				Name:         d.required(m, it, p, "name"),
				Aliases:      d.strings(m["aliases"], join(p, "aliases")),
				RetiredNames: d.strings(m["retired_names"], join(p, "retired_names")),
				Plans:        d.plans(m["plans"], join(p, "plans")),
				Listing:      d.listing(m, p),
				Pos:          pos(it),
			}
			d.retiredInUse(pr, m["plans"], join(p, "plans"))
			return pr
		})
}

// plans decodes a product's plans; ids are unique within the product.
func (d *decoder) plans(n *yaml.Node, path string) []Plan {
	seen := map[string]int{}
	return entries(d, n, path, "a list of plans (id, name, price)", planKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Plan {
			pl := Plan{
				ID:           d.id(m, it, p, seen),
				Name:         d.required(m, it, p, "name"),
				Aliases:      d.strings(m["aliases"], join(p, "aliases")),
				RetiredNames: d.strings(m["retired_names"], join(p, "retired_names")),
				Price:        d.price(m["price"], join(p, "price")),
				AnnualPrice:  d.price(m["annual_price"], join(p, "annual_price")),
				Allowance:    d.optQuantity(m["allowance"], join(p, "allowance")),
				Minimum:      d.price(m["minimum"], join(p, "minimum")),
				Tiers:        d.tiers(m["tiers"], join(p, "tiers")),
				Pos:          pos(it),
			}
			pl.Prices = d.marketPrices(m["prices"], join(p, "prices"), pl.Price)
			return pl
		})
}

// price reads an optional price: "free", "custom" or anything
// value.ParsePrice reads, like "$18 per vehicle per month".
func (d *decoder) price(n *yaml.Node, path string) *value.Price {
	s := d.str(n, path)
	if s == "" {
		if !isNull(n) && deref(n).Kind == yaml.ScalarNode {
			d.failf(n, path, "must not be empty; leave the key out when there is no price")
		}
		return nil
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "free":
		return &value.Price{Kind: value.Free, Amount: "0", Text: s}
	case "custom":
		return &value.Price{Kind: value.Custom, Text: s}
	}
	pr, err := value.ParseWholePrice(s)
	if err != nil {
		d.wrapf(n, path, err, "%v; write it like \"$18 per vehicle per month\", \"free\" or \"custom\"", err)
		return nil
	}
	return &pr
}

// quantity reads the required value s of m with value.ParseQuantity.
func (d *decoder) quantity(m map[string]*yaml.Node, path, s string) value.Quantity {
	if s == "" {
		return value.Quantity{}
	}
	q, err := value.ParseQuantity(s)
	if err != nil {
		d.wrapf(m["value"], join(path, "value"), err, "%v; write it like \"14 days\", \"99.95%%\" or \"120+ integrations\"", err)
	}
	return q
}

// retiredInUse reports a plan's retired name that is the name or an alias
// of a plan of the same product: a source could not tell which is meant.
func (d *decoder) retiredInUse(pr Product, plans *yaml.Node, path string) {
	current := map[string]string{} // lower-cased name → plan id
	for _, pl := range pr.Plans {
		for _, name := range append([]string{pl.Name}, pl.Aliases...) {
			current[strings.ToLower(strings.TrimSpace(name))] = pl.ID
		}
	}
	items := deref(plans)
	for i, pl := range pr.Plans {
		for _, r := range pl.RetiredNames {
			if other, ok := current[strings.ToLower(strings.TrimSpace(r))]; ok {
				at := plans
				if items != nil && i < len(items.Content) {
					at = items.Content[i]
				}
				d.failf(at, join(index(path, i), "retired_names"), "%q is also the name or an alias of plan %q; a retired name must not be in use", r, other)
			}
		}
	}
}
