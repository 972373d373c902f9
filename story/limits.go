package story

import (
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/onestory/onestory/internal/bytesize"
)

// The limits on a story file. People write story files, and a large one is
// a few hundred kilobytes; in CI a pull request can change the file, so
// the limits keep a hostile one from taking the run's memory or time.
const (
	// MaxSize is the largest story file read, in bytes.
	MaxSize = 4 << 20
	// MaxExpandedSize bounds a story file's size with its YAML aliases
	// expanded: each *alias counts the size of what its &anchor names,
	// since everything named is decoded again where it is used. Each
	// value counts its text and one byte more (a file without aliases
	// never comes near it).
	MaxExpandedSize = 2 * MaxSize
	// maxProblems is the most problems reported; more are counted.
	maxProblems = 100
)

// sizeError is the error of a story file larger than MaxSize; size is -1
// when it is not known how much larger.
func sizeError(name string, size int64) *Error {
	if size < 0 {
		return &Error{File: name, Msg: fmt.Sprintf("the story file is larger than %s, the limit of a story file", bytesize.Format(MaxSize))}
	}
	return &Error{File: name, Msg: fmt.Sprintf("the story file is %s, over the %s limit of a story file", bytesize.Format(size), bytesize.Format(MaxSize))}
}

// expansion measures a document's size with its aliases expanded, in
// time linear in the nodes of the document (not of its expansion): the
// expanded size of each anchored node is computed once.
type expansion struct {
	file  string
	sizes map[*yaml.Node]int64 // expanded sizes of anchored nodes
	total int64                // expanded size of the nodes walked so far
}

// checkExpansion returns an error naming the first alias at which root's
// expanded size passes MaxExpandedSize, or nil.
func checkExpansion(file string, root *yaml.Node) *Error {
	x := &expansion{file: file, sizes: map[*yaml.Node]int64{}}
	return x.walk(root)
}

// walk adds the expanded size of n to the total, in document order, and
// returns the error of the node at which the total passes the limit.
func (x *expansion) walk(n *yaml.Node) *Error {
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			return nil
		}
		size := x.size(n.Alias)
		if x.total += size; x.total > MaxExpandedSize {
			return &Error{File: x.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(
				"alias *%s makes the story larger than %s with its aliases expanded, the limit of a story file "+
					"(&%s, at line %d, expands to %s); write fewer aliases of it",
				n.Value, bytesize.Format(MaxExpandedSize), n.Value, n.Alias.Line, sizeText(size))}
		}
		return nil
	}
	if x.total += ownSize(n); x.total > MaxExpandedSize {
		return &Error{File: x.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(
			"the story is larger than %s with its aliases expanded, the limit of a story file", bytesize.Format(MaxExpandedSize))}
	}
	for _, c := range n.Content {
		if e := x.walk(c); e != nil {
			return e
		}
	}
	return nil
}

// size returns the expanded size of n, or a number past MaxExpandedSize
// when it is larger.
func (x *expansion) size(n *yaml.Node) int64 {
	if n = deref(n); n.Kind == yaml.AliasNode { // dangling, or a chain too long
		return ownSize(n)
	}
	if s, ok := x.sizes[n]; ok {
		return s
	}
	s := ownSize(n)
	for _, c := range n.Content {
		if s += x.size(c); s > MaxExpandedSize {
			s = MaxExpandedSize + 1
			break
		}
	}
	if n.Anchor != "" {
		x.sizes[n] = s
	}
	return s
}

// ownSize is what one node counts, without its children: its text and one.
func ownSize(n *yaml.Node) int64 { return int64(len(n.Value)) + 1 }

// sizeText writes an expanded size, which may be "more than" the limit.
func sizeText(size int64) string {
	if size > MaxExpandedSize {
		return "more than " + bytesize.Format(MaxExpandedSize)
	}
	return bytesize.Format(size)
}
