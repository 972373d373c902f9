package analyze

import "github.com/onestory/onestory/internal/words"

// read says which plans the clause holding tokens [i, j) (the feature's
// name, which the phrase name matched) puts the feature in: match is "all" (every plan), "only" (these
// plans and no other), "includes" (at least these) or "excludes" (not
// these), with the plans' ids; "" when the clause places it nowhere or
// is not the company's assertion.
func (ps *planSet) read(sent string, toks []tok, i, j int, name subjectPhrase) (match string, plans []string) {
	if ps == nil || len(ps.ids) == 0 || words.IsQuestion(sent) {
		return "", nil
	}
	lo, hi := mainClause(toks, i, j)
	bracket := false
	switch {
	case hi < len(toks) && toks[hi].w == ":":
		_, hi = clauseOf(toks, hi+1, hi+1) // "SSO: Enterprise only"
	case hi == j && hi < len(toks) && toks[hi].w == "(":
		hi, bracket = closing(toks, hi) // "Audit logs (Business and Enterprise)"
		if bracket && !ps.namesAny(sent, toks[j:hi]) {
			_, hi = clauseOf(toks, hi, hi) // "Single sign-on (SAML) is available on Team"
			bracket = false
		}
	}
	cl, fi := toks[lo:hi], i-lo
	if asks(cl) || notOurs(cl) || hasAny(cl, hypotheticals) || hasPhrase(cl, pastMarkers) ||
		hasPhrase(cl, pendingMarkers) || hasPhrase(cl, exampleMarkers) ||
		fi > 0 && (cl[fi-1].w == "like" || fi > 1 && cl[fi-2].w == "such" && cl[fi-1].w == "as") {
		return "", nil // "projects like Cody": an example of something else
	}
	return ps.decide(cl, fi, ps.placement(sent, cl, fi, j-lo, name), bracket)
}

// endsName reports whether the feature's name ends just before cl[k], so
// that a plan named there makes one name with it: "Cody Enterprise".
func endsName(cl []tok, k int, name subjectPhrase) bool {
	for st := max(0, k-len(name)-3); st < k; st++ {
		if e, ok := name.matchAt(cl, st, 0); ok && e == k {
			return true
		}
	}
	return false
}

// namesAny reports whether toks name one of the plans.
func (ps *planSet) namesAny(sent string, toks []tok) bool {
	for k := range toks {
		if p, _ := ps.planAt(sent, toks, k); p >= 0 {
			return true
		}
	}
	return false
}

// closing returns the end of the short bracket that opens at toks[open]
// (at most six tokens inside) and true, or open and false.
func closing(toks []tok, open int) (int, bool) {
	for k := open + 1; k < len(toks) && k <= open+7; k++ {
		if toks[k].w == ")" {
			return k + 1, true
		}
	}
	return open, false
}

// placement is where a clause names plans: the plans it names, those it
// names after "except", and the plan a range upwards starts at (-1: none).
type placement struct {
	in, except []named
	above      int
}

// placement finds the plans the clause cl names outside the feature's
// name, cl[fi:fj], which the phrase name matched.
func (ps *planSet) placement(sent string, cl []tok, fi, fj int, name subjectPhrase) placement {
	pl := placement{above: -1}
	for k := 0; k < len(cl); k++ {
		if k >= fi && k < fj {
			continue
		}
		p, end := ps.planAt(sent, cl, k)
		if p < 0 || endsName(cl, k, name) {
			continue // no plan, or one that with the feature's name makes a name: "Cody Enterprise"
		}
		switch {
		case upward(cl, k, end):
			pl.above = p
		case k > 0 && (cl[k-1].w == "than" || cl[k-1].w == "from"):
			// "more than Free", "upgrade from Free": not where the feature is
		case exceptBefore(cl, k):
			pl.except = append(pl.except, named{p, k, end})
		default:
			pl.in = append(pl.in, named{p, k, end})
		}
		k = end - 1
	}
	return pl
}

// decide reads the placement of the feature named at cl[fi:] as a match
// and plans (see read); bracket is set when the plans stand in a bracket
// right after the feature's name.
func (ps *planSet) decide(cl []tok, fi int, pl placement, bracket bool) (string, []string) {
	neg := negatesFeature(cl, fi)
	all, paidOnly := ps.allPlans(cl)
	only := restricted(cl, pl.in)
	// "SSO is available…", "Audit logs (Business)"; not "SSO for Enterprise users"
	placed := bracket || hasAny(cl, inclusionWords)
	switch {
	case neg && (all || pl.above >= 0 || only):
		return "", nil // "not on every plan", "not only on Enterprise": too loose to check
	case all && (placed || !hasAny(cl, peopleNouns)):
		return ps.only(func(p int) bool { return (!paidOnly || ps.paid[p]) && !contains(pl.except, p) })
	case pl.above >= 0:
		return ps.only(func(p int) bool { return p >= pl.above && !contains(pl.except, p) })
	case len(pl.in) == 0:
		return "", nil
	case only:
		return ps.only(func(p int) bool { return contains(pl.in, p) })
	case !placed && !determinedAway(cl, fi):
		return "", nil
	case neg:
		return "excludes", ps.idsOf(pl.in)
	}
	return "includes", ps.idsOf(pl.in)
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

// onlyWords restrict a feature to the plans a clause names.
var onlyWords = setOf("only", "exclusively", "exclusive", "solely", "reserved", "limited")

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
