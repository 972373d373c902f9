package report

import (
	_ "embed"
	"html/template"
	"io"
	"net/url"
	"path/filepath"
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
func HTML(w io.Writer, r *Report, o Options) error {
	var b strings.Builder
	p := newHTMLPage(r)
	if err := r.Findings.Err(); err != nil {
		return err
	}
	p.Company, p.dir = o.Company, o.Dir
	if !o.Date.IsZero() {
		p.Date = o.Date.Format("2 January 2006")
	}
	p.HistoryChart = historyChart(o.History)
	if err := htmlTemplate.Execute(&b, p); err != nil {
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
	HeatMap       template.HTML
	HistoryChart  template.HTML
	Company, Date string // for the header; "" when not known
	dir           string // the report's folder, for relative links (Options.Dir)
}

type htmlFinding struct {
	rules.Finding
	Pre, Mark, Post string // the excerpt, split around what was found
}

func newHTMLPage(r *Report) htmlPage {
	p := htmlPage{R: r, V: r.StoryView()}
	if p.V == nil {
		p.V = &View{Scores: Scores{Overall: -1}}
	}
	rs, cs, ss := map[string]bool{}, map[string]bool{}, map[string]bool{}
	all := r.Findings.Collect() // the page shows every finding at once
	for _, f := range all {
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
	p.FindingsChart = findingsChart(all, p.V.Channels)
	p.CoverageChart = coverageChart(p.V)
	p.HeatMap = heatMap(all, p.V.Channels, r.Story)
	return p
}

// Href is the link to a source from the report: a URL as it is; a file
// path (relative to the working directory, or absolute) made relative to
// the report's folder and escaped, with #page=N for a PDF page (browsers open it there).
func (p htmlPage) Href(l extract.Location) string {
	src := l.Source
	if u, err := url.Parse(src); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return src
	}
	if src == "" || src == "-" {
		return ""
	}
	path := filepath.FromSlash(src)
	if p.dir != "" {
		abs, err1 := filepath.Abs(path)
		dir, err2 := filepath.Abs(p.dir)
		if err1 == nil && err2 == nil {
			if rel, err := filepath.Rel(dir, abs); err == nil {
				path = rel
			}
		}
	}
	// An absolute path stays a path ("/srv/site/a.html"), never a file:
	// URL, which html/template refuses: from a report opened as a file, the
	// browser resolves it to the same file.
	u := url.URL{Path: filepath.ToSlash(path)}
	if l.Page > 0 && strings.EqualFold(filepath.Ext(path), ".pdf") {
		u.Fragment = "page=" + strconv.Itoa(l.Page)
	}
	return u.String()
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
