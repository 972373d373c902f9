//go:build unix

package crawl

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// savedWith writes a saved crawl whose one page has the body file made
// by mk (given the body's path; the hash is that of body).
func savedWith(t *testing.T, body string, mk func(t *testing.T, dir, name string)) string {
	t.Helper()
	dir := t.TempDir()
	sum := sha256.Sum256([]byte(body))
	hash := hex.EncodeToString(sum[:])
	rel := "bodies/" + hash[:2] + "/" + hash
	if err := os.MkdirAll(filepath.Join(dir, "bodies", hash[:2]), 0o755); err != nil {
		t.Fatal(err)
	}
	mk(t, dir, filepath.Join(dir, filepath.FromSlash(rel)))
	manifest := `{"onestory_crawl":1,"start":"https://k.example/"}` + "\n" +
		`{"url":"https://k.example/","source":"https://k.example/","status":200,"format":"html","body":"` + rel + `"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestWalkSavedBodiesAreBounded(t *testing.T) {
	const page = "<p>Team costs $29 per user per month.</p>"
	large := strings.Repeat("x", 2048)
	tests := []struct {
		name, body, want string
		mk               func(t *testing.T, dir, name string)
	}{
		{"regular", page, "", func(t *testing.T, _, name string) { write(t, name, page) }},
		{"link to /dev/zero", page, "is a symbolic link", func(t *testing.T, _, name string) { link(t, "/dev/zero", name) }},
		{"link to a copy", page, "is a symbolic link", func(t *testing.T, dir, name string) {
			write(t, filepath.Join(dir, "copy"), page)
			link(t, filepath.Join(dir, "copy"), name)
		}},
		{"linked folder", page, "is a symbolic link", func(t *testing.T, dir, name string) {
			other := t.TempDir()
			write(t, filepath.Join(other, filepath.Base(name)), page)
			os.RemoveAll(filepath.Dir(name))
			link(t, other, filepath.Dir(name))
		}},
		{"named pipe", page, "a named pipe, not a regular file", func(t *testing.T, _, name string) {
			if err := syscall.Mkfifo(name, 0o644); err != nil {
				t.Skip("no named pipes here:", err)
			}
		}},
		{"over the body limit", large, "is 2 KB, over the body limit of 1 KB", func(t *testing.T, _, name string) { write(t, name, large) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := savedWith(t, tt.body, tt.mk)
			opt := Options{Web: WebOptions{MaxBody: 1024}}
			docs := walk(t, []string{dir}, opt)
			if len(docs) != 1 {
				t.Fatalf("Walk yielded %d Documents, want 1", len(docs))
			}
			d := docs[0]
			switch {
			case tt.want == "" && (d.Err != "" || d.Body != page):
				t.Errorf("Err %q, body %q; want the page", d.Err, d.Body)
			case tt.want != "" && (!strings.Contains(d.Err, tt.want) || d.Body != ""):
				t.Errorf("Err %q with %d bytes, want an Err containing %q", d.Err, len(d.Body), tt.want)
			}
		})
	}
}

func TestWalkSavedManifestNotThroughALink(t *testing.T) {
	dir := savedWith(t, "<p>x</p>", func(t *testing.T, _, name string) { write(t, name, "<p>x</p>") })
	elsewhere := filepath.Join(t.TempDir(), "manifest")
	if err := os.Rename(filepath.Join(dir, ManifestName), elsewhere); err != nil {
		t.Fatal(err)
	}
	link(t, elsewhere, filepath.Join(dir, ManifestName))
	docs := walk(t, []string{dir}, Options{})
	if len(docs) != 1 || !strings.Contains(docs[0].Err, "is a symbolic link") {
		t.Errorf("Walk yielded %q, want one Err naming the link", docs)
	}
}
