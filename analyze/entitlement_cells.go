package analyze

import (
	"strings"

	"github.com/onestory/onestory/extract"
)

// Marks that a cell of a features table uses to say a plan has a feature,
// or lacks it. A cell with any other text says neither.
var (
	yesMarks = setOf("✓", "✔", "✔️", "✅", "☑", "☑️", "yes", "included", "available")
	noMarks  = setOf("✗", "✘", "✕", "×", "❌", "—", "–", "-", "no", "not included", "not available", "n/a", "none")
)

// cellMark reads the text of a table cell as a mark: in is whether it says
// the plan has the feature; ok is false when the text is no mark.
func cellMark(text string) (in, ok bool) {
	t := strings.ToLower(strings.TrimSpace(text))
	switch {
	case yesMarks[t]:
		return true, true
	case noMarks[t]:
		return false, true
	}
	return false, false
}

// appendCell appends the entitlement a cell of a features table states:
// a cell whose row header names a feature, whose column header names a
// plan of its product, and whose text is a mark (✓, ✗, —, "Yes",
// "Included"…) includes or excludes the feature from that plan.
func (f *stanceFinder) appendCell(out []span, b *extract.Block) []span {
	if b.Kind != extract.Cell || len(b.Context) < 2 {
		return out
	}
	in, ok := cellMark(b.Text)
	if !ok {
		return out
	}
	col, row := b.Context[len(b.Context)-2], b.Context[len(b.Context)-1]
	rowToks, colToks := tokenize(nil, row), tokenize(nil, col)
	for _, ft := range f.features {
		if !ft.namesAtStart(rowToks) {
			continue
		}
		p, _ := ft.plans.planAt(col, colToks, 0)
		if p < 0 {
			continue
		}
		match := "excludes"
		if in {
			match = "includes"
		}
		return append(out, span{Start: 0, End: len(b.Text), Mention: Mention{Kind: EntitlementMention,
			Subject: ft.id, Match: match, Plans: ft.plans.ids[p], Canonical: ft.canonical}})
	}
	return out
}

// namesAtStart reports whether toks start with one of the subject's
// phrases: a row header "SSO (SAML)" names SSO.
func (sub subject) namesAtStart(toks []tok) bool {
	for _, ph := range sub.phrases {
		if _, ok := ph.matchAt(toks, 0, 0); ok {
			return true
		}
	}
	return false
}
