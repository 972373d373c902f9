package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/onestory/onestory/report"
)

// output is one report to write: a format to a file, or to standard output
// when path is "".
type output struct {
	format string
	write  report.Writer
	path   string
}

// parseOutputs reads --format and the repeatable --output. An --output of
// the form FORMAT=FILE adds a report in that format; a plain --output FILE
// sends the --format report to FILE instead of standard output.
func parseOutputs(format string, outs []string) ([]output, error) {
	w, err := report.Lookup(format)
	if err != nil {
		return nil, fmt.Errorf("--format: %w", err)
	}
	main := output{format: format, write: w}
	var extra []output
	for _, o := range outs {
		name, path, ok := strings.Cut(o, "=")
		if !ok {
			main.path = o
			continue
		}
		if path == "" {
			return nil, fmt.Errorf("--output %q: no file after %q", o, name+"=")
		}
		w, err := report.Lookup(name)
		if err != nil {
			return nil, fmt.Errorf("--output %q: %w", o, err)
		}
		extra = append(extra, output{format: name, write: w, path: path})
	}
	return append([]output{main}, extra...), nil
}

// writeReports writes r in every requested format; files are written
// atomically. Every output is attempted; the errors come together.
func (a *app) writeReports(outs []output, r *report.Report) error {
	var errs []string
	for _, o := range outs {
		var err error
		if o.path == "" || o.path == "-" {
			err = o.write(a.stdout, r, report.Options{Color: o.format == "text" && a.colour(a.stdout), LinkBase: a.v.GetString("link-base")})
		} else {
			err = report.WriteFile(o.path, func(w io.Writer) error {
				return o.write(w, r, report.Options{LinkBase: a.v.GetString("link-base")})
			})
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s report: %v", o.format, err))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}
