package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// appendFinding appends f as the JSON report writes it, indented for a value
// nested depth spaces deep: byte for byte what encoding/json, indented by
// jsonEncoder, writes, passed through printable.JSON (FuzzAppendFinding
// compares the two). Findings are
// most of a large report, and encoding/json's reflection and the indenting
// pass after it took three times as long as this.
func appendFinding(dst []byte, f *rules.Finding, depth int) []byte {
	in := depth + 2
	dst = append(dst, '{')
	dst = appendString(dst, in, "rule", f.Rule)
	dst = appendString(dst, in, "severity", f.Severity.String())
	dst = appendString(dst, in, "message", f.Message)
	dst = appendString(dst, in, "channel", f.Channel)
	dst = appendString(dst, in, "subject", f.Subject)
	dst = appendString(dst, in, "expected", f.Expected)
	dst = appendString(dst, in, "found", f.Found)
	dst = appendString(dst, in, "excerpt", f.Excerpt)
	dst = appendName(dst, in, "location")
	dst = appendLocation(dst, &f.Location, in)
	dst = append(dst, ',')
	dst = appendName(dst, in, "related")
	switch {
	case f.Related == nil:
		dst = append(dst, "null"...)
	case len(f.Related) == 0:
		dst = append(dst, "[]"...)
	default:
		dst = append(dst, '[')
		for i := range f.Related {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendNewline(dst, in+2)
			dst = appendLocation(dst, &f.Related[i], in+2)
		}
		dst = appendNewline(dst, in)
		dst = append(dst, ']')
	}
	if f.Fix != "" {
		dst = append(dst, ',')
		dst = appendName(dst, in, "fix")
		dst = appendJSONString(dst, f.Fix)
	}
	dst = appendNewline(dst, depth)
	return append(dst, '}')
}

// appendLocation appends l as an object nested depth spaces deep.
func appendLocation(dst []byte, l *extract.Location, depth int) []byte {
	in := depth + 2
	dst = append(dst, '{')
	dst = appendString(dst, in, "source", l.Source)
	dst = appendInt(dst, in, "line", l.Line)
	dst = appendInt(dst, in, "column", l.Column)
	dst = appendInt(dst, in, "page", l.Page)
	dst = appendInt(dst, in, "slide", l.Slide)
	dst = appendName(dst, in, "selector")
	dst = appendJSONString(dst, l.Selector)
	if l.Part != "" { // omitempty, as the struct tag says
		dst = append(dst, ',')
		dst = appendName(dst, in, "part")
		dst = appendJSONString(dst, l.Part)
	}
	dst = appendNewline(dst, depth)
	return append(dst, '}')
}

// appendString appends the member `"name": "s",` on a line of its own.
func appendString(dst []byte, depth int, name, s string) []byte {
	dst = appendName(dst, depth, name)
	dst = appendJSONString(dst, s)
	return append(dst, ',')
}

// appendInt appends the member `"name": n,` on a line of its own.
func appendInt(dst []byte, depth int, name string, n int) []byte {
	dst = appendName(dst, depth, name)
	dst = strconv.AppendInt(dst, int64(n), 10)
	return append(dst, ',')
}

// appendName starts a member on a new line: `"name": `.
func appendName(dst []byte, depth int, name string) []byte {
	dst = appendNewline(dst, depth)
	dst = append(dst, '"')
	dst = append(dst, name...)
	return append(dst, `": `...)
}

// appendNewline appends a newline and depth spaces.
func appendNewline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for ; depth > len(spaces); depth -= len(spaces) {
		dst = append(dst, spaces...)
	}
	return append(dst, spaces[:depth]...)
}

const spaces = "                                " // 32

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off — quotes, backslashes and control characters escaped,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped — and, as
// printable.JSON does, DEL, C1 controls and bidirectional controls as \u
// escapes too.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != 0x7f {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029' || printable.Control(c):
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', hex[c>>12], hex[c>>8&0xF], hex[c>>4&0xF], hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
