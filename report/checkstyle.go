package report

import (
	"encoding/xml"
	"io"

	"github.com/onestory/onestory/internal/printable"
)

type checkstyleRoot struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Checkstyle writes the report as Checkstyle XML, which many CI systems and
// review bots (reviewdog, Jenkins warnings-ng) read; they print its texts,
// so text from sources and file names goes through printable.
func Checkstyle(w io.Writer, r *Report, _ Options) error {
	root := checkstyleRoot{Version: "8.0"}
	idx := map[string]int{}
	for f := range r.Findings.All() {
		src := f.Location.Source
		i, ok := idx[src]
		if !ok {
			i = len(root.Files)
			idx[src] = i
			root.Files = append(root.Files, checkstyleFile{Name: printable.Line(src)})
		}
		msg := printable.Line(f.Message)
		if where := slidePage(f.Location); where != "" {
			msg = where + ": " + msg
		}
		root.Files[i].Errors = append(root.Files[i].Errors, checkstyleError{
			Line: max(f.Location.Line, 1), Column: f.Location.Column,
			Severity: f.Severity.String(), Message: msg, Source: "onestory." + f.Rule,
		})
	}
	if err := r.Findings.Err(); err != nil {
		return err
	}
	return writeXML(w, root)
}
