package extract

import "sort"

// formats is the table of extractors by format name. It is read-only.
var formats = map[string]Func{
	"html":     HTML,
	"markdown": Markdown,
	"text":     Plain,
}

func sortStrings(s []string) { sort.Strings(s) }
