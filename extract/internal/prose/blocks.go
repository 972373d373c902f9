package prose

import (
	"fmt"
	"strings"

	"github.com/onestory/onestory/extract"
)

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
