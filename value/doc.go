// Package value holds the leaf types of onestory: Price and Quantity, with the
// parsers that read them from the story file (ParsePrice, ParseQuantity) and
// from running text (FindPrices, FindQuantities). The story and analyze
// packages share these parsers so that a canonical value and a value found in
// a source are normalised by the same code.
//
// Files: price.go (Price and its methods), price_parse.go (ParsePrice,
// FindPrices), currency.go (symbols and ISO 4217 codes), quantity.go
// (Quantity, ParseQuantity, FindQuantities).
package value
