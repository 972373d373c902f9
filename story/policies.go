package story

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Policy is something the company does or does not do: "no setup fees",
// "SOC 2 Type II: in progress". About names it; Stance says where the
// company stands.
type Policy struct {
	ID    string
	About []string // phrases that name the subject; "*" stands for one to three words
	// Stance is "offered", "not offered", a short status such as "in
	// progress" (the subject is not offered yet), or "" when the story
	// takes no stance and only sources that disagree are reported.
	Stance string
	Pos    Pos
}

// The stances of a policy that are not a status.
const (
	Offered    = "offered"
	NotOffered = "not offered"
)

// Offered reports whether the policy says the subject is offered; a status
// counts as not offered (yet).
func (p Policy) Offered() bool { return p.Stance == Offered }

// Feature is something a plan includes or lacks: SSO, audit logs, an
// uptime SLA.
type Feature struct {
	ID      string
	Name    string
	Aliases []string // other names, matched like Name; "*" stands for one to three words
	Product string   // the id of the product whose plans hold it
	// IncludedIn lists the ids of the plans that include the feature, in
	// the product's plan order; every other plan lacks it. Nil when the
	// story does not say (Known is false): only sources that disagree are
	// reported.
	IncludedIn []string
	Known      bool
	Pos        Pos
}

// Includes reports whether the story says plan includes the feature.
func (f Feature) Includes(plan string) bool { return slices.Contains(f.IncludedIn, plan) }

// The keys of a policy and of a feature.
var (
	policyKeys  = []string{"id", "about", "stance"}
	featureKeys = []string{"id", "name", "aliases", "product", "included_in"}
)

// policies decodes the policies list.
func (d *decoder) policies(n *yaml.Node) []Policy {
	seen := map[string]int{}
	return orNil(entries(d, n, "policies", "a list of policies (id, about, stance)", policyKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Policy {
			pol := Policy{ID: d.id(m, it, p, seen), Pos: pos(it)}
			pol.About = d.list(m, it, p, "about", `the phrases that name what it is about, like ["setup fee"]`)
			pol.Stance = strings.Join(strings.Fields(strings.ToLower(d.str(m["stance"], join(p, "stance")))), " ")
			if n, ok := m["stance"]; ok && pol.Stance == "" && !isNull(n) && deref(n).Kind == yaml.ScalarNode {
				d.failf(n, join(p, "stance"), "must not be empty; write %q, %q or a short status like %q, or leave the key out", Offered, NotOffered, "in progress")
			}
			if len(pol.Stance) > maxStatus {
				d.failf(m["stance"], join(p, "stance"), "a stance is %q, %q or a short status (at most %d characters), got %d characters", Offered, NotOffered, maxStatus, len(pol.Stance))
			}
			return pol
		}))
}

// maxStatus bounds a policy's status: a few words, not a paragraph.
const maxStatus = 40

// features decodes the features list; product and included_in must name
// the story's products and plans.
func (d *decoder) features(n *yaml.Node, products []Product) []Feature {
	seen := map[string]int{}
	return orNil(entries(d, n, "features", "a list of features (id, name, aliases, product, included_in)", featureKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Feature {
			f := Feature{ID: d.id(m, it, p, seen), Name: d.required(m, it, p, "name"), Pos: pos(it)}
			f.Aliases = d.strings(m["aliases"], join(p, "aliases"))
			prod := d.featureProduct(m, it, p, products)
			if prod == nil {
				return f
			}
			f.Product = prod.ID
			in, ok := m["included_in"]
			if !ok {
				return f
			}
			f.Known = true
			var ids []string
			for _, pl := range prod.Plans {
				ids = append(ids, pl.ID)
			}
			for _, it := range d.items(in, join(p, "included_in")) {
				if !slices.Contains(ids, it.s) {
					d.failf(it.n, it.path, "no plan %q in product %q%s; plans: %s", it.s, prod.ID, didYouMean(it.s, ids), choices(ids))
					continue
				}
				f.IncludedIn = append(f.IncludedIn, it.s)
			}
			slices.SortFunc(f.IncludedIn, func(a, b string) int {
				return slices.Index(ids, a) - slices.Index(ids, b)
			})
			f.IncludedIn = slices.Compact(f.IncludedIn)
			return f
		}))
}

// orNil returns nil for an empty list, as a story without the key has.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// featureProduct returns the product a feature belongs to: the one its
// "product" key names, or the story's only product with plans.
func (d *decoder) featureProduct(m map[string]*yaml.Node, it *yaml.Node, p string, products []Product) *Product {
	var ids, withPlans []string
	for _, pr := range products {
		ids = append(ids, pr.ID)
		if len(pr.Plans) > 0 {
			withPlans = append(withPlans, pr.ID)
		}
	}
	id := d.str(m["product"], join(p, "product"))
	if id == "" {
		if len(withPlans) != 1 {
			d.failf(it, p, "missing required key %q: the story has %d products with plans; name the one whose plans hold the feature", "product", len(withPlans))
			return nil
		}
		id = withPlans[0]
	}
	i := slices.Index(ids, id)
	if i < 0 {
		d.failf(m["product"], join(p, "product"), "no product %q%s; products: %s", id, didYouMean(id, ids), choices(ids))
		return nil
	}
	if len(products[i].Plans) == 0 {
		d.failf(m["product"], join(p, "product"), "product %q has no plans to include the feature", id)
		return nil
	}
	return &products[i]
}
