package report

import (
	"encoding/json"
	"io"
)

// JSON writes the report as schema-1 JSON (see DESIGN.md), indented. The
// output is byte-for-byte the same for the same report: findings and
// documents are sorted and map keys are written in order.
func JSON(w io.Writer, r *Report, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
