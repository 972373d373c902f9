package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// junitSuites is the root of a JUnit XML file as CI systems (Jenkins,
// GitLab, Azure DevOps, the JUnit GitHub actions) read it.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

// JUnit writes the report as JUnit XML: one testsuite per source, one
// failing testcase per finding, and one passing testcase for a source
// without findings, so that CI shows every source checked. CI systems show
// these texts in consoles and pages, so text from sources and file names
// goes through printable (XML itself cannot carry most control characters).
func JUnit(w io.Writer, r *Report, _ Options) error {
	root := junitSuites{Name: "onestory"}
	bySource := map[string][]rules.Finding{}
	var order []string
	for _, d := range r.Documents {
		order = append(order, d.Source)
		bySource[d.Source] = nil
	}
	for f := range r.Findings.All() {
		if _, ok := bySource[f.Location.Source]; !ok {
			order = append(order, f.Location.Source)
		}
		bySource[f.Location.Source] = append(bySource[f.Location.Source], f)
	}
	if err := r.Findings.Err(); err != nil {
		return err
	}
	for _, src := range order {
		s := junitSuiteOf(src, bySource[src])
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Suites = append(root.Suites, s)
	}
	return writeXML(w, root)
}

// writeXML writes v as an indented XML document with its header.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitSuiteOf(source string, fs []rules.Finding) junitSuite {
	src := printable.Line(source)
	s := junitSuite{Name: src}
	if len(fs) == 0 {
		s.Cases = []junitCase{{Name: "consistent with the story", Classname: src, File: src}}
		s.Tests = 1
		return s
	}
	for _, f := range fs {
		where := printable.Line(f.Location.String())
		body := []string{where + ": " + printable.String(f.Message)}
		for _, kv := range [][2]string{{"expected", f.Expected}, {"found", f.Found}, {"excerpt", f.Excerpt}, {"fix", f.Fix}} {
			if kv[1] != "" {
				body = append(body, kv[0]+": "+printable.String(kv[1]))
			}
		}
		s.Cases = append(s.Cases, junitCase{
			Name:      fmt.Sprintf("%s %s", f.Rule, where),
			Classname: src,
			File:      src,
			Line:      f.Location.Line,
			Failure:   &junitFailure{Message: printable.Line(f.Message), Type: f.Severity.String(), Body: strings.Join(body, "\n")},
		})
	}
	s.Tests, s.Failures = len(fs), len(fs)
	return s
}
