package prose

import (
	"strings"

	"github.com/onestory/onestory/extract"
)

// DirectivePrefix begins every suppression comment.
const DirectivePrefix = "onestory-"

// ParseDirective reads the body of a comment (without its delimiters) as
// a suppression: "onestory-disable RULE...", "onestory-enable RULE..." or
// "onestory-disable-next-line RULE...". Rules are separated by spaces or
// commas; no rule means every rule. Text after " -- " is a reason and is
// ignored. ok is false when the comment is no suppression.
func ParseDirective(body string, line int) (d extract.Directive, ok bool) {
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, DirectivePrefix) {
		return d, false
	}
	if i := strings.Index(body, " --"); i >= 0 {
		body = body[:i]
	}
	fields := strings.Fields(strings.ReplaceAll(body, ",", " "))
	switch fields[0] {
	case "onestory-disable":
		d.Kind = extract.Disable
	case "onestory-enable":
		d.Kind = extract.Enable
	case "onestory-disable-next-line":
		d.Kind = extract.DisableNextLine
	default:
		return d, false
	}
	d.Rules = fields[1:]
	if len(d.Rules) == 0 {
		d.Rules = nil
	}
	d.Line = line
	return d, true
}
