package rules

import (
	"slices"
	"sort"
	"strings"
)

// registry is the list of built-in rules, sorted by id: a rule exists when
// it is named here. It is never changed; All hands out copies.
var registry = [...]*Rule{
	availabilityMismatch,
	claimMismatch,
	crawlLimit,
	entitlementConflict,
	entitlementMismatch,
	factConflict,
	factMismatch,
	forbiddenClaim,
	missingMessage,
	planName,
	policyConflict,
	policyMismatch,
	priceConflict,
	priceMismatch,
	productName,
	renderIncomplete,
	salePriceOutsideDates,
	staleOffer,
	staleValue,
	term,
	unapprovedClaim,
	unreadableSource,
}

// All returns the built-in rules, sorted by id.
func All() []*Rule { return slices.Clone(registry[:]) }

// IDs returns the ids of the built-in rules, sorted.
func IDs() []string {
	ids := make([]string, len(registry))
	for i, r := range registry {
		ids[i] = r.ID
	}
	return ids
}

// Lookup returns the built-in rule with the given id, or nil.
func Lookup(id string) *Rule {
	i := sort.Search(len(registry), func(i int) bool { return registry[i].ID >= id })
	if i < len(registry) && registry[i].ID == id {
		return registry[i]
	}
	return nil
}

// Title returns the first line of the rule's Doc: what it finds, in a few
// words.
func (r *Rule) Title() string {
	title, _, _ := strings.Cut(r.Doc, "\n")
	return title
}
