package extract

import (
	"bytes"
	"fmt"
	"regexp"
)

// objHeader and extendsRef find an object stream's number and what it
// extends: "12 0 obj << /Type /ObjStm ... /Extends 9 0 R ... >> stream".
var (
	objHeader  = regexp.MustCompile(`(\d+)\s+\d+\s+obj\b`)
	extendsRef = regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`)
)

// checkObjStmChains refuses a PDF whose object streams extend each other in
// a loop: the PDF library follows /Extends without end when it looks for an
// object that is not there. Object-stream dictionaries are never compressed,
// so they can be read from the raw bytes. The error names the first stream
// of the loop met from the streams in file order, so the same file always
// gets the same message; every stream is followed once.
func checkObjStmChains(data []byte) error {
	if !bytes.Contains(data, []byte("/Extends")) {
		return nil
	}
	extends, order := objStmExtends(data)
	const (
		onPath = 1 // on the chain being followed
		done   = 2 // followed already: it leads to no loop
	)
	state := make(map[string]int, len(extends))
	for _, start := range order {
		var path []string
		cur := start
		for state[cur] == 0 {
			next, ok := extends[cur]
			if !ok {
				break
			}
			state[cur] = onPath
			path = append(path, cur)
			cur = next
		}
		if state[cur] == onPath {
			return fmt.Errorf("corrupt PDF: object stream %s extends itself through a loop", cur)
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return nil
}

// objStmExtends returns, for each object stream that extends another, the
// number of the one it extends, and those object streams in file order.
func objStmExtends(data []byte) (extends map[string]string, order []string) {
	extends = map[string]string{}
	for _, m := range objHeader.FindAllSubmatchIndex(data, -1) {
		end := min(len(data), m[1]+2048)
		dict := data[m[1]:end]
		if i := bytes.Index(dict, []byte("stream")); i >= 0 {
			dict = dict[:i]
		}
		if !bytes.Contains(dict, []byte("/ObjStm")) {
			continue
		}
		if e := extendsRef.FindSubmatch(dict); e != nil {
			num := string(data[m[2]:m[3]])
			if _, dup := extends[num]; !dup {
				order = append(order, num)
			}
			extends[num] = string(e[1])
		}
	}
	return extends, order
}
