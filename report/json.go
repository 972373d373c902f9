package report

import (
	"bufio"
	"io"
	"iter"
	"slices"

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
	if err := writeArray(bw, "documents", slices.Values(r.Documents)); err != nil {
		return err
	}
	bw.WriteString(",\n")
	if err := writeArray(bw, "findings", r.Findings.All()); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	if err := r.Findings.Err(); err != nil {
		return err
	}
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

// writeArray writes `  "name": [ … ]` one element at a time, as all
// yields them.
func writeArray[T any](w *bufio.Writer, name string, all iter.Seq[T]) error {
	w.WriteString(`  "` + name + `": [`)
	var e jsonEncoder
	n := 0
	for v := range all {
		if n > 0 {
			w.WriteString(",")
		}
		n++
		b, err := e.marshalIndent(v, "    ")
		if err != nil {
			return err
		}
		w.WriteString("\n    ")
		w.Write(printable.JSON(nil, b))
	}
	if n == 0 {
		w.WriteString("]")
		return nil
	}
	w.WriteString("\n  ]")
	return nil
}
