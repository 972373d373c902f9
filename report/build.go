package report

import (
	"sort"

	"github.com/onestory/onestory/rules"
)

// Schema is the version of the JSON report's shape.
const Schema = 1

// New builds a report: documents sorted by source, findings as given (the
// checker sorts them), and the summary counted from both.
func New(version, storyPath string, docs []Document, findings []rules.Finding) *Report {
	docs = append([]Document(nil), docs...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
	if findings == nil {
		findings = []rules.Finding{}
	}
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

func summarize(docs []Document, findings []rules.Finding) Summary {
	s := Summary{
		Documents:  len(docs),
		Findings:   len(findings),
		BySeverity: map[string]int{},
		ByRule:     map[string]int{},
		ByChannel:  map[string]int{},
	}
	for _, d := range docs {
		if d.Status == "unreadable" {
			s.Unreadable++
		}
	}
	for _, f := range findings {
		s.BySeverity[f.Severity.String()]++
		s.ByRule[f.Rule]++
		if f.Channel != "" {
			s.ByChannel[f.Channel]++
		}
	}
	return s
}

// Count returns how many findings are at or above the given severity.
func (r *Report) Count(min rules.Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity >= min {
			n++
		}
	}
	return n
}
