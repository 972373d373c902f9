package report

import (
	"maps"
	"sort"

	"github.com/onestory/onestory/rules"
)

// Schema is the version of the JSON report's shape.
const Schema = 1

// New builds a report: documents sorted by source, findings sorted, and
// the summary counted from both.
func New(version, storyPath string, docs []Document, findings []rules.Finding) *Report {
	return NewOf(version, storyPath, docs, FindingsOf(findings))
}

// NewOf builds a report of findings held as Findings, which the report
// takes over (Report.Close removes their temporary files).
func NewOf(version, storyPath string, docs []Document, findings *Findings) *Report {
	if findings == nil {
		findings = NewFindings()
	}
	docs = append([]Document(nil), docs...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
	r := &Report{
		Schema:    Schema,
		Tool:      "onestory",
		Version:   version,
		Story:     storyPath,
		Documents: docs,
		Findings:  findings,
	}
	r.Summary = summarize(docs, findings)
	return r
}

func summarize(docs []Document, findings *Findings) Summary {
	s := Summary{
		Documents:  len(docs),
		Findings:   findings.Len(),
		BySeverity: maps.Clone(findings.counts.bySeverity),
		ByRule:     maps.Clone(findings.counts.byRule),
		ByChannel:  maps.Clone(findings.counts.byChannel),
	}
	for _, d := range docs {
		if d.Status == "unreadable" {
			s.Unreadable++
		}
	}
	return s
}

// Count returns how many findings are at or above the given severity.
func (r *Report) Count(min rules.Severity) int {
	return r.Findings.AtLeast(min)
}
