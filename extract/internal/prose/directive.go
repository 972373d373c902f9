// Package prose is what the format readers share to build blocks: the
// text Builder (white space collapsed, invisible characters dropped,
// segments mapping the text back to source lines), the onestory-disable
// comment syntax, and the eight-byte scans the HTML and Markdown readers
// both use.
package prose

import (
	"fmt"
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

// BOM is the UTF-8 byte order mark, which is no text.
var BOM = []byte("\ufeff")

// ErrBinary is returned for data that holds NUL bytes: no text format
// has them.
func ErrBinary(format string) error { return fmt.Errorf("not %s: binary content", format) }

// Hide marks loc as on a hidden slide.
func Hide(l *extract.Location) {
	if l.Part == "" {
		l.Part = extract.PartHidden
	} else if !strings.Contains(l.Part, extract.PartHidden) {
		l.Part += ", " + extract.PartHidden
	}
}

// TitleContext returns the Context of a block under a slide or page
// title: the title and the other names given, leaving out empty ones.
func TitleContext(title string, more ...string) []string {
	var out []string
	if title != "" {
		out = append(out, title)
	}
	for _, m := range more {
		if m != "" {
			out = append(out, m)
		}
	}
	return out
}
