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

func compareFindings(a, b Finding) int {
	return cmp.Or(
		compareLocations(a.Location, b.Location, func() int {
			return cmp.Or(strings.Compare(a.Rule, b.Rule), strings.Compare(a.Message, b.Message))
		}),
		cmp.Compare(b.Severity, a.Severity),
		strings.Compare(a.Channel, b.Channel),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Expected, b.Expected),
		strings.Compare(a.Found, b.Found),
		strings.Compare(a.Excerpt, b.Excerpt),
		strings.Compare(a.Fix, b.Fix),
		slices.CompareFunc(a.Related, b.Related, func(x, y extract.Location) int {
			return compareLocations(x, y, nil)
		}),
	)
}

// compareLocations orders by source, line, slide, page and column; on a tie
// it asks then (when given) before falling back to the selector.
func compareLocations(a, b extract.Location, then func() int) int {
	c := cmp.Or(
		strings.Compare(a.Source, b.Source),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Slide, b.Slide),
		cmp.Compare(a.Page, b.Page),
		cmp.Compare(a.Column, b.Column),
	)
	if c == 0 && then != nil {
		c = then()
	}
	if c == 0 {
		c = strings.Compare(a.Selector, b.Selector)
	}
	return c
}
