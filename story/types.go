package story

import (
	"regexp"
	"time"

	"github.com/onestory/onestory/value"
)

// Story is a loaded, validated story file.
type Story struct {
	Path        string // the file it was loaded from
	Version     int
	Company     string
	Channels    []Channel // in file order: the first match wins
	Sources     []string
	Products    []Product
	Facts       []Fact
	Claims      Claims
	Messages    []Message
	Terminology []Term
	Offers      []Offer
	Changes     []Change               // dated changes, in file order
	Policies    []Policy               // what the company does and does not do
	Features    []Feature              // what each plan includes
	Rules       map[string]RuleSetting // keyed by rule id (ids are lower-case kebab)
	Ignore      []string
	Custom      []CustomRule
	// Competitors are the companies and products the company competes
	// with; Reference are globs of reference pages (style guides,
	// glossaries) whose listed forms are examples. See voice.go.
	Competitors []Competitor
	Reference   []string
	// Catalog is the product catalogue: products with a listing and the
	// rows of the catalogue files (catalog:); nil when there is none.
	Catalog *Catalog
	// Warnings are problems in the file that do not stop a check (an
	// avoided form listed twice), each with its line and column, in file
	// order. Load and Parse return them with the Story, not as errors.
	Warnings []*Error
}

// Pos is a position in the story file.
type Pos struct{ Line, Column int }

// Channel maps sources to a team.
type Channel struct {
	Name  string
	Globs []string
	Pos   Pos
}

// Product is a product with its plans.
type Product struct {
	ID           string
	Name         string
	Aliases      []string
	RetiredNames []string
	Plans        []Plan
	// Listing is the product's own price, identifiers, page, sale and
	// availability, when it sells as one item (catalog.go).
	Listing Listing
	Pos     Pos
}

// Plan is a product's plan and its canonical prices.
type Plan struct {
	ID           string
	Name         string
	Aliases      []string     // other names the plan goes by, which are fine
	RetiredNames []string     // names the plan had before, which are not
	Price        *value.Price // nil when the story gives none
	AnnualPrice  *value.Price
	// Usage-based and tiered pricing (see tiers.go): the amount a plan
	// gives free, its minimum charge, its tiers in order, and its prices
	// in other currencies or markets.
	Allowance *value.Quantity
	Minimum   *value.Price
	Tiers     []Tier
	Prices    []value.Price
	Pos       Pos
}

// Tier is one step of a plan's usage-based price: Price per unit up to
// UpTo (nil for the last, open-ended tier).
type Tier struct {
	Price value.Price
	UpTo  *value.Quantity
	Pos   Pos
}

// Fact is a canonical quantity: a trial length, an uptime, a limit.
type Fact struct {
	ID    string
	About []string // phrases that name the fact
	Value value.Quantity
	// Money is the value read as a price when it has a currency ("$5,000
	// per year", "$1,440 per user per year"): money that is a fact,
	// compared with amounts of money, never with a plan's price.
	Money *value.Price
	// Scope are phrases naming the programme, segment or region the fact
	// holds in ("reseller programme", "education"); empty for a general fact.
	Scope []string
	Pos   Pos
}

// Claims are the approved and forbidden claims.
type Claims struct {
	Approved  []Claim
	Forbidden []string
}

// Claim is an approved claim.
type Claim struct {
	ID       string
	Text     string
	Evidence string
	Pos      Pos
}

// Message is a key message and the channels that must convey it.
type Message struct {
	ID         string
	Text       string
	RequiredIn []string
	Pos        Pos
}

// Term is a preferred term and the forms to avoid.
type Term struct {
	Use   string
	Avoid []string
	Pos   Pos
}

// Offer is a time-limited offer.
type Offer struct {
	ID         string
	Text       string
	ValidFrom  time.Time // zero: no start
	ValidUntil time.Time // zero: no end; inclusive (the whole day)
	Pos        Pos
}

// RuleSetting overrides a built-in or custom rule, as the story file says
// it: the rules package checks that the id names a rule.
type RuleSetting struct {
	Severity string // error | warning | info; "" keeps the default
	Off      bool   // severity: off
	Pos      Pos    // of the rule's key in the rules section
}

// CustomRule is a rule defined in the story file: kind existence,
// substitution or required. Its id is "custom/<name>".
type CustomRule struct {
	Name     string
	Kind     string // existence | substitution | required
	Message  string
	Severity string           // error | warning | info; "" keeps the default
	Off      bool             // severity: off
	Tokens   []string         // existence, required: phrases
	Patterns []string         // existence, required: regular expressions
	Regexps  []*regexp.Regexp // Patterns, compiled when the story loads
	Swap     []Swap           // substitution
	Sources  []string         // required: globs of the sources it applies to
	Pos      Pos
}

// Swap is one substitution of a custom rule: write Use instead of Avoid.
type Swap struct {
	Avoid, Use string
}

// Change is a dated change of a value the story holds: from Changed on, a
// source that still states one of the old values (Was) is out of date.
type Change struct {
	ID   string
	What string // the entry that changed: a message, fact or product id, or "product/plan"; "" for free text
	Kind string // what What names: ChangeMessage, ChangeFact, ChangeProduct, ChangePlan; "" when What is empty
	Was  []string
	Now  string // the current value: the story file's now, or the named entry's text, value or name
	// Changed is the day of the change; it counts as changed.
	Changed time.Time
	// WasQuantities are Was parsed, when What names a fact.
	WasQuantities []value.Quantity
	// WasPrices are the old values that read as prices, when What names a
	// plan: its price changed; otherwise its name did.
	WasPrices []value.Price
	Pos       Pos
}
