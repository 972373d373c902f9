package rules

import (
	"errors"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

func TestMissingMessage(t *testing.T) {
	conveys := func(id string) analyze.Mention {
		return at("site/index.html", 1, analyze.Mention{Kind: analyze.MessageMention, Subject: id, Match: "conveyed", Text: "One live view of every vehicle."})
	}
	c := checker(t, exampleStory())
	c.Document(doc("site/index.html", "marketing", []string{"One live view of every vehicle."}, conveys("one-view")))
	c.Document(doc("site/about.html", "marketing", []string{"About us."}))
	// A sales deck that could not be read does not make sales a checked channel.
	c.Unreadable("collateral/deck.pptx", "sales", "pptx", errors.New("not a zip file"))
	fs := c.Corpus()
	if len(fs) != 1 {
		t.Fatalf("got %d findings %+v, want 1", len(fs), fs)
	}
	want := Finding{
		Rule: "missing-message", Severity: Warning, Channel: "marketing", Subject: "eu-data",
		Message:  "No marketing source conveys the key message “Customer data never leaves the EU”.",
		Expected: "Customer data never leaves the EU",
		Location: extract.Location{Source: "messaging.yaml", Line: 65, Column: 5},
	}
	f := fs[0]
	if f.Rule != want.Rule || f.Severity != want.Severity || f.Channel != want.Channel || f.Subject != want.Subject ||
		f.Message != want.Message || f.Expected != want.Expected || f.Location != want.Location || f.Related == nil {
		t.Errorf("got  %+v\nwant %+v", f, want)
	}
}

func TestMissingMessageSalesChecked(t *testing.T) {
	c := checker(t, exampleStory())
	deck := doc("collateral/deck.pptx", "sales", []string{"Customer data never leaves the EU."},
		at("collateral/deck.pptx", 1, analyze.Mention{Kind: analyze.MessageMention, Subject: "eu-data", Match: "conveyed"}),
		// a weak match is not conveying the message
		at("collateral/deck.pptx", 1, analyze.Mention{Kind: analyze.MessageMention, Subject: "one-view", Match: "partial"}))
	c.Document(deck)
	fs := c.Corpus()
	if len(fs) != 1 || fs[0].Subject != "one-view" || fs[0].Channel != "sales" {
		t.Fatalf("want one finding for one-view in sales, got %+v", fs)
	}
}
