package rules

import "strings"

var unreadableSource = &Rule{
	ID: "unreadable-source",
	Doc: `A source that could not be fetched or parsed

A source that could not be read (a 404, a timeout, a corrupt PDF) is
reported rather than silently skipped, so a check never passes because it
saw less than it was asked to: “testdata/collateral/old.pdf could not be
read: not a PDF file.” A part of a source that could not be read — a
malformed JSON-LD block of a product listing, broken front matter — is
reported at its line the same way.`,
	Severity: Error,
	Scope:    Document,
	Check:    checkUnreadableSource,
}

// checkUnreadableSource reports the source a pass could not read, or the
// parts of a readable one that extraction could not.
func checkUnreadableSource(p *Pass) {
	if p.Err == nil {
		partlyUnreadable(p)
		return
	}
	why := strings.TrimPrefix(p.Err.Error(), "read "+p.Doc.Source+": ") // crawl names the source too
	p.Report(Finding{
		Message:  p.Doc.Source + " could not be read: " + strings.TrimSuffix(why, ".") + ".",
		Location: locationOf(p.Doc.Source),
		Found:    p.Err.Error(),
	})
}

// partlyUnreadable reports the parts of a readable document that extraction
// could not read.
func partlyUnreadable(p *Pass) {
	if p.Doc == nil || p.Doc.Text == nil {
		return
	}
	for _, w := range p.Doc.Text.Warnings {
		p.Report(Finding{
			Message:  "Part of " + p.Doc.Source + " could not be read: " + strings.TrimSuffix(w.Message, ".") + ".",
			Location: w.Location,
			Found:    w.Message,
		})
	}
}
