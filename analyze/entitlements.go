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

// read says which plans the clause holding tokens [i, j) (the feature's
// name) puts the feature in: match is "all" (every plan), "only" (these
// plans and no other), "includes" (at least these) or "excludes" (not
// these), with the plans' ids; "" when the clause places it nowhere or
// is not the company's assertion.
func (ps *planSet) read(sent string, toks []tok, i, j int) (match string, plans []string) {
	last := toks[j-1].w // the feature name's last word
	if ps == nil || len(ps.ids) == 0 || questionText(sent) {
		return "", nil
	}
	lo, hi := mainClause(toks, i, j)
	if hi < len(toks) && toks[hi].w == ":" {
		_, hi = clauseOf(toks, hi+1, hi+1) // "SSO: Enterprise only"
	}
	cl := toks[lo:hi]
	if asks(cl) || notOurs(cl) || hasAny(cl, hypotheticals) || hasPhrase(cl, pastMarkers) ||
		hasPhrase(cl, pendingMarkers) || hasPhrase(cl, exampleMarkers) {
		return "", nil
	}
	var in, except []named
	above := -1
	for k := 0; k < len(cl); k++ {
		if k >= i-lo && k < j-lo {
			continue
		}
		p, end := ps.planAt(sent, cl, k)
		if p < 0 || k > 0 && samePhraseWord(cl[k-1].w, last) {
			continue // no plan, or one that with the feature's name makes a name: "Cody Enterprise"
		}
		switch {
		case upward(cl, k, end):
			above = p
		case k > 0 && (cl[k-1].w == "than" || cl[k-1].w == "from" && !upward(cl, k, end)):
			// "more than Free", "upgrade from Free": not where the feature is
		case exceptBefore(cl, k):
			except = append(except, named{p, k, end})
		default:
			in = append(in, named{p, k, end})
		}
		k = end - 1
	}
	if fi := i - lo; fi > 0 && (cl[fi-1].w == "like" || fi > 1 && cl[fi-2].w == "such" && cl[fi-1].w == "as") {
		return "", nil // "projects like Cody": an example of something else
	}
	neg := negatesFeature(cl, i-lo)
	all, paidOnly := ps.allPlans(cl)
	only := restricted(cl, in)
	placed := hasAny(cl, inclusionWords) // "SSO is available…", not "SSO for Enterprise users"
	switch {
	case neg && (all || above >= 0 || only):
		return "", nil // "not on every plan", "not only on Enterprise": too loose to check
	case all && (placed || !hasAny(cl, peopleNouns)):
		return ps.only(func(p int) bool { return (!paidOnly || ps.paid[p]) && !contains(except, p) })
	case above >= 0:
		return ps.only(func(p int) bool { return p >= above && !contains(except, p) })
	case len(in) == 0:
		return "", nil
	case only:
		return ps.only(func(p int) bool { return contains(in, p) })
	case !placed && !determinedAway(cl, i-lo):
		return "", nil
	case neg:
		return "excludes", ps.idsOf(in)
	}
	return "includes", ps.idsOf(in)
}

// inclusionWords say that a plan holds a feature: "available", "includes",
// "comes with", "get", "on by default".
var inclusionWords = setOf("available", "included", "includes", "include", "including", "comes", "come",
	"get", "gets", "offers", "offered", "offer", "provides", "provided", "supported", "enabled", "unlocked",
	"unlocks", "default", "access", "part", "ships", "bundled", "upgrade")

// peopleNouns name a plan's users: "all customers" places a feature on
// every plan only with an inclusion word ("available to all customers"),
// not in "all users have to do is search".
var peopleNouns = setOf("customers", "users", "subscribers")

// determinedAway reports whether "no" or "without" stands just before the
// feature named at cl[fi:]: "no SSO on Free".
func determinedAway(cl []tok, fi int) bool {
	for k := fi - 1; k >= 0 && k >= fi-2; k-- {
		if cl[k].w == "no" || cl[k].w == "without" {
			return true
		}
	}
	return false
}

// restricted reports whether the clause restricts the feature to the plans
// it names: "only" (or "exclusively", "reserved for", "limited to") in the
// three words before a named plan, or just after its name ("Enterprise
// only", "Enterprise-only").
func restricted(cl []tok, in []named) bool {
	for _, n := range in {
		e := n.end
		for e < len(cl) && planNouns[cl[e].w] {
			e++
		}
		if e < len(cl) && onlyWords[cl[e].w] {
			return true
		}
		for b := n.start - 1; b >= 0 && b >= n.start-4 && !cl[b].punct; b-- {
			if onlyWords[cl[b].w] {
				return true
			}
		}
	}
	return false
}

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

// onlyWords restrict a feature to the plans a clause names.
var onlyWords = setOf("only", "exclusively", "exclusive", "solely", "reserved", "limited")

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

// negatesFeature reports whether the clause denies the feature named at
// cl[fi:]: a negation of a word of inclusion ("SSO isn't available on
// Free", "Team doesn't include SSO"; not "SSO doesn't cost extra on
// Enterprise"), or "no", "without" just before it ("no SSO on Free").
func negatesFeature(cl []tok, fi int) bool {
	for k := range cl {
		if !verbNegation(cl, k) {
			continue
		}
		for m := k + 1; m < len(cl) && m <= k+3; m++ {
			if inclusionWords[cl[m].w] {
				return true
			}
		}
	}
	return determinedAway(cl, fi)
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
