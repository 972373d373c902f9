package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/onestory/onestory/internal/printable"
)

// encodedByJSON is v as encoding/json writes it nested in the report:
// SetIndent("    ", "  "), HTML unescaped, no final newline, then passed
// through printable.JSON.
func encodedByJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return printable.JSON(nil, bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// FuzzAppendIndent checks appendIndent against json.Indent on any valid
// JSON, compacted as encoding/json writes it.
func FuzzAppendIndent(f *testing.F) {
	for _, s := range []string{
		`{"rule":"term","related":[],"location":{"source":"a \"b\" \\ c","line":1},"x":{}}`,
		`[1,[],{},[{"a":[2,3]}],"]},:[{"]`,
		`"\u2028 \\\" ,:{}[]"`,
		`{"":{"":[[[]]]}}`,
		`null`,
	} {
		f.Add([]byte(s), "    ")
	}
	f.Fuzz(func(t *testing.T, data []byte, prefix string) {
		if !json.Valid(data) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), prefix, "  "); err != nil {
			t.Fatal(err)
		}
		if got := appendIndent(nil, compact.Bytes(), prefix, "  "); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("appendIndent(%s)\n got %s\nwant %s", compact.Bytes(), got, want.Bytes())
		}
	})
}

// TestJSONEncoderMatchesEncoder compares jsonEncoder with json.Encoder
// (SetIndent, HTML unescaped) on a finding-shaped value, twice in a row
// so that reused buffers are exercised.
func TestJSONEncoderMatchesEncoder(t *testing.T) {
	v := map[string]any{
		"message":  `Use "sign up", not <signup> & co.`,
		"related":  []any{},
		"location": map[string]any{"source": "site/a.html", "line": 3, "selector": "main > p:nth-of-type(2)"},
		"nested":   []any{map[string]any{}, []any{1.5, nil, true}},
	}
	var e jsonEncoder
	for range 2 {
		got, err := e.marshalIndent(v, "    ")
		if err != nil {
			t.Fatal(err)
		}
		if want := encodedByJSON(t, v); !bytes.Equal(got, want) {
			t.Fatalf("got\n%s\nwant\n%s", got, want)
		}
	}
}
