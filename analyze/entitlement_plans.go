package analyze

import (
	"strings"

	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// planSet is the plans of one product, in story order, as sentences name
// them.
type planSet struct {
	ids   []string
	names []subjectPhrase // each plan's names as words, in the order of plans
	cased [][]string      // the same names, as the story writes them
	of    []int           // the plan of each name
	paid  []bool          // by plan: its price is not "free"
	// product holds the words of the product's name, which may stand
	// between "all" and "customers".
	product map[string]bool
}

// newPlanSet returns the plans of the product with the given id.
func newPlanSet(s *story.Story, product string) *planSet {
	ps := &planSet{}
	for _, p := range s.Products {
		if p.ID != product {
			continue
		}
		ps.product = map[string]bool{}
		for _, w := range newPhrase(p.Name) {
			ps.product[w] = true
		}
		for i, pl := range p.Plans {
			ps.ids = append(ps.ids, pl.ID)
			ps.paid = append(ps.paid, pl.Price == nil || pl.Price.Kind != value.Free)
			ps.addName(i, pl.Name)
			// "PostHog Scale" is "Scale" too.
			if short, ok := strings.CutPrefix(pl.Name, p.Name+" "); ok && strings.TrimSpace(short) != "" {
				ps.addName(i, short)
			}
		}
	}
	return ps
}

// addName adds a name of plan i.
func (ps *planSet) addName(i int, name string) {
	if p := newPhrase(name); len(p) > 0 {
		ps.names = append(ps.names, p)
		ps.cased = append(ps.cased, strings.Fields(name))
		ps.of = append(ps.of, i)
	}
}

// planNouns follow a plan's name without changing what it names.
var planNouns = setOf("plan", "plans", "tier", "tiers", "edition", "editions", "customers",
	"users", "subscription", "subscriptions", "subscribers", "package", "packages", "license", "licenses")

// planAt returns the index of the plan named at toks[k:] and the token
// after its name, or -1. A name matches as the story writes it ("Free"),
// or in any case when "plan", "tier" or the like follows ("free plan").
func (ps *planSet) planAt(sent string, toks []tok, k int) (int, int) {
	for p, name := range ps.names {
		j, ok := name.matchAt(toks, k, 0)
		if !ok {
			continue
		}
		asWritten := true
		for m, w := range ps.cased[p] {
			if k+m >= len(toks) || sent[toks[k+m].start:toks[k+m].end] != w {
				asWritten = false
			}
		}
		if asWritten || j < len(toks) && planNouns[toks[j].w] {
			return ps.of[p], j
		}
	}
	return -1, k
}

// named is a plan named in a clause: its index, and where its name starts
// and ends.
type named struct{ plan, start, end int }

// only returns "only" (or "all" when every plan is in) and the plans keep
// selects.
func (ps *planSet) only(keep func(p int) bool) (string, []string) {
	var ids []string
	for p, id := range ps.ids {
		if keep(p) {
			ids = append(ids, id)
		}
	}
	switch {
	case len(ids) == 0:
		return "", nil
	case len(ids) == len(ps.ids):
		return "all", ids
	}
	return "only", ids
}

// idsOf returns the ids of the named plans, in story order, once each.
func (ps *planSet) idsOf(ns []named) []string {
	var ids []string
	for p, id := range ps.ids {
		if contains(ns, p) {
			ids = append(ids, id)
		}
	}
	return ids
}

func contains(ns []named, p int) bool {
	for _, n := range ns {
		if n.plan == p {
			return true
		}
	}
	return false
}

// upward reports whether the plan named at cl[k:end] starts a range
// upwards: "Team and above", "Pro or higher", "Team+", "starting with
// Team", "from Pro up".
func upward(cl []tok, k, end int) bool {
	e := end
	for e < len(cl) && planNouns[cl[e].w] {
		e++
	}
	if e < len(cl) && cl[e].w == "+" {
		return true
	}
	if e+1 < len(cl) && (cl[e].w == "and" || cl[e].w == "or") && upWords[cl[e+1].w] {
		return true
	}
	b := k - 1
	if b >= 0 && cl[b].w == "the" {
		b--
	}
	switch {
	case b >= 1 && (cl[b-1].w == "starting" || cl[b-1].w == "beginning") && (cl[b].w == "with" || cl[b].w == "from" || cl[b].w == "at" || cl[b].w == "on" || cl[b].w == "in"):
		return true
	case b >= 0 && cl[b].w == "from" && e < len(cl) && (cl[e].w == "up" || cl[e].w == "upward" || cl[e].w == "upwards" || cl[e].w == "onward" || cl[e].w == "onwards"):
		return true
	}
	return false
}

// upWords end "X and above", "X or higher".
var upWords = setOf("above", "up", "higher", "beyond", "better", "over")

// exceptBefore reports whether "except", "excluding" or "other than"
// stands in the few words before cl[k].
func exceptBefore(cl []tok, k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch cl[b].w {
		case "except", "excluding", "excepting":
			return true
		case "than":
			return b > 0 && cl[b-1].w == "other"
		}
	}
	return false
}

// allPlans reports whether the clause speaks of every plan ("all plans",
// "every tier", "all of our plans", "all customers"), and whether of every
// paid plan only.
func (ps *planSet) allPlans(cl []tok) (all, paid bool) {
	for k, t := range cl {
		if t.w != "all" && t.w != "every" && t.w != "each" && t.w != "any" {
			continue
		}
		for m := k + 1; m < len(cl) && m <= k+4; m++ {
			w := cl[m].w
			if planNouns[w] {
				return true, paid
			}
			switch w {
			case "paid":
				paid = true
			case "of", "our", "the", "your", "its", "self", "hosted", "cloud":
			default:
				if ps.product[w] {
					continue
				}
				m = len(cl)
			}
		}
		paid = false
	}
	return false, false
}
