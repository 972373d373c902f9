package analyze

import (
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/format"
	"github.com/onestory/onestory/value"
)

// Kind is the kind of a Mention.
type Kind string

// The kinds of mention.
const (
	PriceMention    Kind = "price"
	QuantityMention Kind = "quantity"
	ClaimMention    Kind = "claim"
	ProductMention  Kind = "product"
	TermMention     Kind = "term"
	MessageMention  Kind = "message"
	// PlanMention is a plan name the story does not know, or a retired one,
	// and ChangeMention an old value stated after a dated change: the rules
	// plan-name and stale-value find them, and inspect shows them.
	PlanMention   Kind = "plan"
	ChangeMention Kind = "change"
	// PolicyMention is a stance on a policy: Match is "offered", "not
	// offered" or "pending", Canonical the story's stance.
	PolicyMention Kind = "policy"
	// EntitlementMention places a feature in plans: Match is "all", "only",
	// "includes" or "excludes", Plans the plan ids, Canonical the feature's
	// name.
	EntitlementMention Kind = "entitlement"
)

// Sentence is one sentence of a block.
type Sentence struct {
	Text     string
	Block    int // index into Doc.Text.Blocks
	Offset   int // byte offset of Text in the block's text
	Location extract.Location
}

// Mention is one thing a source says that the story has a view on.
type Mention struct {
	Kind     Kind
	Text     string // as written
	Location extract.Location
	Sentence int // index into Doc.Sentences; -1 for structured data
	// Subject is the canonical id the mention is about: "routeplanner/fleet"
	// for a plan's price, "trial" for a fact, "fuel" for an approved claim,
	// "one-view" for a message, a product id, or a term's preferred form.
	// Empty when it cannot be told.
	Subject string

	Price    *value.Price    // PriceMention
	Quantity *value.Quantity // QuantityMention
	// Annual is set on price mentions attributed to a plan's annual price.
	Annual bool
	// Role is what a price mention's amount or "free" does in its clause:
	// RolePrice, RoleAllowance, RoleDiscount, RoleCredit, RoleCap,
	// RoleMinimum, RoleFee, RolePerk, RoleName or RoleAmount (see
	// price_roles.go). Only RolePrice states what its subject costs.
	Role string

	// Match says how a product or term mention matched: "exact", "alias",
	// "retired", "case", "spacing", "typo", "brand" (products: a name
	// with another product's name for its brand, "Cody App" for
	// "Sourcegraph App"); "avoid" (terms);
	// "forbidden" (claims); "approved", "changed", "unmatched" (claims).
	Match string
	// Canonical is the form the story wants: the product's canonical name,
	// the preferred term, the approved claim's text, the message's text.
	Canonical string
	// Score is the similarity, 0–1, for claims and messages.
	Score float64
	// ClaimKind is superlative | comparative | statistic | absolute.
	ClaimKind string
	// Structured is set for prices read from JSON-LD or microdata.
	Structured bool
	// Aside says why the mention is not the company speaking, "" when it
	// is: AsideExample, AsideQuoted, AsideQuestion, AsidePast,
	// AsideCompetitor, AsideNoClaim, AsideLegal (voice.go) or, for claims,
	// AsideGoal (claim_goals.go). Rules skip what it excuses.
	Aside string
	// Plans are the ids of the plans an entitlement mention names, in
	// story order, joined by "," (a string keeps Mention comparable).
	Plans string
}

// Doc is an analysed document.
type Doc struct {
	Source, Channel string
	Format          format.Format
	Text            *extract.Text
	Sentences       []Sentence
	Mentions        []Mention
	// Listings are the products the page presents, matched with the
	// story's catalogue (listing.go); none when the story has no catalogue.
	Listings []Listing
}
