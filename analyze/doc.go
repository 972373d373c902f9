// Package analyze reads extracted text with NLP and finds mentions: prices,
// quantities, claims, product names, terms, key messages, and stances on
// policies and features, each with its
// location and, where it can tell, the canonical subject it is about. It
// finds what sources say; the rules package decides what is wrong.
//
// New builds an Analyzer once per story; Analyze runs it over one
// extract.Text and returns a Doc. Files:
//
//   - analyzer.go: Analyzer, New, NewFor, Analyze: the order of
//     the finders and how their spans become located, sorted Mentions;
//     run.go: the state of one Analyze call, pooled from document to
//     document with its buffers.
//   - sentences.go: sentence splitting with the Punkt model prose uses.
//   - terms.go: terms to avoid and forbidden claims (one Aho–Corasick
//     automaton); words.go: URLs and paths, case, name keys (what a
//     word is, where it starts and ends and when a match is a whole word
//     is internal/words' alone); ascii.go: lowerASCII, a block
//     lower-cased into a reused buffer.
//   - products.go: product, alias, retired and plan names and their near
//     misses (case, spacing, typos).
//   - prices.go: prices and quantities (package value) per sentence, and
//     structured prices; subjects.go: which plan a price is about;
//     facts.go: which fact a quantity is about; fact_scope.go: the
//     qualifiers that take a number from a fact (goals, programmes, old
//     values, offsets from a date, another clause, a competitor);
//     price_roles.go, price_roles_free.go: the role of each amount or
//     "free" (price, allowance, credit, cap, …) from the cue words of its
//     clause, read by price_role_words.go.
//   - voice.go: what marks text as not the company speaking (example
//     labels, reference pages, quotes, questions, the past, competitors);
//     voice_asides.go: each mention's Aside from those marks.
//   - claims.go, similarity.go, messages.go: claims and key messages;
//     claim_detectors.go and claim_words.go: the claim detectors and
//     their word tables; claim_numbers.go: a claim's numeric signature;
//     claim_scope.go, claim_context.go, claim_subject.go (with its word
//     tables in claim_subject_words.go): whether a clause with a claim
//     word is a claim of the company's;
//     claim_frames.go: the frames around a claim word that make it none
//     (an expectation, the product's past, a wish, a condition, a cap, a
//     choice, an owned opinion); claim_goals.go: claims in goal lists
//     (AsideGoal);
//     sentence_words.go: each sentence's words read once for both, through
//     a concept cache (similarity_concepts.go, with a direct-mapped front in
//     word_front.go) that a document's sentences share and that the pooled
//     run keeps from document to document.
//   - stances.go: policies and features (FindStances): the subject
//     phrases, the one-pass prefilter, PolicyMention and
//     EntitlementMention; stance.go: the clause-level stance reader
//     (clauses, negation scope, questions, conditions, other parties),
//     with its word lists in stance_words.go and its tokens in
//     stance_tokens.go (the past, question and clause cues are
//     internal/words'); entitlements.go and entitlement_plans.go: which
//     plans a clause puts a feature in ("every plan", "Team and above",
//     "Enterprise only"); entitlement_cells.go: the marks of a features
//     table.
package analyze
