package report

import (
	_ "embed"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

//go:embed html.tmpl
var htmlSource string

// htmlTemplate is parsed once; html/template escapes every piece of text
// from a source by context, so a page that contains <script> or
// javascript: text cannot inject anything into the report.
var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"loc":   func(l extract.Location) string { return l.String() },
	"score": scoreText,
	"state": stateIcon,
}).Parse(htmlSource))

// HTML writes one self-contained page — CSS, script and charts inline, no
// network request — with the consistency scores, the story matrix (what each
// channel says about each canonical item), conflicts side by side, and a
// filterable list of findings. Control characters and bidirectional
// overrides from sources are shown as visible escapes (printable.String),
// for a browser and for a terminal that prints the file.
func HTML(w io.Writer, r *Report, _ Options) error {
	var b strings.Builder
	if err := htmlTemplate.Execute(&b, newHTMLPage(r)); err != nil {
		return err
	}
	_, err := io.WriteString(w, printable.String(b.String()))
	return err
}

type htmlPage struct {
	R             *Report
	V             *View
	Findings      []htmlFinding
	Conflicts     []Item
	Rules         []string
	Channels      []string
	Sources       []string
	FindingsChart template.HTML
	CoverageChart template.HTML
}

type htmlFinding struct {
	rules.Finding
	Pre, Mark, Post string // the excerpt, split around what was found
}

func newHTMLPage(r *Report) htmlPage {
	p := htmlPage{R: r, V: r.View}
	if p.V == nil {
		p.V = &View{Scores: Scores{Overall: -1}}
	}
	rs, cs, ss := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, f := range r.Findings {
		hf := htmlFinding{Finding: f}
		hf.Pre, hf.Mark, hf.Post = highlight(f.Excerpt, f.Found)
		p.Findings = append(p.Findings, hf)
		rs[f.Rule], cs[f.Channel], ss[f.Location.Source] = true, true, true
	}
	p.Rules, p.Channels, p.Sources = keys(rs), keys(cs), keys(ss)
	for _, it := range p.V.Items {
		if hasConflict(it) {
			p.Conflicts = append(p.Conflicts, it)
		}
	}
	p.FindingsChart = findingsChart(r.Findings, p.V.Channels)
	p.CoverageChart = coverageChart(p.V)
	return p
}

// hasConflict reports whether an item is a price or fact some source
// states differently from the story or from another source.
func hasConflict(it Item) bool {
	if it.Kind != "price" && it.Kind != "fact" {
		return false
	}
	for _, c := range it.Cells {
		if c.State == Conflicting {
			return true
		}
	}
	return false
}

// highlight splits text around the first case-insensitive occurrence of
// span; when span is not in text, all of text is returned as pre.
func highlight(text, span string) (pre, mark, post string) {
	if span == "" {
		return text, "", ""
	}
	i := strings.Index(strings.ToLower(text), strings.ToLower(span))
	if i < 0 {
		return text, "", ""
	}
	return text[:i], text[i : i+len(span)], text[i+len(span):]
}

// scoreText writes a score as a percentage, or a dash when nothing was stated.
func scoreText(n int) string {
	if n < 0 {
		return "–"
	}
	return strconv.Itoa(n) + "%"
}

func stateIcon(s string) string {
	switch s {
	case Consistent:
		return "✓"
	case Conflicting:
		return "≠"
	case Missing:
		return "✗"
	}
	return "·"
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
