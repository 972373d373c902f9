// Package story loads and validates the canonical story file, messaging.yaml:
// what a company's products, plans, prices, facts, claims, key messages,
// terminology and offers are. Prices and quantities are parsed once, here,
// by the parsers of package value.
package story
