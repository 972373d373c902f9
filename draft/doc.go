// Package draft proposes a story file from what sources already say: the
// products and plans they name, the price each plan is stated at most often,
// the facts their quantities state, the policies they state, their claims, their repeated
// headings and sentences, and the competing spellings of their terms. Every
// entry says where it was seen, and every competing value is kept as a
// comment naming its places, so the draft shows the contradictions a person
// has to settle. Nothing is invented: an entry exists only because a source
// states it.
//
// It is a stage after analyze: a Collector takes analysed documents
// (analyze.Doc) and keeps a compact record of their mentions; Build turns
// that record into a Draft; Draft.WriteYAML writes it as a commented
// messaging.yaml that story.Parse accepts. FromSources runs the whole of
// it over sources as `onestory check` reads them, in two passes: the first
// finds the product and plan names, the second reads the sources again with
// those names as a provisional story so that the analyser attributes each
// price to its plan.
//
// Files: collect.go (Collector, Add), places.go (tallies of where a thing
// was seen, and how places are named), names.go (plan names next to prices;
// prose/v2 tagging of the candidate sentences), products.go (company,
// products, aliases and misspellings), plans.go (plans, their products and
// prices), facts.go (the noun a quantity counts), entries.go (facts,
// claims, messages, terminology), definitions.go ("X is a …" sentences),
// terms.go (competing spellings, repeated sentences), listed.go (plans a
// sentence lists or names before a plan word), retired.go (old names as
// terms to avoid), policies.go (what the sources say is not offered),
// build.go (Draft,
// Options, Build), yaml.go (WriteYAML), sources.go (FromSources, channels).
package draft
