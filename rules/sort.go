package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/onestory/onestory/extract"
)

// Sort orders findings by source, line, slide, page, column, rule and
// message, then by every other field, so that the same findings always come
// out in the same order, byte for byte.
func Sort(f []Finding) {
	slices.SortStableFunc(f, compareFindings)
}

// Compare orders two findings as Sort does: negative when a comes first,
// zero when they are the same finding.
func Compare(a, b Finding) int { return compareFindings(a, b) }

// compareFindings compares two findings, returning at the first field that
// decides: a run sorts hundreds of thousands of findings, and nearly every
// pair differs in its location.
func compareFindings(a, b Finding) int {
	if c := compareSpots(a.Location, b.Location); c != 0 {
		return c
	}
	if c := cmp.Or(strings.Compare(a.Rule, b.Rule), strings.Compare(a.Message, b.Message),
		strings.Compare(a.Location.Selector, b.Location.Selector)); c != 0 {
		return c
	}
	return cmp.Or(
		cmp.Compare(b.Severity, a.Severity),
		strings.Compare(a.Channel, b.Channel),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Expected, b.Expected),
		strings.Compare(a.Found, b.Found),
		strings.Compare(a.Excerpt, b.Excerpt),
		strings.Compare(a.Fix, b.Fix),
		slices.CompareFunc(a.Related, b.Related, compareLocations),
	)
}

// compareLocations orders by source, line, slide, page, column and
// selector.
func compareLocations(a, b extract.Location) int {
	return cmp.Or(compareSpots(a, b), strings.Compare(a.Selector, b.Selector))
}

// compareSpots orders by source, line, slide, page and column: where a
// location is, whatever its selector.
func compareSpots(a, b extract.Location) int {
	if c := strings.Compare(a.Source, b.Source); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Slide, b.Slide),
		cmp.Compare(a.Page, b.Page), cmp.Compare(a.Column, b.Column))
}
