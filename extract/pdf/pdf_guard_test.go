package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/onestory/onestory/internal/hostile"
)

// objStms returns PDF object streams, object i+1 extending links[i] (0:
// none), the way checkObjStmChains reads them from raw bytes.
func objStms(links ...int) []byte {
	var b strings.Builder
	for i, to := range links {
		ext := ""
		if to > 0 {
			ext = fmt.Sprintf(" /Extends %d 0 R", to)
		}
		fmt.Fprintf(&b, "%d 0 obj\n<< /Type /ObjStm /N 1 /First 4%s /Length 6 >>\nstream\n9 0 1\nendstream\nendobj\n", i+1, ext)
	}
	return []byte(b.String())
}

func TestCheckObjStmChains(t *testing.T) {
	tests := []struct {
		name  string
		links []int
		want  string // "" for no error
	}{
		{"no extends", []int{0, 0}, ""},
		{"a chain", []int{2, 3, 0}, ""},
		{"a chain into a missing object", []int{2, 3, 9}, ""},
		{"a loop of two", []int{2, 1}, "object stream 1 extends itself"},
		{"a loop of three", []int{2, 3, 1}, "object stream 1 extends itself"},
		{"a tail into a loop", []int{2, 3, 2}, "object stream 2 extends itself"},
		{"a stream that extends itself", []int{0, 2}, "object stream 2 extends itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := objStms(tt.links...)
			// the same bytes must always give the same message: map order
			// must not choose which stream is named
			for range 20 {
				err := checkPDF(data)
				switch {
				case tt.want == "" && err != nil:
					t.Fatalf("error %q, want none", err)
				case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
					t.Fatalf("error %v, want one containing %q", err, tt.want)
				}
			}
		})
	}
}

// TestCheckObjStmChainsLong checks that a long chain of object streams is
// followed once, not once from every stream of it.
func TestCheckObjStmChainsLong(t *testing.T) {
	links := make([]int, 20000)
	for i := range links {
		links[i] = i + 2 // each extends the next; the last one a missing object
	}
	data := objStms(links...)
	if err := checkPDF(data); err != nil {
		t.Fatal(err)
	}
}

// TestCheckPDFSpellings checks that the guard reads PDF syntax, not bytes:
// a reference with leading zeros, a key with # escapes, a dictionary longer
// than any window, comments and strings that hold look-alikes.
func TestCheckPDFSpellings(t *testing.T) {
	pad := "/Junk (" + strings.Repeat("x", 5000) + ") "
	stm := func(n int, extends string) string {
		return fmt.Sprintf("%d 0 obj\n<< /Type /ObjStm %s/N 1 /First 4 %s /Length 6 >>\nstream\n9 0 1\nendstream\nendobj\n", n, pad, extends)
	}
	tests := []struct {
		name, data string
		want       string // "" for no error
	}{
		{"leading zeros", stm(1, "/Extends 02 0 R") + stm(2, "/Extends 001 0 R"), "object stream 1 extends itself"},
		{"escaped key", stm(1, "/Ext#65nds 2 0 R") + stm(2, "/#45xtends 1 0 R"), "object stream 1 extends itself"},
		{"in a comment", stm(1, "%/Extends 2 0 R\n") + stm(2, "/Extends 1 0 R"), ""},
		{"in a string", stm(1, "/Title (/Extends 2 0 R)") + stm(2, "/Extends 1 0 R"), ""},
		{"in stream data", "1 0 obj\n<< /Length 20 >>\nstream\n/Extends 1 0 R\nendstream\nendobj\n", ""},
		{"huge xref index", "xref\n0 1\n0000000000 65535 f \n100000000 1\n0000000009 00000 n \ntrailer\n<< /Size 2 >>", "declares object 100000000"},
		{"huge Size", "1 0 obj\n<< /Type /XRef /Size 2000000000 /W [1 2 1] >>\nendobj\n", "declares object 1999999999"},
		{"huge Index", "1 0 obj\n<< /Type /XRef /Size 5 /Index [0 5 8000000 900000] /W [1 2 1] >>\nendobj\n", "declares object 8899999"},
		{"a fine table", "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 >>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkPDF([]byte(tt.data))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("error %q, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestPDFFormDrawsPerDocument checks the cap on forms drawn in all: pages
// each under the per-page cap add up past the per-document one.
func TestPDFFormDrawsPerDocument(t *testing.T) {
	const pages, fan = 14, 60 // 60 + 60×60 = 3,660 forms a page; 51,240 in all
	kids := make([]string, pages)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	res := "/Resources << /XObject << /A 3 0 R /B 4 0 R >> >>"
	objs = append(objs,
		fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] %s /Length %d >>\nstream\n%s\nendstream", res, fan*7, strings.Repeat("/B Do\n ", fan)),
		"<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream")
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", len(objs)+1)
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R %s /Contents %d 0 R >>", res, len(objs)+2),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", fan*6, strings.Repeat("/A Do ", fan)))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), pages)
	_, err := Extract(context.Background(), "forms.pdf", hostile.PDF(objs...))
	if err == nil || !strings.Contains(err.Error(), "it draws forms more than 50000 times") {
		t.Fatalf("error %v, want the per-document cap", err)
	}
}
