package rules

import "github.com/onestory/onestory/analyze"

var factConflict = &Rule{
	ID: "fact-conflict",
	Doc: `Two sources that disagree on the same fact

Whatever the story says, sources that state different values for one of
its facts are reported, as price-conflict does for prices: the value most
sources state is the reference, and each place that states another is
reported once with the reference's locations as related locations:
“Sources disagree on the free trial: marketing: 14 days at
testdata/site/index.html:12; sales: 30 days at
testdata/collateral/kestrel-pitch.pptx slide 2.”`,
	Severity: Error,
	Scope:    Corpus,
	Reads:    analyze.FindValues,
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
