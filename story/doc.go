// Package story loads and validates the canonical story file, messaging.yaml:
// what a company's products, plans, prices, facts, claims, key messages,
// terminology and offers are. Prices and quantities are parsed once, here,
// by the parsers of package value.
//
// Load and Parse read the file with the node API of gopkg.in/yaml.v3, so
// keys keep their case and every problem keeps its line and column. They
// report every problem of a file at once, as *Error values joined with
// errors.Join: "messaging.yaml:14:16: products[0].plans[1].price: ...".
// A file over MaxSize, or whose YAML aliases expand past MaxExpandedSize,
// is refused before it is decoded.
//
// Files: types.go holds the types; load.go reads the document; node.go
// holds the YAML helpers every section uses; products.go, entries.go
// (facts, claims, messages, terminology, offers), channels.go (channels,
// ignore, ChannelOf, Ignored) and rules.go (rule settings and custom
// rules) decode the sections; error.go holds Error and the "did you mean"
// suggestions; limits.go holds the limits on size and alias expansion.
package story
