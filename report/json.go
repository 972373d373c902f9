package report

import (
	"bufio"
	"io"

	"github.com/onestory/onestory/internal/printable"
)

// JSON writes the report as schema-1 JSON (see DESIGN.md), indented. The
// output is byte-for-byte the same for the same report: findings and
// documents are sorted and map keys are written in order. Documents and
// findings are encoded one at a time, so a run with hundreds of thousands of
// findings never holds its whole report as one buffer. Characters a
// terminal acts on that JSON leaves raw are written as \u escapes
// (printable.JSON): the data is the same.
func JSON(w io.Writer, r *Report, _ Options) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n")
	fields := []struct {
		name string
		v    any
	}{{"schema", r.Schema}, {"tool", r.Tool}, {"version", r.Version}, {"story", r.Story}, {"summary", r.Summary}}
	for _, f := range fields {
		if err := writeField(bw, f.name, f.v); err != nil {
			return err
		}
		bw.WriteString(",\n")
	}
	if err := writeArray(bw, "documents", len(r.Documents), func(i int) any { return r.Documents[i] }); err != nil {
		return err
	}
	bw.WriteString(",\n")
	if err := writeArray(bw, "findings", len(r.Findings), func(i int) any { return r.Findings[i] }); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// writeField writes `  "name": value` at the first level of indentation.
func writeField(w *bufio.Writer, name string, v any) error {
	var e jsonEncoder
	b, err := e.marshalIndent(v, "  ")
	if err != nil {
		return err
	}
	w.WriteString(`  "` + name + `": `)
	_, err = w.Write(printable.JSON(nil, b))
	return err
}

// writeArray writes `  "name": [ … ]` one element at a time.
func writeArray(w *bufio.Writer, name string, n int, at func(int) any) error {
	w.WriteString(`  "` + name + `": [`)
	if n == 0 {
		w.WriteString("]")
		return nil
	}
	var e jsonEncoder
	for i := range n {
		if i > 0 {
			w.WriteString(",")
		}
		b, err := e.marshalIndent(at(i), "    ")
		if err != nil {
			return err
		}
		w.WriteString("\n    ")
		w.Write(printable.JSON(nil, b))
	}
	w.WriteString("\n  ]")
	return nil
}
