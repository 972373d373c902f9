package crawl

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// walkSkips runs Walk and returns what it yielded and what it skipped.
func walkSkips(t *testing.T, args []string) ([]got, []Skip) {
	t.Helper()
	var skips []Skip
	docs := walk(t, args, Options{Skipped: func(s Skip) { skips = append(skips, s) }})
	return docs, skips
}

func TestWalkSkipsUnknownFormatsWithReason(t *testing.T) {
	tree(t, map[string]string{
		"site/pricing.html.md.erb": "# Pricing\n\nTeam costs $29 per user per month.",
		"site/about.html.liquid":   "<p>About {{ company }}</p>",
		"site/notes.rst":           "Pricing\n=======\n",
		"site/LICENSE":             "Permission is hereby granted",
		"site/page":                "<!doctype html><p>Hi</p>",
		"site/logo.png":            "\x89PNG\r\n\x1a\n",
		"site/layout.erb":          "<%= yield %>",
	})
	docs, skips := walkSkips(t, []string{"site"})
	var formats []string
	for _, d := range docs {
		formats = append(formats, d.Source+" "+d.Format)
	}
	want := []string{"site/about.html.liquid html", "site/page html", "site/pricing.html.md.erb markdown"}
	if !slices.Equal(formats, want) {
		t.Errorf("read %q, want %q", formats, want)
	}
	wantSkips := []Skip{
		{"site/LICENSE", "no file extension, and its content is not HTML, PDF or an Office document"},
		{"site/layout.erb", `unknown extension ".erb", and its content is not HTML, PDF or an Office document`},
		{"site/notes.rst", `unknown extension ".rst", and its content is not HTML, PDF or an Office document`},
	}
	if !slices.Equal(skips, wantSkips) {
		t.Errorf("skipped\n%q\nwant\n%q", skips, wantSkips)
	}
}

func TestWalkSymlinksStayInsideTheFolder(t *testing.T) {
	dir := tree(t, map[string]string{
		"site/a.md":        "# A",
		"site/docs/b.md":   "# B",
		"secret/passwd.md": "root:x:0:0",
	})
	links := map[string]string{
		"site/inside.md":   filepath.Join(dir, "site", "docs", "b.md"),
		"site/relative.md": "docs/b.md",
		"site/outside.md":  filepath.Join(dir, "secret", "passwd.md"),
		"site/escape.md":   "../secret/passwd.md",
		"site/zero.md":     "/dev/zero",
		"site/folder":      filepath.Join(dir, "site", "docs"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	docs, skips := walkSkips(t, []string{"site"})
	var read []string
	for _, d := range docs {
		if d.Err != "" {
			t.Errorf("%s: %s", d.Source, d.Err)
		}
		read = append(read, d.Source+": "+d.Body)
	}
	wantRead := []string{"site/a.md: # A", "site/docs/b.md: # B", "site/inside.md: # B", "site/relative.md: # B"}
	if !slices.Equal(read, wantRead) {
		t.Errorf("read %q, want %q", read, wantRead)
	}
	wantSkips := map[string]string{
		"site/escape.md":  "outside the folder: not followed",
		"site/folder":     "symbolic link to a folder: not followed",
		"site/outside.md": "outside the folder: not followed",
		"site/zero.md":    "outside the folder: not followed",
	}
	if len(skips) != len(wantSkips) {
		t.Errorf("skipped %q, want %d entries", skips, len(wantSkips))
	}
	for _, s := range skips {
		if !strings.HasSuffix(s.Reason, wantSkips[s.Source]) || wantSkips[s.Source] == "" {
			t.Errorf("skipped %s: %q, want a reason ending %q", s.Source, s.Reason, wantSkips[s.Source])
		}
	}
}

func TestWalkStdinThatNeverEndsIsCancellable(t *testing.T) {
	r, w := io.Pipe() // a writer that never writes nor closes
	t.Cleanup(func() { w.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Walk(ctx, []string{"-"}, Options{Stdin: r}, func(Document) error { return nil }) }()
	cancel()
	select {
	case err := <-done:
		if err != context.Canceled {
			t.Errorf("Walk = %v, want context.Canceled", err)
		}
	case <-time.After(time.Minute): // a hang, not a timing assert
		t.Fatal("Walk kept reading standard input after cancel")
	}
}

func TestWalkFolderNamedThroughALink(t *testing.T) {
	dir := tree(t, map[string]string{"build/site/a.md": "# A", "secret.md": "# Secret"})
	link(t, filepath.Join(dir, "build", "site"), filepath.Join(dir, "site"))
	link(t, filepath.Join(dir, "secret.md"), filepath.Join(dir, "build", "site", "b.md"))
	docs, skips := walkSkips(t, []string{"site"})
	if len(docs) != 1 || docs[0].Source != "site/a.md" || docs[0].Body != "# A" {
		t.Errorf("Walk yielded %q, want site/a.md", docs)
	}
	if len(skips) != 1 || skips[0].Source != "site/b.md" || !strings.HasSuffix(skips[0].Reason, "outside the folder: not followed") {
		t.Errorf("skipped %q, want site/b.md, a link out of the folder", skips)
	}
}

func write(t *testing.T, name, body string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func link(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Skip("no symbolic links here:", err)
	}
}
