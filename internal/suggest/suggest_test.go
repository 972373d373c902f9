package suggest

import "testing"

func TestNearest(t *testing.T) {
	choices := []string{"fail-on", "format", "max-pages", "warning", "error", "info"}
	for _, tc := range []struct{ in, want string }{
		{"fial-on", "fail-on"},
		{"FAIL-ON", "fail-on"},
		{"warn", "warning"},
		{"max-page", "max-pages"},
		{"formt", "format"},
		{"verbose", ""},
		{"x", ""},
	} {
		if got := Nearest(tc.in, choices); got != tc.want {
			t.Errorf("Nearest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "", 3}, {"fial", "fail", 2}, {"kitten", "sitting", 3}, {"é", "e", 1}} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
