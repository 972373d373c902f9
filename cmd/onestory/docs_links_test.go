package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestDocLinks checks that every link to a heading in the README, the docs
// and the starter story names a heading that exists, so a newcomer never
// follows a link to nowhere (headings move when pages are reorganised).
func TestDocLinks(t *testing.T) {
	chdirRoot(t)
	files, _ := filepath.Glob("docs/*.md")
	files = append(files, "README.md", "CONTRIBUTING.md", "eval/README.md", "bench/README.md", "cmd/onestory/starter.yaml")
	const repo = "https://github.com/onestory/onestory/blob/main/"
	link := regexp.MustCompile(`(?:\]\(|` + regexp.QuoteMeta(repo) + `)([^)\s#]*)#([\w-]+)`)
	anchors := map[string]map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(data), -1) {
			target := f
			switch {
			case strings.HasPrefix(m[0], repo):
				target = m[1]
			case m[1] != "":
				target = filepath.Join(filepath.Dir(f), m[1])
			}
			if !strings.HasSuffix(target, ".md") {
				continue // a link into code or a site: not ours to check
			}
			if anchors[target] == nil {
				anchors[target] = headingAnchors(t, target)
			}
			if !anchors[target][m[2]] {
				t.Errorf("%s: link to %s#%s: no such heading", f, target, m[2])
			}
		}
	}
}

// headingAnchors returns the anchors GitHub gives the headings of a
// Markdown file: lower case, punctuation dropped, spaces as "-", and "-1",
// "-2"… for repeats.
func headingAnchors(t *testing.T, path string) map[string]bool {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("link to %s: %v", path, err)
	}
	drop := regexp.MustCompile(`[^\p{L}\p{N}_\- ]`)
	out, seen, fence := map[string]bool{}, map[string]int{}, false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			fence = !fence
		}
		if fence || !strings.HasPrefix(line, "#") {
			continue
		}
		text := strings.TrimLeft(line, "#")
		if !strings.HasPrefix(text, " ") || len(line)-len(text) > 6 {
			continue
		}
		a := strings.ReplaceAll(drop.ReplaceAllString(strings.ToLower(strings.TrimSpace(text)), ""), " ", "-")
		if n := seen[a]; n > 0 {
			out[a+"-"+strconv.Itoa(n)] = true
		} else {
			out[a] = true
		}
		seen[a]++
	}
	return out
}
