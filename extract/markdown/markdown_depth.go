package markdown

import (
	"bytes"
	"fmt"
)

// maxMarkdownNesting is the deepest that block quotes and list items may
// nest on one line. The Markdown parser's time grows with the square of the
// depth (100,000 "> " take seconds per 200 KB); real content nests a few
// levels.
const maxMarkdownNesting = 100

// checkMarkdownNesting refuses Markdown in which a line opens more than
// maxMarkdownNesting block quotes and list items before its text, naming
// the line. Nesting across lines needs indentation that grows with the
// depth, so a line's own markers are what can nest deeply in a small file.
func checkMarkdownNesting(data []byte) error {
	for off, line := 0, 1; off < len(data); line++ {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		if d := markdownLineDepth(data[off : off+end]); d > maxMarkdownNesting {
			return fmt.Errorf("line %d nests block quotes or lists more than %d levels deep", line, maxMarkdownNesting)
		}
		off += end + 1
	}
	return nil
}

// markdownLineDepth counts the block-quote and list markers that open a
// line: "> - > 1. text" is 4, stopping past maxMarkdownNesting.
func markdownLineDepth(line []byte) int {
	depth, i := 0, 0
	for depth <= maxMarkdownNesting {
		for n := 0; n < 4 && i < len(line) && (line[i] == ' ' || line[i] == '\t'); n++ {
			i++
		}
		if i >= len(line) {
			return depth
		}
		switch c := line[i]; {
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || (line[j+1] != ' ' && line[j+1] != '\t') {
				return depth
			}
			i = j + 2
		default:
			return depth
		}
		depth++
	}
	return depth
}
