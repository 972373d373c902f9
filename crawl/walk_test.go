package crawl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tree writes files (slash paths → contents) under a new temporary
// directory, makes it the working directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// got is what a test keeps of a Document.
type got struct {
	Source, Channel, Format, Body, Err string
}

// walk runs Walk and returns what it yielded.
func walk(t *testing.T, args []string, opt Options) []got {
	t.Helper()
	var out []got
	err := Walk(context.Background(), args, opt, func(d Document) error {
		g := got{Source: d.Source, Channel: d.Channel, Format: string(d.Format), Body: string(d.Body)}
		if d.Err != nil {
			g.Err = d.Err.Error()
		}
		out = append(out, g)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return out
}

// channels is a stand-in for story.ChannelOf.
func channels(src string) string {
	switch {
	case strings.HasPrefix(src, "site/"):
		return "marketing"
	case strings.HasPrefix(src, "collateral/"):
		return "sales"
	}
	return "other"
}

func TestWalkTree(t *testing.T) {
	tree(t, map[string]string{
		"site/index.html":              "<h1>RoutePlanner</h1>",
		"site/pricing.htm":             "<p>Fleet $18</p>",
		"site/blog/launch.md":          "# Launch",
		"site/blog/notes.txt":          "Fleet costs $18.",
		"site/legal/terms.html":        "<p>terms</p>",
		"site/.drafts/old.html":        "<p>draft</p>",
		"site/.hidden.md":              "# hidden",
		"site/node_modules/x/index.md": "# dependency",
		"site/.git/HEAD":               "ref: refs/heads/main",
		"site/img/logo.png":            "\x89PNG\r\n\x1a\n",
		"site/style.css":               "body { color: red }",
		"site/app.js":                  "console.log(1)",
		"site/LICENSE":                 "Permission is hereby granted",
		"site/about":                   "<!DOCTYPE html><html><p>About</p></html>",
		"collateral/deck.pptx":         "PK placeholder",
		"collateral/brochure.pdf":      "%PDF-1.7 " + strings.Repeat("x", 200),
	})
	opt := Options{
		Channel:     channels,
		Ignore:      func(src string) bool { return strings.HasPrefix(src, "site/legal") },
		MaxFileSize: 100,
	}
	docs := walk(t, []string{"site", "./collateral/"}, opt)
	want := []got{
		{Source: "site/about", Channel: "marketing", Format: "html", Body: "<!DOCTYPE html><html><p>About</p></html>"},
		{Source: "site/blog/launch.md", Channel: "marketing", Format: "markdown", Body: "# Launch"},
		{Source: "site/blog/notes.txt", Channel: "marketing", Format: "text", Body: "Fleet costs $18."},
		{Source: "site/index.html", Channel: "marketing", Format: "html", Body: "<h1>RoutePlanner</h1>"},
		{Source: "site/pricing.htm", Channel: "marketing", Format: "html", Body: "<p>Fleet $18</p>"},
		{Source: "collateral/brochure.pdf", Channel: "sales", Format: "pdf",
			Err: "read collateral/brochure.pdf: file is 209 bytes, over the 100 bytes limit"},
		{Source: "collateral/deck.pptx", Channel: "sales", Format: "pptx", Body: "PK placeholder"},
	}
	if !slices.Equal(docs, want) {
		t.Errorf("Walk yielded\n%v\nwant\n%v", docs, want)
	}
}

func TestWalkNamed(t *testing.T) {
	tree(t, map[string]string{
		"site/.drafts/new.md": "# New plan",
		"site/style.css":      "body{}",
		"site/LICENSE":        "Permission is hereby granted",
		"site/logo":           "\x89PNG\r\n\x1a\n\x00\x00",
		"site/legal/a.html":   "<p>a</p>",
	})
	abs, _ := filepath.Abs("site/.drafts/new.md")
	opt := Options{Channel: channels, Ignore: func(src string) bool { return strings.HasPrefix(src, "site/legal") }}
	docs := walk(t, []string{abs, "site/style.css", "site//LICENSE", "site/logo", "site/missing.md", "site/legal/a.html"}, opt)
	want := []got{
		{Source: "site/.drafts/new.md", Channel: "marketing", Format: "markdown", Body: "# New plan"},
		{Source: "site/style.css", Channel: "marketing", Err: "read site/style.css: " + ErrUnknownFormat.Error()},
		{Source: "site/LICENSE", Channel: "marketing", Format: "text", Body: "Permission is hereby granted"},
		{Source: "site/logo", Channel: "marketing", Err: "read site/logo: " + ErrUnknownFormat.Error()},
		{Source: "site/missing.md", Channel: "marketing", Err: "read site/missing.md: no such file or directory"},
	}
	if !slices.Equal(docs, want) {
		t.Errorf("Walk yielded\n%v\nwant\n%v", docs, want)
	}
}

func TestWalkErrors(t *testing.T) {
	dir := tree(t, map[string]string{"site/a.md": "# A"})
	if err := os.Symlink(filepath.Join(dir, "nowhere.md"), filepath.Join(dir, "site", "b.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "site", "loop")); err != nil {
		t.Fatal(err)
	}
	var errs []error
	err := Walk(context.Background(), []string{"site", "gone"}, Options{}, func(d Document) error {
		errs = append(errs, d.Err)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 3 || errs[0] != nil {
		t.Fatalf("errors = %v, want nil, then two missing files (and no walk through site/loop)", errs)
	}
	for _, e := range errs[1:] {
		if !errors.Is(e, fs.ErrNotExist) {
			t.Errorf("Err = %v, want fs.ErrNotExist", e)
		}
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		nilIn bool
		want  got
	}{
		{"markdown", "# Fleet\n\n$18 per vehicle per month", false,
			got{Source: "-", Channel: "other", Format: "markdown", Body: "# Fleet\n\n$18 per vehicle per month"}},
		{"html", "<!doctype html><p>Fleet</p>", false,
			got{Source: "-", Channel: "other", Format: "html", Body: "<!doctype html><p>Fleet</p>"}},
		{"binary", "\x00\x01\x02\xff", false,
			got{Source: "-", Channel: "other", Err: "read -: " + ErrUnknownFormat.Error()}},
		{"too large", strings.Repeat("a", 65), false,
			got{Source: "-", Channel: "other", Err: "read -: file is 65 bytes, over the 64 bytes limit"}},
		{"none", "", true, got{Source: "-", Channel: "other", Err: "read -: no standard input to read"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{MaxFileSize: 64}
			if !tt.nilIn {
				opt.Stdin = strings.NewReader(tt.stdin)
			}
			docs := walk(t, []string{"-"}, opt)
			if len(docs) != 1 || docs[0] != tt.want {
				t.Errorf("Walk(-) = %v, want %v", docs, tt.want)
			}
		})
	}
}

func TestWalkReadsLazily(t *testing.T) {
	tree(t, map[string]string{"a.md": "# A", "b.md": "# B before"})
	var bodies []string
	err := Walk(context.Background(), []string{"."}, Options{}, func(d Document) error {
		bodies = append(bodies, string(d.Body))
		return os.WriteFile("b.md", []byte("# B after"), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"# A", "# B after"}; !slices.Equal(bodies, want) {
		t.Errorf("bodies = %q, want %q: b.md was read before a.md was yielded", bodies, want)
	}
}

func TestWalkStops(t *testing.T) {
	tree(t, map[string]string{"a.md": "# A", "b.md": "# B", "c.md": "# C"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	err := Walk(ctx, []string{".", "a.md"}, Options{}, func(Document) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("after cancel: err = %v, %d documents; want context.Canceled after 1", err, n)
	}
	stop := errors.New("stop")
	n = 0
	err = Walk(context.Background(), []string{"."}, Options{}, func(Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("yield error: err = %v, %d documents; want stop after 1", err, n)
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://kestrel.example/": true, "HTTP://kestrel.example": true, "http://x": true,
		"site/https:/x": false, "-": false, "ftp://kestrel.example": false, "https.md": false,
	} {
		if got := isURL(arg); got != want {
			t.Errorf("isURL(%q) = %v, want %v", arg, got, want)
		}
	}
}

func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	for i := range 200 {
		p := filepath.Join(dir, "site", string(rune('a'+i%26)), strings.Repeat("p", 1+i/26)+".md")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("# Fleet\n\n$18 per vehicle per month\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if err := Walk(context.Background(), []string{dir}, Options{}, func(Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWalkSavedCrawl(t *testing.T) {
	page := "<html><p>Fleet: $18 per vehicle per month</p></html>"
	sum := sha256.Sum256([]byte(page))
	hash := hex.EncodeToString(sum[:])
	body := "bodies/" + hash[:2] + "/" + hash
	manifest := `{"onestory_crawl":1,"start":"https://kestrel.example/","created":"2026-11-20T10:00:00Z"}` + "\n" +
		`{"url":"https://kestrel.example/pricing","source":"https://kestrel.example/pricing","status":200,` +
		`"fetched":"2026-11-20T10:00:01Z","format":"html","body":"` + body + `"}` + "\n"
	tree(t, map[string]string{
		"site/index.md":              "# Kestrel",
		"site/crawl/" + ManifestName: manifest,
		"site/crawl/" + body:         page,
		"broken/" + ManifestName:     "not a manifest\n",
	})
	opt := Options{Channel: func(src string) string {
		if strings.HasPrefix(src, "https://kestrel.example/") {
			return "marketing"
		}
		return "other"
	}}
	docs := walk(t, []string{"site", "broken"}, opt)
	want := []got{
		{Source: "https://kestrel.example/pricing", Channel: "marketing", Format: "html", Body: page},
		{Source: "site/index.md", Channel: "other", Format: "markdown", Body: "# Kestrel"},
		{Source: "broken", Channel: "other", Err: `read saved crawl "broken/` + ManifestName +
			`": first line is not an onestory crawl header of version 1`},
	}
	if !slices.Equal(docs, want) {
		t.Errorf("Walk yielded\n%v\nwant\n%v", docs, want)
	}
}
