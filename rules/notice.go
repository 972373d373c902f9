package rules

import (
	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/format"
)

// noticeRules are the rules that report what a crawl noticed about a
// source rather than what the source says: their Check reads Pass.Err.
func noticeRule(r *Rule) bool { return r == crawlLimit || r == renderIncomplete }

// Notice returns the findings of a crawl notice about source: the page
// limit cut a crawl short (crawl.LimitError), or a page was not read as a
// browser shows it (crawl.RenderError, a Document warning). A notice is
// not a document: it adds nothing to the corpus index. Notices no rule
// claims, or whose rule is off, give no finding.
func (c *Checker) Notice(source, channel string, f format.Format, err error) []Finding {
	d := &analyze.Doc{Source: source, Channel: channel, Format: f}
	var out []Finding
	for _, a := range c.docs {
		if noticeRule(a.rule) {
			out = a.run(Pass{Story: c.story, Doc: d, Now: c.now, Err: err}, out)
		}
	}
	Sort(out)
	return out
}
