package report

import "testing"

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct {
		path, want string
		ok         bool
	}{
		{"report.html", "html", true},
		{"out/REPORT.HTM", "html", true},
		{"r.json", "json", true},
		{"onestory.sarif", "sarif", true},
		{"junit.xml", "junit", true},
		{"summary.md", "markdown", true},
		{"notes.markdown", "markdown", true},
		{"report.txt", "", false},
		{"report", "", false},
		{"a.html/report", "", false},
	} {
		got, ok := FormatOf(tc.path)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FormatOf(%q) = %q, %v; want %q, %v", tc.path, got, ok, tc.want, tc.ok)
		}
	}
	for ext, f := range extensions {
		if _, err := Lookup(f); err != nil {
			t.Errorf("extension %s names %v", ext, err)
		}
	}
}
