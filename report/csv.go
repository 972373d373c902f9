package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/onestory/onestory/internal/printable"
)

// csvHeader names the columns of the CSV report, in order.
var csvHeader = []string{
	"severity", "rule", "channel", "subject", "location", "source", "line", "page", "slide", "part",
	"message", "expected", "found", "fix", "excerpt", "other places", "places", "fingerprint",
}

// CSV writes one row per finding (RFC 4180: comma-separated, fields quoted
// where they need it, CRLF line ends) under a header row, for a spreadsheet
// where each problem gets an owner. "location" is where the finding stands;
// "other places" lists, one a line, the other places it names, and
// "places" counts them all. "fingerprint" is the baseline's, so rows can be
// matched from one run to the next. A cell that a spreadsheet would read as
// a formula (it starts with =, +, -, @ or a tab) is written with a leading
// apostrophe, so text copied from a source cannot run in the sheet, and
// control characters are shown as visible escapes (printable.String).
func CSV(w io.Writer, r *Report, _ Options) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for f := range r.Findings.All() {
		others := make([]string, len(f.Related))
		for i, l := range f.Related {
			others[i] = l.String()
		}
		row := []string{
			f.Severity.String(), f.Rule, f.Channel, f.Subject, f.Location.String(), f.Location.Source,
			countCell(f.Location.Line), countCell(f.Location.Page), countCell(f.Location.Slide), f.Location.Part,
			f.Message, f.Expected, f.Found, f.Fix, f.Excerpt, strings.Join(others, "\n"),
			strconv.Itoa(1 + len(f.Related)), Fingerprint(f),
		}
		for i, c := range row {
			row[i] = csvCell(printable.String(c))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := r.Findings.Err(); err != nil {
		return err
	}
	return cw.Error()
}

// csvCell defuses a cell a spreadsheet would evaluate as a formula.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
