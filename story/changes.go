package story

import (
	"slices"
	"time"

	"github.com/onestory/onestory/value"
	"gopkg.in/yaml.v3"
)

// changeKeys are the keys of a dated change.
var changeKeys = []string{"id", "what", "was", "now", "changed"}

// The kinds of entry a change's what may name.
const (
	ChangeMessage = "message" // a key message's wording
	ChangeFact    = "fact"    // a fact's value
	ChangeProduct = "product" // a product's name
	ChangePlan    = "plan"    // a plan's name or price
)

// changes decodes the dated changes. It runs after the products, facts and
// messages are decoded, since what must name one of them.
func (d *decoder) changes(n *yaml.Node, s *Story) []Change {
	if isNull(n) {
		return nil
	}
	seen := map[string]int{}
	return entries(d, n, "changes", "a list of changes (id, what, was, now, changed)", changeKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Change {
			c := Change{ID: d.id(m, it, p, seen), What: d.str(m["what"], join(p, "what")), Pos: pos(it)}
			c.Was = d.oneOrMore(m, it, p, "was", `the old wordings or values, like ["universal code search"]`)
			c.Now = d.str(m["now"], join(p, "now"))
			if _, ok := m["changed"]; !ok {
				d.failf(it, p, "missing required key %q (the date of the change, like 2023-09-01)", "changed")
			}
			c.Changed = d.date(m["changed"], join(p, "changed"))
			d.changeTarget(&c, s, m, it, p)
			return c
		})
}

// oneOrMore reads a required string or list of strings that must not be
// empty.
func (d *decoder) oneOrMore(m map[string]*yaml.Node, parent *yaml.Node, path, key, hint string) []string {
	if v := deref(m[key]); v != nil && v.Kind == yaml.ScalarNode && !isNull(v) {
		if s := d.required(m, parent, path, key); s != "" {
			return []string{s}
		}
		return nil
	}
	return d.list(m, parent, path, key, hint)
}

// changeTarget resolves what a change names, fills in Now from it when the
// story file leaves now out, and parses old prices and quantities.
func (d *decoder) changeTarget(c *Change, s *Story, m map[string]*yaml.Node, it *yaml.Node, p string) {
	if c.What == "" {
		if _, ok := m["now"]; !ok {
			d.failf(it, p, "missing required key %q (the current value; or name the entry that changed with \"what\")", "now")
		}
		return
	}
	kind, now := s.changeOf(c.What)
	if kind == "" {
		d.failf(m["what"], join(p, "what"), "no message, fact, product or plan %q%s; choose %s",
			c.What, didYouMean(c.What, s.changeable()), choices(s.changeable()))
		return
	}
	c.Kind = kind
	if c.Now == "" {
		c.Now = now
	}
	for i, w := range c.Was {
		at, path := wasNode(m["was"], i), join(p, "was")
		switch kind {
		case ChangeFact:
			q, err := value.ParseQuantity(w)
			if err != nil {
				d.wrapf(at, path, err, "%v; the old value of fact %q is a quantity, like \"14 days\"", err, c.What)
				continue
			}
			c.WasQuantities = append(c.WasQuantities, q)
		case ChangePlan:
			if pr, err := value.ParsePrice(w); err == nil && pr.Amount != "" {
				c.WasPrices = append(c.WasPrices, pr)
			}
		}
	}
	if _, ok := m["now"]; !ok && c.WasPrice() {
		c.Now = s.planPrice(c.What)
	}
}

// planPrice returns the price of plan "product/plan" as the story file
// writes it, or "" when it has none.
func (s *Story) planPrice(id string) string {
	for _, pr := range s.Products {
		for _, pl := range pr.Plans {
			if pr.ID+"/"+pl.ID == id && pl.Price != nil {
				return pl.Price.Text
			}
		}
	}
	return ""
}

// wasNode returns the node of the i-th old value, for the position of an
// error.
func wasNode(n *yaml.Node, i int) *yaml.Node {
	if v := deref(n); v != nil && v.Kind == yaml.SequenceNode && i < len(v.Content) {
		return v.Content[i]
	}
	return n
}

// changeOf returns the kind of entry id names and its current value as a
// person reads it, or "" when no entry has that id. A plan is named
// "product/plan".
func (s *Story) changeOf(id string) (kind, now string) {
	for _, msg := range s.Messages {
		if msg.ID == id {
			return ChangeMessage, msg.Text
		}
	}
	for _, f := range s.Facts {
		if f.ID == id {
			return ChangeFact, f.Value.Text
		}
	}
	for _, pr := range s.Products {
		if pr.ID == id {
			return ChangeProduct, pr.Name
		}
		for _, pl := range pr.Plans {
			if pr.ID+"/"+pl.ID == id {
				return ChangePlan, pl.Name
			}
		}
	}
	return "", ""
}

// changeable lists the ids a change's what may name.
func (s *Story) changeable() []string {
	var ids []string
	for _, msg := range s.Messages {
		ids = append(ids, msg.ID)
	}
	for _, f := range s.Facts {
		ids = append(ids, f.ID)
	}
	for _, pr := range s.Products {
		ids = append(ids, pr.ID)
		for _, pl := range pr.Plans {
			ids = append(ids, pr.ID+"/"+pl.ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// InEffect reports whether the change has happened by now (the day of the
// change counts).
func (c Change) InEffect(now time.Time) bool {
	return !now.Before(c.Changed)
}

// WasPrice reports whether the change is of a plan's price, not its name.
func (c Change) WasPrice() bool { return len(c.WasPrices) > 0 }
