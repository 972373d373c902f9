package report

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
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
	n := r.Findings.Len()
	if n == 0 {
		fmt.Fprintln(bw, "Every source tells the story of the story file. :tada:")
		return bw.Flush()
	}
	writeRuleTable(bw, r)
	var last string
	i := 0
	for f := range r.Findings.All() {
		if i == markdownOpen {
			fmt.Fprintf(bw, "\n<details>\n<summary>%d more findings</summary>\n", n-markdownOpen)
			last = ""
		}
		i++
		if src := f.Location.Source; src != last {
			fmt.Fprintf(bw, "\n#### %s\n\n", mdEscape(src))
			last = src
		}
		fmt.Fprintf(bw, "- %s **%s** %s: %s%s\n", mdIcons.of(f.Severity), mdEscape(f.Rule), mdLink(f.Location, o.LinkBase), mdEscape(f.Message), mdFix(f))
	}
	if n > markdownOpen {
		fmt.Fprintln(bw, "\n</details>")
	}
	if err := r.Findings.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

func writeRuleTable(w io.Writer, r *Report) {
	channels := sortedKeys(r.Summary.ByChannel)
	counts := map[string]map[string]int{}
	for f := range r.Findings.All() {
		if counts[f.Rule] == nil {
			counts[f.Rule] = map[string]int{}
		}
		counts[f.Rule][f.Channel]++
	}
	heads := make([]string, len(channels))
	for i, ch := range channels {
		heads[i] = mdEscape(ch)
	}
	fmt.Fprintf(w, "| rule | %s | total |\n|---|%s---|\n", strings.Join(heads, " | "), strings.Repeat("---|", len(channels)))
	for _, rule := range sortedKeys(r.Summary.ByRule) {
		row := []string{mdCode(rule)}
		for _, ch := range channels {
			row = append(row, countCell(counts[rule][ch]))
		}
		row = append(row, strconv.Itoa(r.Summary.ByRule[rule]))
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
}

// countCell writes n, or nothing when it is 0 (none, or not applicable:
// the CSV report's line, page and slide cells).
func countCell(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// mdLink links a finding's location: to the URL of a web page, or to the
// file under base (relative when base is ""), with its line as "#L12".
func mdLink(l extract.Location, base string) string {
	label := strings.TrimPrefix(l.String(), l.Source)
	label = strings.TrimLeft(label, ": ")
	if label == "" {
		label = "file"
	}
	var target string
	if isURL(l.Source) {
		target = mdURL(l.Source)
	} else {
		target = mdURL(base) + mdPath(l.Source)
		if l.Line > 0 {
			target += "#L" + strconv.Itoa(l.Line)
		}
	}
	return fmt.Sprintf("[%s](%s)", mdEscape(label), target)
}

// mdPath percent-encodes a file path for a link target, segment by
// segment: a name holding "(", ")", "#", "?", "%", a space or a newline
// stays one path and ends neither the link nor the line.
func mdPath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// mdURL percent-encodes what would end or break a link target in a URL
// that is already a URL (its "%", "#" and "?" keep their meaning): spaces
// and control characters, parentheses, angle and square brackets,
// backslashes, quotes, backticks and every non-ASCII byte.
func mdURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c > ' ' && c < 0x7f && !strings.ContainsRune("()<>[]\\\"'`", rune(c)) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&0xf])
	}
	return b.String()
}

func mdFix(f rules.Finding) string {
	if f.Fix == "" {
		return ""
	}
	return " Fix: " + mdCode(f.Fix)
}

// mdCode writes s as a code span on one line.
func mdCode(s string) string {
	return "`" + strings.ReplaceAll(printable.Line(s), "`", "'") + "`"
}

// mdEscape keeps text from a source from being read as Markdown or HTML,
// and on one line (newlines and control characters shown as escapes).
func mdEscape(s string) string {
	return mdEscaper.Replace(printable.Line(s))
}

// mdEscaper escapes Markdown's and HTML's special characters; read-only.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`, "&", "&amp;", "~", `\~`,
)

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
