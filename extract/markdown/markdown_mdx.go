package markdown

import (
	"bytes"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"
)

// mdxScan bounds how far a JSX tag or an {expression} is followed before
// it is taken as text, so that a stray brace costs linear time.
const mdxScan = 64 << 10

// mdxBlank blanks, in place, the MDX syntax of src that is no Markdown:
// import and export statements, JSX tags and {expressions}. The children
// of JSX elements stay and are read as Markdown. Fenced code is left as it
// is. It returns the suppressions written as {/* onestory-... */}. src is
// the file from offset base on; lines counts the lines of the whole file.
func mdxBlank(src []byte, lines *lineCursor, base int) []extract.Directive {
	m := mdxScanner{src: src, lines: lines, base: base}
	fence := ""
	for i := 0; i < len(src); {
		eol := lineEnd(src, i)
		line := src[i:eol]
		trimmed := bytes.TrimLeft(line, " \t")
		switch {
		case fence != "":
			if closesFence(trimmed, fence) {
				fence = ""
			}
			i = eol + 1
		case fenceOf(trimmed) != "":
			fence = fenceOf(trimmed)
			i = eol + 1
		case len(trimmed) == len(line) && (bytes.HasPrefix(line, []byte("import ")) || bytes.HasPrefix(line, []byte("export "))):
			end := esmEnd(src, i)
			blank(src[i:end])
			i = end
		default:
			i = m.line(i)
		}
	}
	return m.out
}

// mdxScanner blanks the JSX and expressions of one MDX source.
type mdxScanner struct {
	src   []byte
	lines *lineCursor
	base  int // where src begins in the file
	out   []extract.Directive
	// A '{' or '<' that closes nowhere is text; so is every one before
	// where its failed scan stopped, which keeps the cost linear.
	noBrace, noTag int
}

// line blanks the JSX tags and expressions that begin on the line at
// src[i:] and returns where the next line begins (after the end of a tag
// or expression that runs over several lines).
func (m *mdxScanner) line(i int) int {
	src, j := m.src, i
	for j < len(src) && src[j] != '\n' {
		end := -1
		switch src[j] {
		case '\\':
			j += 2
			continue
		case '`':
			if k := bytes.IndexByte(src[j+1:lineEnd(src, j)], '`'); k >= 0 {
				j += k + 2
				continue
			}
		case '{':
			if j >= m.noBrace {
				if end = matchBrace(src, j); end < 0 {
					m.noBrace = min(len(src), j+mdxScan)
				}
				m.directive(j, end)
			}
		case '<':
			if j >= m.noTag && jsxTagStart(src[j:]) {
				if end = matchTag(src, j); end < 0 {
					m.noTag = min(len(src), j+mdxScan)
				}
			}
		}
		if end > 0 {
			blank(src[j:end])
			j = end
			continue
		}
		j++
	}
	return j + 1
}

// directive records the suppression written as the expression
// src[start:end] = "{/* onestory-... */}".
func (m *mdxScanner) directive(start, end int) {
	if end < 0 {
		return
	}
	body := strings.TrimSpace(string(m.src[start+1 : end-1]))
	inner, ok := strings.CutPrefix(body, "/*")
	if !ok || !strings.HasSuffix(inner, "*/") {
		return
	}
	line, _ := m.lines.pos(m.base + end - 1)
	if d, ok := prose.ParseDirective(strings.TrimSuffix(inner, "*/"), line); ok {
		m.out = append(m.out, d)
	}
}

// lineEnd returns the index of the newline that ends the line holding
// src[i], or len(src).
func lineEnd(src []byte, i int) int {
	if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(src)
}

// fenceOf returns the backtick or tilde fence a line opens, or "".
func fenceOf(line []byte) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(line) && line[n] == c {
			n++
		}
		if n >= 3 {
			return string(line[:n])
		}
	}
	return ""
}

// closesFence reports whether line closes a fence opened with fence.
func closesFence(line []byte, fence string) bool {
	f := fenceOf(line)
	return f != "" && f[0] == fence[0] && len(f) >= len(fence) && len(bytes.TrimSpace(line[len(f):])) == 0
}

// esmEnd returns where an import or export statement beginning at i ends:
// at the next blank line.
func esmEnd(src []byte, i int) int {
	for i < len(src) {
		eol := lineEnd(src, i)
		if len(bytes.TrimSpace(src[i:eol])) == 0 {
			return i
		}
		i = eol + 1
	}
	return len(src)
}

// jsxTagStart reports whether s begins a JSX tag or fragment: "<Name",
// "</Name", "<>" or "</>".
func jsxTagStart(s []byte) bool {
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	c := s[1]
	if c == '/' && len(s) > 2 {
		c = s[2]
	}
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '>'
}

// matchTag returns the index after the '>' that closes the tag at
// src[i], skipping quoted attribute values and {expressions}, or -1.
func matchTag(src []byte, i int) int {
	src = src[:min(len(src), i+mdxScan)]
	for k := i + 1; k < len(src); k++ {
		switch src[k] {
		case '"', '\'':
			q := bytes.IndexByte(src[k+1:], src[k])
			if q < 0 {
				return -1
			}
			k += q + 1
		case '{':
			end := matchBrace(src, k)
			if end < 0 {
				return -1
			}
			k = end - 1
		case '<':
			return -1
		case '>':
			return k + 1
		}
	}
	return -1
}

// matchBrace returns the index after the '}' that closes the '{' at
// src[i], skipping strings and comments, or -1.
func matchBrace(src []byte, i int) int {
	depth := 0
	src = src[:min(len(src), i+mdxScan)]
	for k := i; k < len(src); k++ {
		switch c := src[k]; c {
		case '"', '\'', '`':
			q := bytes.IndexByte(src[k+1:], c)
			if q < 0 {
				return -1
			}
			k += q + 1
		case '/':
			if k+1 < len(src) && src[k+1] == '*' {
				q := bytes.Index(src[k+2:], []byte("*/"))
				if q < 0 {
					return -1
				}
				k += q + 3
			}
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return -1
}
