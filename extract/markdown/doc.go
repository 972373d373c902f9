// Package markdown reads Markdown and MDX into extract.Text: Extract and
// ExtractMDX.
//
// goldmark parses (markdown_parser.go); front matter is read but not
// checked as prose (markdown_frontmatter.go); inline text and HTML
// comments (markdown_inline.go); MDX imports, exports, JSX and
// expressions are blanked first (markdown_mdx.go); over-deep nesting is
// refused (markdown_depth.go). Paragraphs with nothing for the inline
// parsers skip them and are read line by line (markdown_plain.go, with the
// eight-byte scans of markdown_runs.go); the blocks' texts, segments and
// contexts share a few arrays (markdown_arena.go), and lines are counted
// as the walk goes (markdown_pos.go).
package markdown
