package extract

// formats is the table of extractors by format name. It is read-only.
var formats = map[string]Func{
	"html":     HTML,
	"markdown": Markdown,
	"mdx":      MDX,
	"text":     Plain,
	"pptx":     PPTX,
	"docx":     DOCX,
	"pdf":      PDF,
	"odt":      ODT,
	"odp":      ODP,
}
