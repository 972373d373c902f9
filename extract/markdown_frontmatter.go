package extract

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"gopkg.in/yaml.v3"
)

// frontMatter reads the front matter at the top of the file — YAML between
// "---" lines, or TOML between "+++" lines — into FrontMatter; its title
// becomes Title and a Title block. The front matter is then blanked in the
// parsed copy so that Markdown does not read it as prose. Front matter
// that does not parse becomes a Warning; the body is still read.
func (w *mdWalker) frontMatter() {
	delim, ok := frontMatterDelim(w.src)
	if !ok {
		return
	}
	bodyStart, bodyEnd, end := frontMatterEnd(w.src, delim)
	if end < 0 {
		return
	}
	body := w.src[bodyStart:bodyEnd]
	m := map[string]any{}
	var err error
	lang := "YAML"
	if delim == "+++" {
		lang, err = "TOML", toml.Unmarshal(body, &m)
	} else {
		err = yaml.Unmarshal(body, &m)
	}
	blank(w.src[:end])
	if err != nil {
		w.out.Warnings = append(w.out.Warnings, Warning{
			Message:  fmt.Sprintf("front matter is not valid %s: %v", lang, err),
			Location: Location{Source: w.source, Line: 1, Column: 1}})
		return
	}
	w.out.FrontMatter = m
	if title, ok := m["title"].(string); ok && collapse(title) != "" {
		w.out.Title = collapse(title)
		line, col := w.titleAt(bodyStart, bodyEnd)
		w.out.Blocks = append(w.out.Blocks, Block{Kind: Title, Text: w.out.Title,
			Location: Location{Source: w.source, Line: line, Column: col}})
	}
}

// frontMatterEnd returns where the front matter's body begins and ends and
// where the line that closes it ends; end is -1 when no line closes it.
func frontMatterEnd(src []byte, delim string) (bodyStart, bodyEnd, end int) {
	bodyStart = bytes.IndexByte(src, '\n') + 1
	for i := bodyStart; i < len(src); {
		lineEnd := len(src)
		if next := bytes.IndexByte(src[i:], '\n'); next >= 0 {
			lineEnd = i + next + 1
		}
		line := strings.TrimRight(string(src[i:lineEnd]), " \t\r\n")
		if line == delim || delim == "---" && line == "..." {
			return bodyStart, i, lineEnd
		}
		i = lineEnd
	}
	return bodyStart, -1, -1
}

// frontMatterDelim returns the delimiter of the front matter src begins
// with.
func frontMatterDelim(src []byte) (string, bool) {
	for _, d := range []string{"---", "+++"} {
		if bytes.HasPrefix(src, []byte(d+"\n")) || bytes.HasPrefix(src, []byte(d+"\r\n")) {
			return d, true
		}
	}
	return "", false
}

// titleAt returns where the value of the top-level title key stands in
// the front matter src[start:end], or the front matter's first line.
func (w *mdWalker) titleAt(start, end int) (int, int) {
	src := w.lines.src // the file as written: w.src is blanked by now
	for i := start; i < end; {
		next := bytes.IndexByte(src[i:end], '\n')
		lineEnd := end
		if next >= 0 {
			lineEnd = i + next + 1
		}
		line := string(src[i:lineEnd])
		if rest, ok := strings.CutPrefix(line, "title"); ok {
			rest = strings.TrimLeft(rest, " \t")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "=") {
				value := strings.TrimLeft(rest[1:], " \t")
				if strings.HasPrefix(value, `"`) || strings.HasPrefix(value, "'") {
					value = value[1:]
				}
				return w.lines.pos(lineEnd - len(value))
			}
		}
		i = lineEnd
	}
	return w.lines.pos(start)
}

// blank replaces every byte of b but newlines with a space, so that byte
// offsets and line numbers stay those of the file.
func blank(b []byte) {
	for i, c := range b {
		if c != '\n' {
			b[i] = ' '
		}
	}
}
