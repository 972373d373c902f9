// Package value holds the leaf types of onestory: Price and Quantity, with the
// parsers that read them from the story file (ParsePrice, ParseQuantity) and
// from running text (FindPrices, FindQuantities, and FindValues for both in
// one call). The story and analyze packages share these parsers so that a
// canonical value and a value found in a source are normalised by the same
// code.
//
// Amounts are canonical decimal strings ("1299.99"), currencies ISO 4217
// codes where the symbol names one ("US$" → "USD"), periods and units
// singular words ("month", "vehicle"). Key gives a comparable normal form,
// Equal compares Keys, Diff names what differs and String renders a value
// the way a person reads it.
//
// Files:
//   - types.go: Price, Quantity and their spans (the contract).
//   - price.go: Price.Key, Equal, Diff, String; UnitKey (a seat is a user).
//   - price_parse.go: ParsePrice, ParsePriceWith, the currency choice of a
//     whole-string price, "free"/"custom" words and "from".
//   - values_find.go: FindValues (AppendValues, and Scanner, which keeps
//     its scratch space from call to call), FindPrices and FindQuantities
//     over running text, and the memo through which FindValues reads each
//     candidate price once.
//   - price_find.go: reading one price at a number in running text.
//   - price_words.go: "free" and "contact sales" in running text.
//   - amount.go: which number is the amount, ranges, "k"/"M" multipliers,
//     the euro sign as decimal point ("35€99").
//   - number.go: where a written number starts and ends.
//   - decimal.go: decimal separator guessing and canonical decimals.
//   - period.go: period and unit words after a price ("per user per month").
//   - currency.go, currency_rare.go: currency symbols and codes, CurrencyCode;
//     the first-and-last-byte filter that spares most candidate markers a
//     map look-up.
//   - quantity.go: Quantity.Key, Equal, Diff, Bounds, String.
//   - quantity_parse.go: ParseQuantity, reading one quantity;
//     quantity_range.go: ranges read whole ("30–60 minutes"), bounding
//     signs (">1,500", "~500"), units written on the number ("10GB").
//   - quantity_units.go: unit names, number words and bounding words.
//
// The price rules follow scrapinghub/price-parser (BSD-3-Clause); its test
// cases measure them (see pricecases_test.go).
package value
