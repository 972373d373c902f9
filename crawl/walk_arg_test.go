package crawl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckArg(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.MkdirAll(filepath.Join("odd:", "x"), 0o755)
	for _, tc := range []struct{ arg, want string }{
		{"htp://example.com/pricing", "did you mean http://example.com/pricing?"},
		{"HTTPS://example.com", ""},
		{"http://example.com", ""},
		{"httpss://example.com", "did you mean https://example.com?"},
		{"ftp://example.com/deck.pdf", "not ftp://"},
		{"file:///tmp/x.md", "name the file's path"},
		{"site/pricing.html", ""},
		{"-", ""},
		{"C:/site", ""},
		{"odd://x", ""}, // a file that exists is a file
	} {
		err := CheckArg(tc.arg)
		if tc.want == "" {
			if err != nil {
				t.Errorf("CheckArg(%q) = %v, want nil", tc.arg, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("CheckArg(%q) = %v, want it to say %q", tc.arg, err, tc.want)
		}
	}
}
