package report

import (
	"encoding/xml"
	"errors"
	"io"

	"github.com/onestory/onestory/internal/printable"
)

// checkstyleFile is a file element of a Checkstyle XML report, under
// the root <checkstyle version="8.0">.
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
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	root := xml.StartElement{Name: xml.Name{Local: "checkstyle"}, Attr: []xml.Attr{{Name: xml.Name{Local: "version"}, Value: "8.0"}}}
	elem := xml.StartElement{Name: xml.Name{Local: "file"}}
	err := enc.EncodeToken(root)
	var file checkstyleFile // the findings of one source
	for src, fs := range bySource(r.Findings.All()) {
		if err != nil {
			break
		}
		file.Name, file.Errors = printable.Line(src), file.Errors[:0]
		for _, f := range fs {
			msg := printable.Line(f.Message)
			if where := slidePage(f.Location); where != "" {
				msg = where + ": " + msg
			}
			file.Errors = append(file.Errors, checkstyleError{
				Line: max(f.Location.Line, 1), Column: f.Location.Column,
				Severity: f.Severity.String(), Message: msg, Source: "onestory." + f.Rule,
			})
		}
		err = enc.EncodeElement(file, elem)
	}
	if err = errors.Join(err, enc.EncodeToken(root.End()), enc.Flush(), r.Findings.Err()); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}
