package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/onestory/onestory/report"
)

// output is one file a run writes — a report in a format, or the baseline
// — or standard output when path is "" or "-".
type output struct {
	format string
	write  report.Writer // nil for the baseline
	path   string
	flag   string // the flag that asked for it, for messages: `--output "json=r.json"`
}

// toStdout reports whether o goes to standard output.
func (o output) toStdout() bool { return o.path == "" || o.path == "-" }

// parseOutputs reads --format and the repeatable --output. An --output of
// the form FORMAT=FILE adds a report in that format; a plain --output FILE
// sends the --format report to FILE instead of standard output (once: a
// second plain --output is an error, not a silent replacement). When no
// --format was given (formatSet false), FILE's extension picks the format
// if it names one: --output report.html writes HTML.
func parseOutputs(format string, formatSet bool, outs []string) ([]output, error) {
	if !formatSet {
		for _, o := range outs {
			if _, _, ok := strings.Cut(o, "="); ok {
				continue
			}
			if f, ok := report.FormatOf(o); ok {
				format = f
			}
			break
		}
	}
	w, err := report.Lookup(format)
	if err != nil {
		return nil, fmt.Errorf("--format: %w", err)
	}
	main := output{format: format, write: w, flag: "--format " + format}
	var extra []output
	for _, o := range outs {
		name, path, ok := strings.Cut(o, "=")
		if !ok {
			if main.path != "" {
				return nil, fmt.Errorf("--output %q and --output %q both name the file of the %s report; "+
					"name it once, or write FORMAT=FILE to add a report in another format", main.path, o, format)
			}
			main.path, main.flag = o, fmt.Sprintf("--output %q", o)
			continue
		}
		if path == "" {
			return nil, fmt.Errorf("--output %q: no file after %q", o, name+"=")
		}
		w, err := report.Lookup(name)
		if err != nil {
			return nil, fmt.Errorf("--output %q: %w", o, err)
		}
		extra = append(extra, output{format: name, write: w, path: path, flag: fmt.Sprintf("--output %q", o)})
	}
	return append([]output{main}, extra...), nil
}

// checkOutputs makes sure, before anything is read, that the run can write
// where it was asked to: no two outputs on one file (symbolic links in
// their folders followed) or both on standard output, and every file's
// folder exists and takes a new file.
func checkOutputs(outs []output) error {
	for i, o := range outs {
		for _, p := range outs[:i] {
			if o.toStdout() && p.toStdout() {
				return fmt.Errorf("%s and %s both write to standard output; send one report to a file", p.flag, o.flag)
			}
			if !o.toStdout() && !p.toStdout() && resolve(o.path) == resolve(p.path) {
				return fmt.Errorf("%s and %s both write %s; give each its own file", p.flag, o.flag, o.path)
			}
		}
		if !o.toStdout() {
			if err := writable(o.path); err != nil {
				return fmt.Errorf("%s: %w", o.flag, err)
			}
		}
	}
	return nil
}

// resolve returns the absolute, clean form of a file path, with symbolic
// links in its folder followed: two paths name the same file when their
// forms are equal. (The file's own link is not followed: writing replaces
// the link, not what it points to.)
func resolve(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs
	}
	return filepath.Join(dir, filepath.Base(abs))
}

// writable reports why a file could not be written at path, or nil: its
// folder is missing or is not a folder, path is a folder, or the folder
// refuses a new file (tried with a temporary file, removed at once).
func writable(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("the folder %s does not exist; create it first", dir)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is not a folder", dir)
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s is a folder; name a file", path)
	}
	f, err := os.CreateTemp(dir, ".onestory-*.tmp")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("cannot write in the folder %s: %w", dir, err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// writeReports writes r in every requested format; files are written
// atomically. Every output is attempted; the errors come together. base is
// what every format is told; each file's folder is added for its links.
func (a *app) writeReports(outs []output, r *report.Report, base report.Options) error {
	var errs []string
	for _, o := range outs {
		var err error
		if o.toStdout() {
			opt := base
			opt.Color = o.format == "text" && a.colour(a.stdout)
			err = o.write(a.stdout, r, opt)
		} else {
			opt := base
			opt.Dir = filepath.Dir(o.path)
			err = report.WriteFile(o.path, func(w io.Writer) error { return o.write(w, r, opt) })
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
