package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// ANSI colours, used only when Options.Color is set.
const (
	bold   = "\x1b[1m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	blue   = "\x1b[34m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

// Text writes the report for a person at a terminal: findings grouped by
// source, one line each as "path:line:col  severity  rule  message", with
// what the story expects and what the source says beneath, then a summary.
// Text from sources and file names is printed through printable.Line, so
// that none of it can drive the terminal or start a line of its own.
func Text(w io.Writer, r *Report, o Options) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !o.Color {
			return s
		}
		return code + s + reset
	}
	var last string
	for f := range r.Findings.All() {
		src := f.Location.Source
		if src != last {
			if last != "" {
				fmt.Fprintln(bw)
			}
			fmt.Fprintln(bw, paint(bold, printable.Line(src+channelNote(f.Channel))))
			last = src
		}
		fmt.Fprintf(bw, "%s  %s  %s  %s\n", printable.Line(f.Location.String()), paint(textColours.of(f.Severity), f.Severity.String()),
			paint(dim, printable.Line(f.Rule)), printable.Line(f.Message))
		writeDetail(bw, f, paint)
	}
	if r.Findings.Len() > 0 {
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, summaryLine(r))
	if err := r.Findings.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

func writeDetail(w io.Writer, f rules.Finding, paint func(string, string) string) {
	if f.Excerpt != "" {
		fmt.Fprintf(w, "    %s %s\n", paint(dim, "│"), printable.Line(clip(f.Excerpt, 160)))
	}
	if f.Fix != "" {
		fmt.Fprintf(w, "    %s fix: %s\n", paint(dim, "│"), printable.Line(f.Fix))
	}
	for _, l := range f.Related {
		fmt.Fprintf(w, "    %s see also %s\n", paint(dim, "│"), printable.Line(l.String()))
	}
}

func channelNote(ch string) string {
	if ch == "" {
		return ""
	}
	return " (" + ch + ")"
}

// summaryLine says how many findings of each severity were found in how
// many documents: "7 findings (3 errors, 4 warnings) in 12 documents, 1 unreadable."
func summaryLine(r *Report) string {
	s := r.Summary
	var parts []string
	for _, sev := range []string{"error", "warning", "info"} {
		if n := s.BySeverity[sev]; n > 0 {
			parts = append(parts, plural(n, sev))
		}
	}
	line := plural(s.Findings, "finding")
	if len(parts) > 0 {
		line += " (" + strings.Join(parts, ", ") + ")"
	}
	line += " in " + plural(s.Documents, "document")
	if s.Unreadable > 0 {
		line += fmt.Sprintf(", %d unreadable", s.Unreadable)
	}
	if s.Skipped > 0 {
		line += fmt.Sprintf("; %s skipped (onestory inspect says why)", plural(s.Skipped, "file"))
	}
	if b := s.Baseline; b != nil {
		line += fmt.Sprintf("; the baseline held back %s and %d of its entries are fixed",
			plural(b.Suppressed, "known finding"), b.Fixed)
	}
	if s.Interrupted {
		line += ". Interrupted: the run was stopped before it read every source; these are the findings of the documents read until then"
	}
	return line + "."
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
