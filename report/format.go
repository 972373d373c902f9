package report

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/onestory/onestory/rules"
)

// Options are what a format may be told about where it writes.
type Options struct {
	Color    bool   // the text format may use ANSI colours (a terminal, NO_COLOR unset)
	LinkBase string // markdown: prefix of links to sources ("https://github.com/o/r/blob/SHA/"); relative when empty
	// Company is whom the story is about, for the HTML report's header.
	Company string
	// Date is when the run was, for the HTML report's header; zero: not shown.
	Date time.Time
	// Dir is the folder the report file is written in: the HTML report's
	// links to local sources are relative to it, so they work wherever the
	// report is written. "" is the working directory (standard output).
	Dir string
	// History is the summaries of earlier runs, oldest first, with this
	// run's last: the HTML report charts the consistency over time.
	History []HistoryEntry
}

// Writer writes a report in one format.
type Writer func(w io.Writer, r *Report, o Options) error

// writers is the table of formats by name. It is read-only.
var writers = map[string]Writer{
	"checkstyle": Checkstyle,
	"csv":        CSV,
	"github":     GitHub,
	"html":       HTML,
	"json":       JSON,
	"junit":      JUnit,
	"markdown":   Markdown,
	"sarif":      SARIF,
	"text":       Text,
}

// Lookup returns the writer of a format, or an error listing the formats.
func Lookup(name string) (Writer, error) {
	w, ok := writers[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (choose from %s)", name, strings.Join(Formats(), ", "))
	}
	return w, nil
}

// extensions names the format a file's extension asks for. The text report
// has none of its own (.txt is any text), and .xml means JUnit, the XML
// report CI systems read (checkstyle is named explicitly).
var extensions = map[string]string{
	".csv":      "csv",
	".htm":      "html",
	".html":     "html",
	".json":     "json",
	".markdown": "markdown",
	".md":       "markdown",
	".sarif":    "sarif",
	".xml":      "junit",
}

// FormatOf returns the format a file name's extension asks for — report.html
// is html, onestory.sarif is sarif — whatever its case, and false for an
// extension no format claims.
func FormatOf(path string) (string, bool) {
	f, ok := extensions[strings.ToLower(filepath.Ext(path))]
	return f, ok
}

// Formats returns the names of the formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(writers))
	for n := range writers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// severityWords are one format's words for info, warning and error.
type severityWords [3]string

// of returns the word for s.
func (w severityWords) of(s rules.Severity) string { return w[min(max(int(s), 0), 2)] }

// The words of each format; read-only.
var (
	ghCommands  = severityWords{"notice", "warning", "error"}
	sarifLevels = severityWords{"note", "warning", "error"}
	mdIcons     = severityWords{":information_source:", ":warning:", ":x:"}
	textColours = severityWords{blue, yellow, red}
)
