package rules

import (
	"errors"
	"strings"

	"github.com/onestory/onestory/crawl"
)

var renderIncomplete = &Rule{
	ID: "render-incomplete",
	Doc: `A web page not read as a browser shows it

A page whose HTML is a shell that scripts fill in (little text, a root
element, script bundles) says nothing until it is rendered. With --render
auto such pages are rendered in headless Chromium; without a browser each
is read as sent and reported, so a pricing page never passes because its
prices were not there yet. A page that could not be rendered, and a request
a rendered page made that the crawl refused (a private or cloud metadata
address reached from a public site), are reported the same way.`,
	Severity: Warning,
	Scope:    Document,
	Check:    checkRenderIncomplete,
}

// checkRenderIncomplete reports a rendering warning of a page; it runs on
// notices (Checker.Notice) and finds nothing in documents.
func checkRenderIncomplete(p *Pass) {
	var re *crawl.RenderError
	if !errors.As(p.Err, &re) {
		return
	}
	msg := re.Error()
	f := Finding{
		Message:  strings.ToUpper(msg[:1]) + msg[1:] + ".",
		Location: locationOf(p.Doc.Source),
		Found:    re.Reason,
	}
	if re.Reason == crawl.RenderBlocked {
		f.Found = re.Request
	}
	p.Report(f)
}
