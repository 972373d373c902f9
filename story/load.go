package story

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load reads and validates the story file at path. When the file has
// problems it returns a nil Story and an error that joins one *Error per
// problem (errors.Join), sorted by position; a file larger than MaxSize is
// refused before it is read.
func Load(path string) (*Story, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read story file: %w", err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > MaxSize {
		return nil, errors.Join(sizeError(path, info.Size()))
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1)) // the file may grow, or not be a file
	if err != nil {
		return nil, fmt.Errorf("read story file: %w", err)
	}
	return Parse(path, data)
}

// Parse validates a story file's bytes; name is the file name used in
// errors and kept in Story.Path. Its errors are those of Load: at most
// 100 problems are listed, and a last error counts the others.
func Parse(name string, data []byte) (*Story, error) {
	if len(data) > MaxSize {
		size := int64(len(data))
		if size == MaxSize+1 {
			size = -1 // Load stopped reading there
		}
		return nil, errors.Join(sizeError(name, size))
	}
	root, e := document(name, data)
	if e != nil {
		return nil, errors.Join(e)
	}
	d := &decoder{file: name}
	s := d.story(root)
	if len(d.errs) > 0 {
		return nil, d.join()
	}
	s.Path = name
	s.Warnings = d.warns
	return s, nil
}

// topKeys are the keys of a story file, in the order the schema gives them.
var topKeys = []string{"version", "company", "channels", "sources", "products", "facts",
	"claims", "messages", "terminology", "offers", "changes", "policies", "features", "rules", "ignore", "competitors", "reference", "catalog"}

// story decodes the root mapping of a story file.
func (d *decoder) story(root *yaml.Node) *Story {
	m, ok := d.fields(root, "", topKeys)
	if !ok {
		return &Story{}
	}
	s := &Story{
		Version:  d.version(m, root),
		Company:  d.str(m["company"], "company"),
		Channels: d.channels(m["channels"]),
		Sources:  d.strings(m["sources"], "sources"),
		Products: d.products(m["products"]),
		Facts:    d.facts(m["facts"]),
		Claims:   d.claims(m["claims"]),
	}
	s.Messages = d.messages(m["messages"], s.ChannelNames())
	s.Terminology = d.terms(m["terminology"])
	s.Offers = d.offers(m["offers"])
	s.Changes = d.changes(m["changes"], s)
	s.Policies = d.policies(m["policies"])
	s.Features = d.features(m["features"], s.Products)
	s.Rules, s.Custom = d.rules(m["rules"])
	s.Ignore = d.globs(m["ignore"], "ignore")
	s.Competitors = d.competitors(m["competitors"])
	s.Reference = d.globs(m["reference"], "reference")
	s.Catalog = d.catalog(s, d.catalogFiles(m["catalog"]))
	return s
}

// version reads the required schema version, which must be 1.
func (d *decoder) version(m map[string]*yaml.Node, root *yaml.Node) int {
	n, ok := m["version"]
	if !ok {
		d.failf(root, "", "missing required key %q (add \"version: 1\")", "version")
		return 0
	}
	v := deref(n)
	if v.Kind != yaml.ScalarNode || isNull(v) {
		d.failf(n, "version", "want 1, got %s", describe(n))
		return 0
	}
	if i, err := strconv.Atoi(v.Value); err != nil || i != 1 {
		d.failf(n, "version", "unsupported version %q; this onestory reads version 1", v.Value)
		return 0
	}
	return 1
}

// document parses the YAML of a story file and returns its root mapping,
// or the one error that keeps it from being read at all.
func document(name string, data []byte) (*yaml.Node, *Error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: name, Msg: "the story file is empty; it must hold at least \"version: 1\""}
		}
		return nil, syntaxError(name, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, &Error{File: name, Line: extra.Line, Column: extra.Column,
			Msg: "a second YAML document; a story file holds one (remove the \"---\")"}
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(name, err)
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil, &Error{File: name, Msg: "the story file is empty; it must hold at least \"version: 1\""}
	}
	root := doc.Content[0]
	if e := checkExpansion(name, root); e != nil {
		return nil, e
	}
	if r := deref(root); r.Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: root.Line, Column: root.Column,
			Msg: fmt.Sprintf("a story file is a mapping of keys (%s), got %s", strings.Join(topKeys, ", "), describe(r))}
	}
	return root, nil
}

// yamlLine finds the line number in a yaml.v3 error message.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a YAML syntax error into an Error with its line.
func syntaxError(name string, err error) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: name, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: name, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// join returns the collected problems, sorted by position, as one error.
func (d *decoder) join() error {
	slices.SortStableFunc(d.errs, func(a, b *Error) int {
		return cmp.Or(compareBool(a.File != d.file, b.File != d.file), cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	errs := make([]error, len(d.errs), len(d.errs)+1)
	for i, e := range d.errs {
		errs[i] = e
	}
	if d.dropped > 0 {
		errs = append(errs, &Error{File: d.file, Msg: fmt.Sprintf("%d more problems not listed", d.dropped)})
	}
	return errors.Join(errs...)
}
