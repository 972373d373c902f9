// Package rules decides what is wrong. Each built-in rule is a value of
// type Rule in its own file, named after its id (price-mismatch lives in
// price_mismatch.go), and All returns them in a fixed order. Custom rules
// from the story file (existence, substitution, required) are compiled once
// by NewChecker (custom.go, phrase.go).
//
// A Checker runs the rules: Document runs the document rules over one
// analysed document (from many goroutines at once), applies its inline
// suppression comments (suppress.go) and records its prices, quantities and
// conveyed messages in a compact Index (record.go); Unreadable reports a
// source that could not be read; Corpus runs the corpus rules, such as
// price-conflict and missing-message, once over the Index. Severities come
// from each rule, overridden by the story's rules section (checker.go).
// Sort orders findings so that output is the same byte for byte.
//
// What rules look up in the story is indexed once per Checker
// (story_index.go): the names plan-name reads (plan_words.go; it reads
// sentences in plan_match.go, plan_list.go and plan_hits.go, with the
// prefilter of plan_filter.go, and tables in plan_table.go) and the dated
// changes stale-value reads (stale_value.go, change_words.go). NameMentions
// (inspect.go) shows what these two rules find as mentions.
//
// The policy and entitlement rules share stances.go: the story's policies
// and features by id, what contradicts them (Departs, which the story
// matrix asks), and their Index entries (a policy's stance; a feature's
// inclusion in each plan, subject "feature/plan").
//
// Rules do no I/O: everything they read comes through their Pass.
package rules
