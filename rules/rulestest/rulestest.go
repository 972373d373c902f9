// Package rulestest checks findings against expectations that test
// fixtures carry themselves, as analysistest does for Go analyzers: a
// comment <!-- want RULE "regexp" --> on the line of each expected finding
// (HTML, Markdown), # want RULE "regexp" in YAML, and for binary fixtures
// (PDF, PPTX, DOCX) a sidecar file <fixture>.want with lines such as
// slide 3 price-mismatch "\$21". The regexp is the text between the
// quotes as written (\" stands for a double quote; back quotes work too).
// Run fails the test on every finding no want expects and on every want no
// finding meets. A finding that gathers the places stating one wrong value
// (rules.StatedAt) also meets the wants at its related places, so a fixture
// may mark every place that states it.
package rulestest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// Run compares findings with the wants of the named source files (and of
// their .want sidecars). Each want is met by one finding on its line (or
// slide, or page) of its source, with its rule, whose message matches its
// regexp; a finding that gathers places meets besides one want at each of
// its related places that has one. Findings in sources not named are
// unexpected.
func Run(t testing.TB, findings []rules.Finding, sources []string) {
	t.Helper()
	var wants []Want
	for _, src := range sources {
		ws, err := Wants(src)
		if err != nil {
			t.Errorf("rulestest: %v", err)
			return
		}
		wants = append(wants, ws...)
	}
	fs := append([]rules.Finding(nil), findings...)
	rules.Sort(fs)
	met := make([]bool, len(wants))
	for _, f := range fs {
		places := rules.StatedAt(f)
		i := match(wants, met, f, places[0])
		if i < 0 {
			t.Errorf("%s: unexpected finding %s %q", f.Location, f.Rule, f.Message)
			continue
		}
		met[i] = true
		for _, at := range places[1:] {
			if j := match(wants, met, f, at); j >= 0 {
				met[j] = true
			}
		}
	}
	for i, w := range wants {
		if !met[i] {
			t.Errorf("%s: no finding matched want %s", w.At, w)
		}
	}
}

// Wants reads the wants of one source file: its comments and its sidecar.
func Wants(source string) ([]Want, error) {
	data, err := os.ReadFile(source)
	if err != nil {
		return nil, fmt.Errorf("read fixture: %w", err)
	}
	wants, err := ParseComments(source, data)
	if err != nil {
		return nil, err
	}
	side, err := os.ReadFile(source + ".want")
	if errors.Is(err, fs.ErrNotExist) {
		return wants, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read sidecar: %w", err)
	}
	more, err := ParseSidecar(source, source+".want", side)
	return append(wants, more...), err
}

// match returns the first want not yet met that f meets at one of its
// places, at, or -1.
func match(wants []Want, met []bool, f rules.Finding, at extract.Location) int {
	src := clean(at.Source)
	for i, w := range wants {
		if met[i] || clean(w.Source) != src || w.Rule != f.Rule {
			continue
		}
		if (w.Line > 0 && w.Line != at.Line) || (w.Slide > 0 && w.Slide != at.Slide) ||
			(w.Page > 0 && w.Page != at.Page) {
			continue
		}
		if w.Message == nil || w.Message.MatchString(f.Message) {
			return i
		}
	}
	return -1
}

// clean puts a file path in the slash form findings use; URLs are left as
// they are.
func clean(p string) string {
	if strings.Contains(p, "://") {
		return p
	}
	return filepath.ToSlash(filepath.Clean(p))
}
