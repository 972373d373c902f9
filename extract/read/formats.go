package extract

import "github.com/onestory/onestory/format"

// formats is the table of extractors by format. It is read-only.
var formats = map[format.Format]Func{
	format.HTML:     HTML,
	format.Markdown: Markdown,
	format.MDX:      MDX,
	format.Text:     Plain,
	format.PPTX:     PPTX,
	format.DOCX:     DOCX,
	format.PDF:      PDF,
	format.ODT:      ODT,
	format.ODP:      ODP,
}
