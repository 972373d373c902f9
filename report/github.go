package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/rules"
)

// GitHub writes GitHub Actions workflow commands, one per finding
// ("::error file=…,line=…,col=…,title=…::message"), which the Actions runner
// turns into annotations on the pull request's changed lines. The runner
// prints each command in the job's log, which renders escape sequences, so
// text from sources and file names goes through printable first (newlines
// in a message are kept: the runner shows them as lines of the annotation).
func GitHub(w io.Writer, r *Report, _ Options) error {
	bw := bufio.NewWriter(w)
	for f := range r.Findings.All() {
		fmt.Fprintf(bw, "::%s %s::%s\n", ghCommands.of(f.Severity), ghProperties(f), ghData(ghMessage(f)))
	}
	fmt.Fprintln(bw, summaryLine(r))
	if n := ghHidden(r); n > 0 {
		fmt.Fprintf(bw, "::notice title=onestory::%s\n", ghData(fmt.Sprintf(
			"GitHub shows at most %d error, %d warning and %d notice annotations per step: %s not shown as annotations. "+
				"The log above, the job summary and the SARIF report list every finding.",
			ghAnnotationLimit, ghAnnotationLimit, ghAnnotationLimit, plural(n, "finding"))))
	}
	if err := r.Findings.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// ghAnnotationLimit is how many annotations of each level (error, warning,
// notice) GitHub Actions shows for one step; it drops the rest silently.
const ghAnnotationLimit = 10

// ghHidden counts the findings of r past GitHub's annotation limits.
func ghHidden(r *Report) int {
	hidden := 0
	for sev := rules.Info; sev <= rules.Error; sev++ {
		n := r.Findings.AtLeast(sev)
		if sev < rules.Error {
			n -= r.Findings.AtLeast(sev + 1)
		}
		hidden += max(n-ghAnnotationLimit, 0)
	}
	return hidden
}

func ghProperties(f rules.Finding) string {
	props := []string{"file=" + ghProperty(printable.Line(f.Location.Source))}
	if f.Location.Line > 0 {
		props = append(props, "line="+strconv.Itoa(f.Location.Line))
		if f.Location.Column > 0 {
			props = append(props, "col="+strconv.Itoa(f.Location.Column))
		}
	}
	props = append(props, "title="+ghProperty("onestory "+printable.Line(f.Rule)))
	return strings.Join(props, ",")
}

func ghMessage(f rules.Finding) string {
	msg := printable.String(f.Message)
	if where := slidePage(f.Location); where != "" {
		msg = where + ": " + msg
	}
	if f.Fix != "" {
		msg += "\nFix: " + printable.String(f.Fix)
	}
	return msg
}

// slidePage names the slide or page of a location, or "".
func slidePage(l extract.Location) string {
	switch {
	case l.Slide > 0:
		return "slide " + strconv.Itoa(l.Slide)
	case l.Page > 0:
		return "page " + strconv.Itoa(l.Page)
	}
	return ""
}

// ghData escapes a workflow command's message as the Actions runner
// unescapes it.
func ghData(s string) string { return ghDataEscaper.Replace(s) }

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }

// The escapers of workflow commands, built once; read-only.
var (
	ghDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)
