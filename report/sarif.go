package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// srcRoot is the uriBaseId of relative source paths: the directory
// onestory was run in, which in CI is the repository's root.
const srcRoot = "%SRCROOT%"

// helpBase is where each rule's documentation lives: its heading in the
// rule reference of docs/rules.md (kept in step with the registry by a
// test of package rules).
const helpBase = "https://github.com/onestory/onestory/blob/main/docs/rules.md#"

// SARIF writes the report as SARIF 2.1.0, as GitHub code scanning reads it:
// every rule once in tool.driver.rules, levels error/warning/note, relative
// URIs against %SRCROOT%, startLine ≥ 1 (a slide or page of a binary file is
// named in the region's message and properties), and partialFingerprints
// from Fingerprint so alerts survive edits that move lines. Characters a
// terminal acts on that JSON leaves raw are written as \u escapes.
func SARIF(w io.Writer, r *Report, _ Options) error {
	run := sarif.NewRunWithInformationURI("onestory", "https://github.com/onestory/onestory")
	run.Tool.Driver.WithVersion(r.Version).WithSemanticVersion(strings.TrimPrefix(r.Version, "v"))
	run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
		srcRoot: *sarif.NewArtifactLocation().WithDescription(sarif.NewMessage().WithText("The directory onestory ran in.")),
	})
	index := map[string]int{}
	for _, rule := range ruleList(r) {
		index[rule.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.AddRule(descriptor(rule))
	}
	if r.Findings.Len() == 0 {
		rep := sarif.NewReport()
		rep.AddRun(run)
		var buf bytes.Buffer
		if err := rep.PrettyWrite(&buf); err != nil {
			return err
		}
		_, err := w.Write(printable.JSON(nil, buf.Bytes()))
		return err
	}
	return writeSARIFResults(w, run, r.Findings, index)
}

// sarifItem is the indentation of an entry of runs[0].results.
const sarifItem = "        "

// writeSARIFResults writes the SARIF report of run with a result for each
// finding, one at a time: the rest of the report is written as the library
// writes it, around a placeholder result, and the results replace the
// placeholder, each indented as it would be in place.
func writeSARIFResults(w io.Writer, run *sarif.Run, fs *Findings, index map[string]int) error {
	mark := sarif.NewResult().WithRuleID("\x00onestory results\x00")
	run.AddResult(mark)
	rep := sarif.NewReport()
	rep.AddRun(run)
	var buf bytes.Buffer
	if err := rep.PrettyWrite(&buf); err != nil {
		return err
	}
	at, err := json.MarshalIndent(mark, sarifItem, "  ")
	if err != nil {
		return err
	}
	before, after, ok := bytes.Cut(buf.Bytes(), at)
	if !ok {
		return errors.New("sarif: the results' place in the report was not found")
	}
	bw := bufio.NewWriter(w)
	bw.Write(printable.JSON(nil, before))
	var b []byte
	n := 0
	for f := range fs.All() {
		if n > 0 {
			bw.WriteString(",\n" + sarifItem)
		}
		n++
		item, err := json.MarshalIndent(sarifResult(f, index), sarifItem, "  ")
		if err != nil {
			return err
		}
		b = printable.JSON(b, item)
		bw.Write(b)
	}
	bw.Write(printable.JSON(nil, after))
	if err := fs.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// sarifResult is the SARIF result of one finding; index gives the rules'
// places in tool.driver.rules.
func sarifResult(f rules.Finding, index map[string]int) *sarif.Result {
	res := sarif.NewResult().
		WithRuleID(f.Rule).
		WithLevel(sarifLevels.of(f.Severity)).
		WithMessage(sarif.NewMessage().WithText(sarifMessage(f))).
		AddLocation(sarifLocation(f.Location)).
		WithPartialFingerprints(map[string]string{"onestory/v1": Fingerprint(f)})
	if i, ok := index[f.Rule]; ok {
		res.WithRuleIndex(i)
	}
	for _, rel := range f.Related {
		res.AddRelatedLocation(sarifLocation(rel))
	}
	props := sarif.NewPropertyBag()
	for k, v := range map[string]string{"channel": f.Channel, "subject": f.Subject, "expected": f.Expected, "found": f.Found, "fix": f.Fix} {
		if v != "" {
			props.Add(k, v)
		}
	}
	res.WithProperties(props)
	return res
}

// ruleList returns the built-in rules plus any custom rule that has findings,
// in a stable order.
func ruleList(r *Report) []*rules.Rule {
	list := rules.All()
	seen := map[string]bool{}
	for _, rule := range list {
		seen[rule.ID] = true
	}
	for f := range r.Findings.All() {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			list = append(list, &rules.Rule{ID: f.Rule, Doc: "Custom rule " + f.Rule + " from the story file.", Severity: f.Severity})
		}
	}
	return list
}

func descriptor(rule *rules.Rule) *sarif.ReportingDescriptor {
	title, details, _ := strings.Cut(rule.Doc, "\n")
	details = strings.TrimSpace(details)
	if details == "" {
		details = title
	}
	return sarif.NewReportingDescriptor().
		WithID(rule.ID).
		WithName(rule.ID).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(title)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(details)).
		WithHelp(sarif.NewMultiformatMessageString().WithText(details).WithMarkdown(details)).
		WithHelpURI(helpBase + rule.ID).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevels.of(rule.Severity)))
}

func sarifMessage(f rules.Finding) string {
	msg := f.Message
	if f.Fix != "" {
		msg += " Fix: " + f.Fix
	}
	return msg
}

// sarifLocation maps a Location: relative paths against %SRCROOT%, URLs as
// they are; lines start at 1; slides and pages go into the region's message
// and the location's properties.
func sarifLocation(l extract.Location) *sarif.Location {
	art := sarif.NewArtifactLocation().WithURI(sarifURI(l.Source))
	if !isURL(l.Source) {
		art.WithURIBaseID(srcRoot)
	}
	region := sarif.NewRegion().WithStartLine(max(l.Line, 1))
	if l.Column > 0 {
		region.WithStartColumn(l.Column)
	}
	props := sarif.NewPropertyBag()
	switch {
	case l.Slide > 0:
		region.WithMessage(sarif.NewMessage().WithText("slide " + strconv.Itoa(l.Slide)))
		props.Add("slide", l.Slide)
	case l.Page > 0:
		region.WithMessage(sarif.NewMessage().WithText("page " + strconv.Itoa(l.Page)))
		props.Add("page", l.Page)
	}
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(art).WithRegion(region)
	loc := sarif.NewLocation().WithPhysicalLocation(phys)
	if len(props.Properties) > 0 {
		loc.WithProperties(props)
	}
	return loc
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// sarifURI escapes a relative path as a URI reference; URLs stay as they are.
func sarifURI(source string) string {
	if isURL(source) {
		return source
	}
	return (&url.URL{Path: source}).EscapedPath()
}
