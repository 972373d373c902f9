package extract

// ProductKind tells where on a page a Product was read.
type ProductKind string

// The kinds of product a page presents.
const (
	// ProductData is a schema.org Product in JSON-LD or microdata: its
	// identifiers and its offer.
	ProductData ProductKind = "data"
	// ProductPage is the product a page is about, named by its one <h1>,
	// with the price shown next to it.
	ProductPage ProductKind = "page"
	// ProductCard is one card of a category or search page: one of
	// several sibling elements of the same structure, each naming a
	// product and its price.
	ProductCard ProductKind = "card"
)

// Product is a product a page presents with its price. Prices are as
// written; a former price is one struck through (<s>, <del>, <strike>),
// in an element whose class says so ("was", "old", "compare") or after a
// cue ("was", "previously", "RRP"): what the product cost, not what it
// costs.
type Product struct {
	Kind ProductKind
	Name string
	// SKU, GTIN and MPN are the identifiers structured data gives; a GTIN
	// is the first of gtin, gtin13, gtin12, gtin14 and gtin8.
	SKU, GTIN, MPN string
	URL            string   // the product's page: structured data's url, a card's link, as written
	Price          string   // the current price as written: "$1,299.00", or structured data's "1299.00"
	Currency       string   // structured data's priceCurrency
	Was            string   // a former price as written, "" for none
	Availability   string   // as written: "https://schema.org/InStock", "Sold out"; "" when not said
	Location       Location // where the price stands
	// AvailabilityAt is where the page says the availability, when it
	// says it in visible text; the zero Location otherwise.
	AvailabilityAt Location
}
