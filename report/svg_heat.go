package report

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/onestory/onestory/rules"
)

// heatMaxPages is how many pages the heat map shows, most findings first.
const heatMaxPages = 30

// heatRow is one row of the heat map: a channel's totals or one page.
type heatRow struct {
	Label, Title string
	Channel      bool
	Counts       map[string]int
	Total        int
}

// heatMap draws where the problems are: a grid of rules (columns) by
// channel and then by page (rows), each cell shaded by how many findings
// of that rule stand there and carrying the number as text. Channels come
// first, in the story's order; then the pages with the most findings, at
// most heatMaxPages of them, with a line saying how many more there are.
// Findings that stand in the story file (a message no source conveys)
// count for their channel but make no page row: the story is not a page.
func heatMap(findings []rules.Finding, channels []string, storyPath string) template.HTML {
	if len(findings) == 0 {
		return ""
	}
	ruleSet, byCh, byPage := map[string]bool{}, map[string]*heatRow{}, map[string]*heatRow{}
	chCounts := map[string]int{}
	add := func(m map[string]*heatRow, key string, rule string) {
		r := m[key]
		if r == nil {
			r = &heatRow{Label: key, Title: key, Counts: map[string]int{}}
			m[key] = r
		}
		r.Counts[rule]++
		r.Total++
	}
	for _, f := range findings {
		ruleSet[f.Rule] = true
		add(byCh, chOrNone(f.Channel), f.Rule)
		chCounts[f.Channel]++
		if f.Location.Source != storyPath || storyPath == "" {
			add(byPage, f.Location.Source, f.Rule)
		}
	}
	ruleIDs := keys(ruleSet)
	var rows []*heatRow
	for _, ch := range channelsWithOther(channels, chCounts) {
		if r := byCh[chOrNone(ch)]; r != nil {
			r.Channel = true
			r.Title = "channel " + r.Label
			rows = append(rows, r)
		}
	}
	pages := make([]*heatRow, 0, len(byPage))
	for _, r := range byPage {
		r.Label = shorten(r.Label, 34)
		pages = append(pages, r)
	}
	sort.Slice(pages, func(i, j int) bool {
		if pages[i].Total != pages[j].Total {
			return pages[i].Total > pages[j].Total
		}
		return pages[i].Title < pages[j].Title
	})
	more := max(len(pages)-heatMaxPages, 0)
	rows = append(rows, pages[:len(pages)-more]...)
	peak := 1
	for _, r := range rows {
		for _, n := range r.Counts {
			peak = max(peak, n)
		}
	}

	const labelW, colW, rowH, headH = 250, 30, 22, 130
	w := labelW + colW*len(ruleIDs) + 110 // the last rotated rule name leans right
	h := headH + rowH*len(rows) + 12 + 20*btoi(more > 0)
	title := "Where the problems are: findings by rule, per channel and per page"
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart heat" id="heatmap" role="img" aria-label="%s" viewBox="0 0 %d %d" width="%d" height="%d"><title>%s</title>`,
		title, w, h, w, h, title)
	for j, id := range ruleIDs {
		x := labelW + colW*j + colW/2
		fmt.Fprintf(&sb, `<text class="lbl" transform="translate(%d %d) rotate(-55)">%s</text>`, x+4, headH-6, template.HTMLEscapeString(id))
	}
	for i, r := range rows {
		y := headH + rowH*i
		if r.Channel && i+1 < len(rows) && !rows[i+1].Channel { // between channels and pages
			fmt.Fprintf(&sb, `<line x1="0" x2="%d" y1="%d" y2="%d" class="rule"></line>`, w, y+rowH+1, y+rowH+1)
		}
		weight := ""
		if r.Channel {
			weight = ` font-weight="700"`
		}
		fmt.Fprintf(&sb, `<text x="%d" y="%d" text-anchor="end" class="lbl"%s>%s<title>%s: %d findings</title></text>`,
			labelW-8, y+15, weight, template.HTMLEscapeString(r.Label), template.HTMLEscapeString(r.Title), r.Total)
		for j, id := range ruleIDs {
			n := r.Counts[id]
			x := labelW + colW*j
			fmt.Fprintf(&sb, `<g class="h%d"><rect x="%d" y="%d" width="%d" height="%d" rx="3"><title>%s, %s: %d</title></rect>`,
				heatLevel(n, peak), x+1, y+1, colW-2, rowH-2, template.HTMLEscapeString(r.Title), id, n)
			if n > 0 {
				fmt.Fprintf(&sb, `<text x="%d" y="%d" text-anchor="middle">%d</text>`, x+colW/2, y+15, n)
			}
			sb.WriteString(`</g>`)
		}
	}
	if more > 0 {
		fmt.Fprintf(&sb, `<text x="%d" y="%d" class="lbl">and %d more pages with findings (see the list below)</text>`,
			labelW, headH+rowH*len(rows)+18, more)
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// heatLevel is the shade of a cell: 0 for none, 1–4 by its share of the peak.
func heatLevel(n, peak int) int {
	if n <= 0 {
		return 0
	}
	return 1 + min(3, (n-1)*4/peak)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// shorten keeps the end of a long path — its file name — behind an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return "…" + string(r[len(r)-n+1:])
}

// historyMax is how many runs the chart of consistency over time shows.
const historyMax = 60

// historyChart draws the overall consistency of the last runs as a line,
// each run a dot whose title gives its date, score and findings; runs with
// no score (nothing stated) leave a gap. Nothing for fewer than two runs.
func historyChart(hist []HistoryEntry) template.HTML {
	hist = hist[max(len(hist)-historyMax, 0):]
	if len(hist) < 2 {
		return ""
	}
	const padL, padR, padT, plotH, stepMax = 40, 16, 10, 120, 40
	plotW := min(max(stepMax*(len(hist)-1), 240), 560)
	w, h := padL+plotW+padR, padT+plotH+34
	x := func(i int) int { return padL + i*plotW/(len(hist)-1) }
	y := func(score int) int { return padT + plotH - score*plotH/100 }
	title := "Overall consistency, run by run"
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart history" id="history" role="img" aria-label="%s" viewBox="0 0 %d %d" width="%d" height="%d"><title>%s</title>`,
		title, w, h, w, h, title)
	for _, g := range []int{0, 50, 100} {
		fmt.Fprintf(&sb, `<line x1="%d" x2="%d" y1="%d" y2="%d" class="grid"></line><text x="%d" y="%d" text-anchor="end" class="lbl">%d%%</text>`,
			padL, padL+plotW, y(g), y(g), padL-4, y(g)+4, g)
	}
	var pts []string
	flush := func() {
		if len(pts) > 1 {
			fmt.Fprintf(&sb, `<polyline class="line" points="%s"></polyline>`, strings.Join(pts, " "))
		}
		pts = pts[:0]
	}
	for i, e := range hist {
		if e.Overall < 0 {
			flush()
			continue
		}
		pts = append(pts, fmt.Sprintf("%d,%d", x(i), y(e.Overall)))
	}
	flush()
	for i, e := range hist {
		if e.Overall < 0 {
			continue
		}
		fmt.Fprintf(&sb, `<circle class="dot" cx="%d" cy="%d" r="3.5"><title>%s: %d%% consistent, %d findings</title></circle>`,
			x(i), y(e.Overall), e.Time.Format("2006-01-02 15:04"), e.Overall, e.Findings)
	}
	first, last := hist[0], hist[len(hist)-1]
	fmt.Fprintf(&sb, `<text x="%d" y="%d" class="lbl">%s</text><text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`,
		padL, padT+plotH+20, first.Time.Format("2 Jan 2006"), padL+plotW, padT+plotH+20, last.Time.Format("2 Jan 2006"))
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}
