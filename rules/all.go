package rules

// All returns the built-in rules, sorted by id. The list is explicit: a
// rule exists when it is named here.
func All() []*Rule {
	return []*Rule{
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
}

// Lookup returns the built-in rule with the given id, or nil.
func Lookup(id string) *Rule {
	for _, r := range All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Title returns the first line of the rule's Doc: what it finds, in a few
// words.
func (r *Rule) Title() string {
	for i := 0; i < len(r.Doc); i++ {
		if r.Doc[i] == '\n' {
			return r.Doc[:i]
		}
	}
	return r.Doc
}
