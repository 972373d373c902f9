package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// markdownOpen is how many findings a pull-request comment shows before the
// rest are folded into a <details> element.
const markdownOpen = 50

// Markdown writes a pull-request comment: a headline, a table of findings by
// rule and channel, then the findings grouped by file with links (relative,
// or under Options.LinkBase), the ones after the first 50 collapsed.
func Markdown(w io.Writer, r *Report, o Options) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "## onestory: %s\n\n", summaryLine(r))
	if len(r.Findings) == 0 {
		fmt.Fprintln(bw, "Every source tells the story of the story file. :tada:")
		return bw.Flush()
	}
	writeRuleTable(bw, r)
	var last string
	for i, f := range r.Findings {
		if i == markdownOpen {
			fmt.Fprintf(bw, "\n<details>\n<summary>%d more findings</summary>\n", len(r.Findings)-markdownOpen)
			last = ""
		}
		if src := f.Location.Source; src != last {
			fmt.Fprintf(bw, "\n#### %s\n\n", mdEscape(src))
			last = src
		}
		fmt.Fprintf(bw, "- %s **%s** %s: %s%s\n", mdIcons.of(f.Severity), f.Rule, mdLink(f.Location, o.LinkBase), mdEscape(f.Message), mdFix(f))
	}
	if len(r.Findings) > markdownOpen {
		fmt.Fprintln(bw, "\n</details>")
	}
	return bw.Flush()
}

func writeRuleTable(w io.Writer, r *Report) {
	channels := sortedKeys(r.Summary.ByChannel)
	counts := map[string]map[string]int{}
	for _, f := range r.Findings {
		if counts[f.Rule] == nil {
			counts[f.Rule] = map[string]int{}
		}
		counts[f.Rule][f.Channel]++
	}
	fmt.Fprintf(w, "| rule | %s | total |\n|---|%s---|\n", strings.Join(channels, " | "), strings.Repeat("---|", len(channels)))
	for _, rule := range sortedKeys(r.Summary.ByRule) {
		row := []string{"`" + rule + "`"}
		for _, ch := range channels {
			row = append(row, countCell(counts[rule][ch]))
		}
		row = append(row, strconv.Itoa(r.Summary.ByRule[rule]))
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
}

func countCell(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func mdLink(l extract.Location, base string) string {
	label := strings.TrimPrefix(l.String(), l.Source)
	label = strings.TrimLeft(label, ": ")
	if label == "" {
		label = "file"
	}
	target := l.Source
	if !isURL(target) {
		target = base + target
		if l.Line > 0 {
			target += "#L" + strconv.Itoa(l.Line)
		}
	}
	return fmt.Sprintf("[%s](%s)", mdEscape(label), strings.ReplaceAll(target, " ", "%20"))
}

func mdFix(f rules.Finding) string {
	if f.Fix == "" {
		return ""
	}
	return " Fix: `" + strings.ReplaceAll(f.Fix, "`", "'") + "`"
}

// mdEscape keeps text from a source from being read as Markdown or HTML.
func mdEscape(s string) string {
	return strings.NewReplacer(
		`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
		"<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`, "\n", " ",
	).Replace(s)
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
