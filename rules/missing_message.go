package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

var missingMessage = &Rule{
	ID: "missing-message",
	Doc: `A key message that a channel never conveys

Each message in the story names the channels that must convey it
(required_in). When no checked source of such a channel conveys the
message, the finding points at the message in the story file: “No sales
source conveys the key message “Customer data never leaves the EU”.” A
channel none of whose sources was checked in the run is not reported, so
checking only the site does not complain about the sales decks.`,
	Severity: Warning,
	Scope:    Corpus,
	Reads:    analyze.FindMessages,
	Marks:    MarksMissing,
	Check:    checkMissingMessage,
}

func checkMissingMessage(p *Pass) {
	if p.Story == nil {
		return
	}
	checked := map[string]bool{}
	for _, d := range p.Index.Docs {
		if d.Err == "" {
			checked[d.Channel] = true
		}
	}
	type said struct{ message, channel string }
	conveyed := map[said]bool{}
	for i := range p.Index.Len() {
		if p.Index.Kind(i) == analyze.MessageMention {
			e := p.Index.Entry(i)
			conveyed[said{e.Subject, e.Channel}] = true
		}
	}
	for _, m := range p.Story.Messages {
		for _, ch := range m.RequiredIn {
			if !checked[ch] || conveyed[said{m.ID, ch}] {
				continue
			}
			p.Report(Finding{
				Message:  "No " + ch + " source conveys the key message " + quote(m.Text) + ".",
				Location: extract.Location{Source: p.Story.Path, Line: m.Pos.Line, Column: m.Pos.Column},
				Channel:  ch,
				Subject:  m.ID,
				Expected: m.Text,
			})
		}
	}
}
