package story

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// decoder walks the YAML nodes of one story file and collects every problem
// it finds instead of stopping at the first.
type decoder struct {
	file    string
	errs    []*Error
	warns   []*Error // problems that do not stop a check, in file order
	dropped int      // problems past maxProblems, counted but not kept
}

// failf records a problem at node n (its line and column) under key path,
// and returns it; past maxProblems it only counts it and returns nil.
func (d *decoder) failf(n *yaml.Node, path, format string, args ...any) *Error {
	if len(d.errs) == maxProblems {
		d.dropped++
		return nil
	}
	e := &Error{File: d.file, Path: path, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
	return e
}

// warnf records a warning at node n: a problem in the story that does not
// stop a check (Story.Warnings).
func (d *decoder) warnf(n *yaml.Node, path, format string, args ...any) {
	w := &Error{File: d.file, Path: path, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		w.Line, w.Column = n.Line, n.Column
	}
	d.warns = append(d.warns, w)
}

// wrapf records a problem caused by err, which the Error unwraps to.
func (d *decoder) wrapf(n *yaml.Node, path string, err error, format string, args ...any) {
	if e := d.failf(n, path, format, args...); e != nil {
		e.Err = err
	}
}

// field is one key and its value in a mapping.
type field struct {
	name     string
	key, val *yaml.Node
}

// deref follows aliases to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// describe names what a node is, for "want X, got Y" messages.
func describe(n *yaml.Node) string {
	n = deref(n)
	switch {
	case n == nil:
		return "nothing"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind != yaml.ScalarNode:
		return "an alias"
	}
	switch n.ShortTag() {
	case "!!null":
		return "nothing (null)"
	case "!!bool":
		return "the boolean " + n.Value
	case "!!int", "!!float":
		return "the number " + n.Value
	}
	return fmt.Sprintf("the string %q", n.Value)
}

// empty reports whether n is absent, null, or an empty list or mapping.
func empty(n *yaml.Node) bool {
	v := deref(n)
	return isNull(v) || (v.Kind == yaml.SequenceNode || v.Kind == yaml.MappingNode) && len(v.Content) == 0
}

// isNull reports whether n is absent or an explicit null.
func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n == nil || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

// pairs returns the fields of mapping n in file order. It reports duplicate
// keys, non-string keys and merge keys; ok is false when n is not a mapping.
func (d *decoder) pairs(n *yaml.Node, path string) (fs []field, ok bool) {
	m := deref(n)
	if m == nil || m.Kind != yaml.MappingNode {
		d.failf(n, path, "want a mapping of keys to values, got %s", describe(n))
		return nil, false
	}
	seen := make(map[string]int, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		dk := deref(k)
		switch {
		case dk.Kind != yaml.ScalarNode || dk.ShortTag() == "!!null":
			d.failf(k, path, "want a plain key, got %s", describe(k))
			continue
		case dk.ShortTag() == "!!merge":
			d.failf(k, path, "merge keys (<<) are not supported; write the keys out")
			continue
		}
		if line, dup := seen[dk.Value]; dup {
			d.failf(k, join(path, dk.Value), "duplicate key (first at line %d)", line)
			continue
		}
		seen[dk.Value] = k.Line
		fs = append(fs, field{name: dk.Value, key: k, val: v})
	}
	return fs, true
}

// fields returns the values of mapping n by key, reporting keys that are
// not in allowed (naming the allowed keys and the nearest one). ok is false
// when n is not a mapping.
func (d *decoder) fields(n *yaml.Node, path string, allowed []string) (map[string]*yaml.Node, bool) {
	fs, ok := d.pairs(n, path)
	if !ok {
		return nil, false
	}
	m := make(map[string]*yaml.Node, len(fs))
	for _, f := range fs {
		if !slices.Contains(allowed, f.name) {
			d.failf(f.key, join(path, f.name), "unknown key%s; allowed keys: %s",
				didYouMean(f.name, allowed), choices(allowed))
			continue
		}
		m[f.name] = f.val
	}
	return m, true
}

// str reads an optional string scalar; numbers and dates are read as
// written. An absent or null value gives "".
func (d *decoder) str(n *yaml.Node, path string) string {
	if isNull(n) {
		return ""
	}
	v := deref(n)
	if v.Kind != yaml.ScalarNode {
		d.failf(n, path, "want a string, got %s", describe(n))
		return ""
	}
	return v.Value
}

// required reads a string that must be present and not empty; parent is
// the mapping that should hold it, for the position of a missing key.
func (d *decoder) required(m map[string]*yaml.Node, parent *yaml.Node, path, key string) string {
	n, ok := m[key]
	if !ok {
		d.failf(parent, path, "missing required key %q", key)
		return ""
	}
	s := d.str(n, join(path, key))
	if s == "" && (isNull(n) || deref(n).Kind == yaml.ScalarNode) {
		d.failf(n, join(path, key), "must not be empty")
	}
	return s
}

// kebab matches ids: lower-case words of letters and digits joined by "-".
var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// id reads the required "id" of an entry, checks that it is kebab-case and
// that no earlier entry of the same list has it (seen maps ids to lines).
func (d *decoder) id(m map[string]*yaml.Node, parent *yaml.Node, path string, seen map[string]int) string {
	id := d.required(m, parent, path, "id")
	if id == "" {
		return ""
	}
	n := m["id"]
	if !kebab.MatchString(id) {
		d.failf(n, join(path, "id"), "id %q is not kebab-case (lower-case letters, digits and \"-\", like %q)", id, "fleet-plan")
	}
	if line, dup := seen[id]; dup {
		d.failf(n, join(path, "id"), "duplicate id %q (first at line %d)", id, line)
		return id
	}
	seen[id] = n.Line
	return id
}

// seq returns the items of an optional list; an absent or null value gives
// none.
func (d *decoder) seq(n *yaml.Node, path, want string) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	v := deref(n)
	if v.Kind != yaml.SequenceNode {
		d.failf(n, path, "want %s, got %s", want, describe(n))
		return nil
	}
	return v.Content
}

