package report

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// junitSuite is a testsuite of a JUnit XML file as CI systems (Jenkins,
// GitLab, Azure DevOps, the JUnit GitHub actions) read it; the root,
// testsuites, holds one for each source.
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
//
// The suites of the documents come first, in their order, then those of
// sources that are no document (the story file, a crawl's notices). It is
// written one suite at a time, reading the findings three times: to count
// the tests, for the documents' suites, and for the other sources'.
func JUnit(w io.Writer, r *Report, _ Options) error {
	found := map[string]bool{} // sources with findings
	for f := range r.Findings.All() {
		found[f.Location.Source] = true
	}
	tests := r.Findings.Len()
	for _, d := range r.Documents {
		if !found[d.Source] {
			tests++
		}
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	root := xml.StartElement{Name: xml.Name{Local: "testsuites"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "name"}, Value: "onestory"},
		{Name: xml.Name{Local: "tests"}, Value: strconv.Itoa(tests)},
		{Name: xml.Name{Local: "failures"}, Value: strconv.Itoa(r.Findings.Len())}}}
	suite := xml.StartElement{Name: xml.Name{Local: "testsuite"}}
	put := func(src string, fs []rules.Finding) error { return enc.EncodeElement(junitSuiteOf(src, fs), suite) }
	err := errors.Join(enc.EncodeToken(root), junitDocs(r, put), junitOthers(r, put),
		enc.EncodeToken(root.End()), enc.Flush(), r.Findings.Err())
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// junitDocs puts the suite of each document, with its findings: both are
// sorted by source, so they are read side by side.
func junitDocs(r *Report, put func(string, []rules.Finding) error) error {
	next, stop := iter.Pull(r.Findings.All())
	defer stop()
	f, ok := next()
	var fs []rules.Finding
	for _, d := range r.Documents {
		for ok && f.Location.Source < d.Source {
			f, ok = next() // a source that is no document: junitOthers'
		}
		fs = fs[:0]
		for ok && f.Location.Source == d.Source {
			fs = append(fs, f)
			f, ok = next()
		}
		if err := put(d.Source, fs); err != nil {
			return err
		}
	}
	return nil
}

// junitOthers puts the suites of the sources with findings that are no
// document.
func junitOthers(r *Report, put func(string, []rules.Finding) error) error {
	isDoc := func(src string) bool {
		_, ok := slices.BinarySearchFunc(r.Documents, src, func(d Document, s string) int { return strings.Compare(d.Source, s) })
		return ok
	}
	for src, fs := range bySource(r.Findings.All()) {
		if isDoc(src) {
			continue
		}
		if err := put(src, fs); err != nil {
			return err
		}
	}
	return nil
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
