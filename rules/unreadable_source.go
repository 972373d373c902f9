package rules

import "strings"

var unreadableSource = &Rule{
	ID: "unreadable-source",
	Doc: `A source that could not be fetched or parsed

A source that could not be read (a 404, a timeout, a corrupt PDF) is
reported rather than silently skipped, so a check never passes because it
saw less than it was asked to: “testdata/collateral/old.pdf could not be
read: not a PDF file.”`,
	Severity: Error,
	Scope:    Document,
	Check:    checkUnreadableSource,
}

func checkUnreadableSource(p *Pass) {
	if p.Err == nil {
		return
	}
	p.Report(Finding{
		Message:  p.Doc.Source + " could not be read: " + strings.TrimSuffix(p.Err.Error(), ".") + ".",
		Location: locationOf(p.Doc.Source),
		Found:    p.Err.Error(),
	})
}
