package analyze

import (
	"strings"

	"github.com/onestory/onestory/extract"
)

// Legal pages: terms of service, privacy policies, data processing
// agreements and licence terms are worded by lawyers and bind the company
// as written, so house style (the story's terminology) does not edit them.
// A page is legal when its title says so; failing a title, its first
// heading. The title is the page's own name for itself, so a blog post
// about "our new terms" is not one.

// legalTitleEnds are the endings of a legal page's title, lower case.
var legalTitleEnds = []string{"terms", "terms of service", "terms of use", "terms and conditions",
	"terms & conditions", "conditions of use", "privacy policy", "privacy notice", "privacy statement",
	"cookie policy", "cookies policy", "cookie notice", "acceptable use policy", "data processing agreement",
	"data processing addendum", "dpa", "subscription agreement", "services agreement",
	"service agreement", "license agreement", "licence agreement", "license terms", "licence terms",
	"eula", "legal", "legal notice", "imprint", "impressum", "service level agreement", "gdpr policy"}

// legalPage reports whether document t is contract or legal text: its
// title, or its first heading when it has none, ends with one of
// legalTitleEnds (see legalTitle).
func legalPage(t *extract.Text) bool {
	title := t.Title
	if title == "" {
		for i := range t.Blocks {
			if t.Blocks[i].Kind == extract.Heading {
				title = t.Blocks[i].Text
				break
			}
		}
	}
	if len(title) > 120 {
		return false // a sentence, not a page's name
	}
	return legalTitle(title)
}

// legalTitle reports whether title names a legal page, once a site name
// after a separator ("Privacy Policy | Acme") and the punctuation around
// it are trimmed. A one-word ending ("Terms", "Legal") must be the whole
// title; a longer one may follow other words ("PostHog Cloud License
// Terms").
func legalTitle(title string) bool {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " · "} {
		if head, _, ok := strings.Cut(title, sep); ok && legalTitle(head) {
			return true
		}
	}
	low := strings.ToLower(strings.Trim(title, " \t:.*_#\"'()"))
	for _, end := range legalTitleEnds {
		rest, ok := strings.CutSuffix(low, end)
		whole := !strings.Contains(end, " ") // "terms" alone: "Glossary of terms" is no legal page
		if ok && (rest == "" || !whole && (strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ":"))) {
			return true
		}
	}
	return false
}