// item is one string of a list, with its node and key path.
type item struct {
	s    string
	n    *yaml.Node
	path string
}

// items reads an optional list of non-empty strings, keeping where each is.
func (d *decoder) items(n *yaml.Node, path string) []item {
	return d.itemsOf(n, path, `a list of strings, like ["a", "b"]`, "must not be empty")
}

// itemsOf reads an optional list of non-empty strings; want says what the
// list holds and empty what is wrong with an empty item, for the messages.
func (d *decoder) itemsOf(n *yaml.Node, path, want, empty string) []item {
	var out []item
	for i, it := range d.seq(n, path, want) {
		p := index(path, i)
		s := d.str(it, p)
		if strings.TrimSpace(s) == "" {
			if deref(it).Kind == yaml.ScalarNode {
				d.failf(it, p, "%s", empty)
			}
			continue
		}
		out = append(out, item{s: s, n: it, path: p})
	}
	return out
}

// strings reads an optional list of non-empty strings.
func (d *decoder) strings(n *yaml.Node, path string) []string {
	var out []string
	for _, it := range d.items(n, path) {
		out = append(out, it.s)
	}
	return out
}

// list reads a required list of strings that must not be empty; hint says
// what it holds, for the message.
func (d *decoder) list(m map[string]*yaml.Node, parent *yaml.Node, path, key, hint string) []string {
	n, ok := m[key]
	if !ok {
		d.failf(parent, path, "missing required key %q (%s)", key, hint)
		return nil
	}
	out := d.strings(n, join(path, key))
	if v := deref(n); isNull(v) || v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
		d.failf(n, join(path, key), "must list at least one entry (%s)", hint)
	}
	return out
}

// date reads an optional YYYY-MM-DD date.
func (d *decoder) date(n *yaml.Node, path string) time.Time {
	s := d.str(n, path)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		d.failf(n, path, "cannot read %q as a date (want YYYY-MM-DD, like 2026-12-31)", s)
	}
	return t
}

// pos returns the position of node n.
func pos(n *yaml.Node) Pos { return Pos{Line: n.Line, Column: n.Column} }

// join appends a key to a key path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// index appends a list index to a key path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
