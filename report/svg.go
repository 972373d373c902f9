package report

import (
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/onestory/onestory/rules"
)

// chartBar is one labelled bar of a chart, split into segments.
type chartBar struct {
	Label    string
	Segments []chartSegment
	Total    int
}

type chartSegment struct {
	Name  string
	Value int
	Class string // CSS class: its fill and hatch pattern
}

// findingsChart draws findings by rule as horizontal bars split by channel,
// as inline SVG: no script, no network. Every bar carries its numbers as
// text, so colour is not the only signal.
func findingsChart(findings []rules.Finding, channels []string) template.HTML {
	byRule := map[string]map[string]int{}
	for _, f := range findings {
		if byRule[f.Rule] == nil {
			byRule[f.Rule] = map[string]int{}
		}
		byRule[f.Rule][f.Channel]++
	}
	ruleIDs := make([]string, 0, len(byRule))
	for id := range byRule {
		ruleIDs = append(ruleIDs, id)
	}
	sort.Strings(ruleIDs)
	all := map[string]int{}
	for _, counts := range byRule {
		for ch, n := range counts {
			all[ch] += n
		}
	}
	order := channelsWithOther(channels, all)
	var bars []chartBar
	for _, id := range ruleIDs {
		b := chartBar{Label: id}
		for i, ch := range order {
			if n := byRule[id][ch]; n > 0 {
				b.Segments = append(b.Segments, chartSegment{Name: chOrNone(ch), Value: n, Class: fmt.Sprintf("s%d", i%6)})
				b.Total += n
			}
		}
		bars = append(bars, b)
	}
	var legend []chartSegment
	for i, ch := range order {
		if all[ch] > 0 {
			legend = append(legend, chartSegment{Name: chOrNone(ch), Value: all[ch], Class: fmt.Sprintf("s%d", i%6)})
		}
	}
	return barChart("Findings by rule and channel", bars, legend)
}

func channelsWithOther(channels []string, counts map[string]int) []string {
	out := append([]string(nil), channels...)
	var extra []string
	for ch := range counts {
		if !contains(out, ch) {
			extra = append(extra, ch)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func chOrNone(ch string) string {
	if ch == "" {
		return "no channel"
	}
	return ch
}

// barChart renders bars as an accessible SVG (role=img, a title, and the
// numbers as text).
func barChart(title string, bars []chartBar, legend []chartSegment) template.HTML {
	const labelW, barW, rowH = 170, 360, 26
	max := 1
	for _, b := range bars {
		if b.Total > max {
			max = b.Total
		}
	}
	h := rowH*(len(bars)+1) + 10
	w := labelW + barW + 60
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="%d" height="%d"><title>%s</title>`,
		template.HTMLEscapeString(title), w, h, w, h, template.HTMLEscapeString(title))
	for i, b := range bars {
		y := 5 + i*rowH
		fmt.Fprintf(&sb, `<text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`, labelW-8, y+16, template.HTMLEscapeString(b.Label))
		x := labelW
		for _, s := range b.Segments {
			w := s.Value * barW / max
			fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="%d" height="%d" class="%s"><title>%s: %d</title></rect>`,
				x, y, w, rowH-8, s.Class, template.HTMLEscapeString(s.Name), s.Value)
			x += w
		}
		fmt.Fprintf(&sb, `<text x="%d" y="%d" class="num">%d</text>`, x+6, y+16, b.Total)
	}
	x, y := labelW, 5+len(bars)*rowH
	for _, s := range legend {
		fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="12" height="12" class="%s"></rect><text x="%d" y="%d" class="lbl">%s (%d)</text>`,
			x, y+6, s.Class, x+16, y+16, template.HTMLEscapeString(s.Name), s.Value)
		x += 30 + 8*len(s.Name) + 8*len(fmt.Sprint(s.Value))
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// coverageChart draws, for each key message, whether each channel conveys
// it: a grid of ✓ / ✗ / – marks with their words as titles.
func coverageChart(v *View) template.HTML {
	var msgs []Item
	for _, it := range v.Items {
		if it.Kind == "message" {
			msgs = append(msgs, it)
		}
	}
	if len(msgs) == 0 || len(v.Channels) == 0 {
		return ""
	}
	const labelW, colW, rowH = 170, 90, 26
	w, h := labelW+colW*len(v.Channels), rowH*(len(msgs)+1)+6
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" role="img" aria-label="Key message coverage by channel" viewBox="0 0 %d %d" width="%d" height="%d"><title>Key message coverage by channel</title>`, w, h, w, h)
	for j, ch := range v.Channels {
		fmt.Fprintf(&sb, `<text x="%d" y="18" text-anchor="middle" class="lbl">%s</text>`, labelW+colW*j+colW/2, template.HTMLEscapeString(ch))
	}
	for i, m := range msgs {
		y := rowH * (i + 1)
		fmt.Fprintf(&sb, `<text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`, labelW-8, y+18, template.HTMLEscapeString(m.Subject))
		for j, c := range m.Cells {
			mark, class := "–", "na"
			switch c.State {
			case Consistent:
				mark, class = "✓", "ok"
			case Missing:
				mark, class = "✗", "bad"
			case Conflicting:
				mark, class = "!", "bad"
			}
			fmt.Fprintf(&sb, `<g class="%s"><rect x="%d" y="%d" width="%d" height="%d" rx="4"><title>%s: %s</title></rect><text x="%d" y="%d" text-anchor="middle">%s</text></g>`,
				class, labelW+colW*j+10, y+2, colW-20, rowH-6, template.HTMLEscapeString(c.Channel), c.State, labelW+colW*j+colW/2, y+18, mark)
		}
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}
