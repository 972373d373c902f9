package markdown

import (
	"bytes"
	"fmt"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	"github.com/pelletier/go-toml/v2"
	"gopkg.in/yaml.v3"
)

// frontMatter reads the front matter at the top of data — YAML between
// "---" lines, or TOML between "+++" lines — into FrontMatter; its title
// becomes Title and the title Block. It returns where the body after it
// begins, which is all that is read as Markdown. Front matter that does
// not parse becomes a Warning; the body is still read.
func (w *mdWalker) frontMatter(data []byte) (bodyAt int) {
	delim, ok := frontMatterDelim(data)
	if !ok {
		return 0
	}
	bodyStart, bodyEnd, end := frontMatterEnd(data, delim)
	if end < 0 {
		return 0
	}
	body := data[bodyStart:bodyEnd]
	m := map[string]any{}
	var err error
	lang := "YAML"
	if delim == "+++" {
		lang, err = "TOML", toml.Unmarshal(body, &m)
	} else {
		err = yaml.Unmarshal(body, &m)
	}
	if err != nil {
		w.out.Warnings = append(w.out.Warnings, extract.Warning{
			Message:  fmt.Sprintf("front matter is not valid %s: %v", lang, err),
			Location: extract.Location{Source: w.source, Line: 1, Column: 1}})
		return end
	}
	w.out.FrontMatter = m
	if title, ok := m["title"].(string); ok {
		w.out.Title = prose.Collapse(title)
	}
	if w.out.Title != "" {
		line, col := w.titleAt(bodyStart, bodyEnd)
		w.title = extract.Block{Kind: extract.Title, Text: w.out.Title,
			Location: extract.Location{Source: w.source, Line: line, Column: col}}
	}
	return end
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
		line := string(bytes.TrimRight(src[i:lineEnd], " \t\r\n")) // compared, not kept
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
	src := w.lines.src // the file as written
	for i := start; i < end; {
		next := bytes.IndexByte(src[i:end], '\n')
		lineEnd := end
		if next >= 0 {
			lineEnd = i + next + 1
		}
		if rest, ok := bytes.CutPrefix(src[i:lineEnd], []byte("title")); ok {
			rest = bytes.TrimLeft(rest, " \t")
			if len(rest) > 0 && (rest[0] == ':' || rest[0] == '=') {
				value := bytes.TrimLeft(rest[1:], " \t")
				if len(value) > 0 && (value[0] == '"' || value[0] == '\'') {
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
