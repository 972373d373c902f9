package office

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The limits on one XML part. encoding/xml never expands entities declared
// in a DTD (an undeclared entity is an error), so entity expansion cannot
// grow a document; these bound nesting and size instead.
const (
	maxXMLDepth = 256
	maxXMLNodes = 4_000_000 // elements, text and other tokens
)

// mcNS is the markup-compatibility namespace whose mc:Fallback repeats the
// content of mc:Choice (text boxes, shapes) for older readers.
const mcNS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// textNode is the Local name of the kids that hold character data, so that
// mixed content (ODF's "a <text:s/>b") keeps its order.
const textNode = "#text"

// xnode is one element of a parsed XML part: a small tree the format readers
// walk instead of binding structs, since they need document order.
type xnode struct {
	Space, Local string // namespace URI and local name; Local is textNode for text
	Attr         []xml.Attr
	Kids         []*xnode // elements and text, in document order
	Text         string   // all character data directly inside the element
}

// parseXML parses an XML document into a tree, refusing documents nested
// deeper than maxXMLDepth or holding more than maxXMLNodes elements.
func parseXML(data []byte) (*xnode, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	root := &xnode{}
	stack := []*xnode{root}
	nodes := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("bad XML: %w", err)
		}
		if nodes++; nodes > maxXMLNodes {
			return nil, fmt.Errorf("XML has more than %d nodes", maxXMLNodes)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, fmt.Errorf("XML nests deeper than %d elements", maxXMLDepth)
			}
			n := &xnode{Space: t.Name.Space, Local: t.Name.Local, Attr: t.Attr}
			top.Kids = append(top.Kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			top.Text = directText(top)
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Kids = append(top.Kids, &xnode{Local: textNode, Text: string(t)})
		}
	}
	for _, k := range root.Kids {
		if k.Local != textNode {
			return k, nil
		}
	}
	return nil, errors.New("bad XML: no root element")
}

// eachKid calls fn with each kid of n (elements and text) in order,
// stopping at fn's first error or once ctx is done. A nil n has none.
func eachKid(ctx context.Context, n *xnode, fn func(k *xnode) error) error {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(k); err != nil {
			return err
		}
	}
	return nil
}

// directText joins the character data directly inside n, copying each
// piece once.
func directText(n *xnode) string {
	var b strings.Builder
	for _, k := range n.Kids {
		if k.Local == textNode {
			if b.Len() == 0 && len(n.Kids) == 1 {
				return k.Text // the common case: one piece, no copy
			}
			b.WriteString(k.Text)
		}
	}
	return b.String()
}

// attr returns the value of the attribute with the given local name; "" on
// a nil node.
func (n *xnode) attr(local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child with the given local name, or nil.
func (n *xnode) child(local string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if k.Local == local {
			return k
		}
	}
	return nil
}

// path follows a chain of first children by local name; nil if one is missing.
func (n *xnode) path(locals ...string) *xnode {
	for _, l := range locals {
		n = n.child(l)
	}
	return n
}

// children returns the children with the given local name.
func (n *xnode) children(local string) []*xnode {
	if n == nil {
		return nil
	}
	var out []*xnode
	for _, k := range n.Kids {
		if k.Local == local {
			out = append(out, k)
		}
	}
	return out
}

// find returns the descendants with the given local name in document order,
// not looking inside a match nor inside mc:Fallback.
func (n *xnode) find(local string) []*xnode {
	var out []*xnode
	var walk func(*xnode)
	walk = func(x *xnode) {
		for _, k := range x.Kids {
			switch {
			case k.Space == mcNS && k.Local == "Fallback":
			case k.Local == local:
				out = append(out, k)
			default:
				walk(k)
			}
		}
	}
	if n != nil {
		walk(n)
	}
	return out
}

// textContent returns all character data inside n, in document order.
func (n *xnode) textContent() string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*xnode)
	walk = func(x *xnode) {
		for _, k := range x.Kids {
			if k.Local == textNode {
				b.WriteString(k.Text)
				continue
			}
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// relID returns the r:id attribute of n: the "id" attribute in a namespace
// (the relationships one), not the element's own unqualified id.
func (n *xnode) relID() string {
	for _, a := range n.Attr {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}
