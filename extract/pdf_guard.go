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
// so they can be read from the raw bytes.
func checkObjStmChains(data []byte) error {
	if !bytes.Contains(data, []byte("/Extends")) {
		return nil
	}
	extends := map[string]string{}
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
			extends[string(data[m[2]:m[3]])] = string(e[1])
		}
	}
	for start := range extends {
		cur := start
		for steps := 0; steps <= len(extends); steps++ {
			next, ok := extends[cur]
			if !ok {
				break
			}
			if next == start {
				return fmt.Errorf("corrupt PDF: object stream %s extends itself through a loop", start)
			}
			cur = next
		}
	}
	return nil
}
