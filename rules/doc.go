// Package rules decides what is wrong: each built-in rule is a value of type
// Rule in its own file (rule id product-name lives in product_name.go), All
// returns them in a fixed order, and Check runs them over analysed documents
// and the corpus index, applies severities from the story file and inline
// suppressions, and returns sorted Findings.
package rules
