package rules

import "github.com/onestory/onestory/analyze"

var factConflict = &Rule{
	ID: "fact-conflict",
	Doc: `Two sources that disagree on a fact the story gives no value for

Sources that state different values for one of the story's facts, where
the story gives no value to compare them with, are reported as
price-conflict does for prices: the value most places state is the
reference, and each other value is reported once for each channel that
states it, with the reference's places as related locations. Where the
story gives the value (today every fact has one), a place that departs
from it is a fact-mismatch and nothing else: one problem, one finding.`,
	Severity: Error,
	Scope:    Corpus,
	Reads:    analyze.FindValues,
	Marks:    MarksConflict,
	Check:    checkFactConflict,
}

func checkFactConflict(p *Pass) {
	reportConflicts(p, conflictSpec{
		kind: analyze.QuantityMention,
		title: func(subject string, _ bool) string {
			if f := factOf(p.Story, subject); f != nil {
				return "the " + factTitle(f)
			}
			return subject
		},
		canonical: func(subject string, _ bool) string {
			f := factOf(p.Story, subject)
			if f == nil {
				return ""
			}
			return quantityValue(f.Value, &f.Value)
		},
	})
}
