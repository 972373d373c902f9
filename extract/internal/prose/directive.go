package extract

import "strings"

// directivePrefix begins every suppression comment.
const directivePrefix = "onestory-"

// parseDirective reads the body of a comment (without its delimiters) as
// a suppression: "onestory-disable RULE...", "onestory-enable RULE..." or
// "onestory-disable-next-line RULE...". Rules are separated by spaces or
// commas; no rule means every rule. Text after " -- " is a reason and is
// ignored. ok is false when the comment is no suppression.
func parseDirective(body string, line int) (d Directive, ok bool) {
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, directivePrefix) {
		return d, false
	}
	if i := strings.Index(body, " --"); i >= 0 {
		body = body[:i]
	}
	fields := strings.Fields(strings.ReplaceAll(body, ",", " "))
	switch fields[0] {
	case "onestory-disable":
		d.Kind = Disable
	case "onestory-enable":
		d.Kind = Enable
	case "onestory-disable-next-line":
		d.Kind = DisableNextLine
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

// commentDirectives returns the suppressions among HTML comments.
func commentDirectives(comments []comment) []Directive {
	var out []Directive
	for _, c := range comments {
		if d, ok := parseDirective(c.text, c.line); ok {
			out = append(out, d)
		}
	}
	return out
}
