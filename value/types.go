package value

// PriceKind tells what kind of price a Price is.
type PriceKind int

// The kinds of price.
const (
	Fixed  PriceKind = iota // an amount: "$29 per user per month"
	Free                    // "free", "$0"
	Custom                  // "custom", "contact sales": no number may be stated
	Range                   // "$19–$49": Amount is the low end, Max the high end
)

// Price is a normalised price. Amounts are canonical decimal strings: no
// grouping, "." as the decimal point, no trailing zeros ("29", "29.5", "1200").
type Price struct {
	Kind     PriceKind
	Amount   string // canonical decimal; "0" for Free; "" for Custom
	Max      string // high end of a Range
	Currency string // ISO 4217 code where one is known ("USD"), else the symbol as written
	Symbol   string // the currency as written ("US$", "€", "руб."); "" if none
	Period   string // "" (not stated) | "once" | "hour" | "day" | "week" | "month" | "year"
	Unit     string // what it is per, singular lower case: "user", "seat", "vehicle"; "" if none
	From     bool   // "from $19", "starting at $19"
	Text     string // the text as written
}

// PriceSpan is a price found in running text: Text[Start:End] is the price.
type PriceSpan struct {
	Start, End int // byte offsets in the searched text
	Price      Price
}

// Quantity is a normalised number with a unit: "14 days", "99.9%", "1M events".
type Quantity struct {
	Value string // canonical decimal ("14", "99.9", "1000000"); "24/7" for round-the-clock
	Max   string // high end of a range, "" if none
	Unit  string // canonical singular unit: "day", "percent", "event", "integration", "x"
	// Op bounds Value: "" exact | "at-least" ("120+", "over", "more than",
	// ">") | "at-most" ("up to", "under", "<") | "about" ("about", "~",
	// "nearly"). With Max, the quantity is the range Value–Max ("30–60
	// minutes"). Bounds returns the interval these state.
	Op   string
	Text string // the text as written
}

// QuantitySpan is a quantity found in running text: Text[Start:End] is the quantity.
type QuantitySpan struct {
	Start, End int
	Quantity   Quantity
}
