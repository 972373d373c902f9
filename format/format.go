// Package format says what format a source is in: the Format type, its
// values, and their detection from a name, an HTTP content type and the
// first bytes (Detect). crawl detects the format of every document it
// reads, extract reads each format and the rules word their messages by
// it; all of them ask this package. It is a leaf: it imports nothing of
// the project.
package format

import (
	"archive/zip"
	"bytes"
	"io"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
)

// Format is the format of a source, named as reports name it: "html",
// "markdown", "pdf" and so on; "" is none (unknown).
type Format string

// The formats.
const (
	HTML     Format = "html"
	Markdown Format = "markdown"
	MDX      Format = "mdx" // Markdown with JSX; Detect calls a *.mdx file Markdown, and extract/markdown reads it as MDX (IsMDX)
	Text     Format = "text"
	PDF      Format = "pdf"
	PPTX     Format = "pptx"
	DOCX     Format = "docx"
	ODT      Format = "odt"
	ODP      Format = "odp"
)

// Binary reports whether f is a binary format (PDF or an Office or
// OpenDocument file), read by third-party parsers or from archives.
func (f Format) Binary() bool {
	switch f {
	case PDF, PPTX, DOCX, ODT, ODP:
		return true
	}
	return false
}

// Slides reports whether f holds slides: PPTX and ODP.
func (f Format) Slides() bool { return f == PPTX || f == ODP }

// Unpaged reports whether f is a document read as one flow of text, with
// neither slides nor web pages: DOCX, ODT and plain text.
func (f Format) Unpaged() bool { return f == DOCX || f == ODT || f == Text }

// Markdownish reports whether f is Markdown or MDX.
func (f Format) Markdownish() bool { return f == Markdown || f == MDX }

// extFormats maps file extensions (lower case) to the formats they hold.
// It is read-only.
var extFormats = map[string]Format{
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".md": Markdown, ".markdown": Markdown, ".mdx": Markdown,
	".txt":  Text,
	".pdf":  PDF,
	".pptx": PPTX,
	".docx": DOCX,
	".odt":  ODT,
	".odp":  ODP,
}

// typeFormats maps HTTP media types to formats. It is read-only.
var typeFormats = map[string]Format{
	"text/html":             HTML,
	"application/xhtml+xml": HTML,
	"text/markdown":         Markdown,
	"text/x-markdown":       Markdown,
	"text/plain":            Text,
	"application/pdf":       PDF,
	"application/vnd.openxmlformats-officedocument.presentationml.presentation": PPTX,
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document":   DOCX,
	"application/vnd.oasis.opendocument.text":                                   ODT,
	"application/vnd.oasis.opendocument.presentation":                           ODP,
}

// Detect returns the format of a source: HTML, Markdown, Text, PDF, PPTX,
// DOCX, ODT or ODP; "" when it is none of them. It decides by the
// extension of name (a path or URL) first, then by the HTTP content type,
// then by sniffing the first bytes of data (PDF and ZIP signatures, HTML
// markup, Markdown headings and links, UTF-8 text).
func Detect(name, contentType string, data []byte) Format {
	if f := FromName(name); f != "" {
		return f
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		if f := typeFormats[mt]; f != "" {
			return f
		}
	}
	return Sniff(data)
}

// FromName returns the format the extension of name (a path or URL) says,
// "" when it says none.
func FromName(name string) Format { return extFormats[Extension(name)] }

// IsMDX reports whether name (a path or URL) is an MDX file: Markdown
// read with MDX's rules for JSX and ESM lines.
func IsMDX(name string) bool { return Extension(name) == ".mdx" }

// templateExts are the extensions of template languages: a file named
// pricing.html.md.erb holds Markdown with ERB tags, and is read as the
// format of the extension before the template's. It is read-only.
var templateExts = map[string]bool{
	".erb": true, ".liquid": true, ".njk": true, ".nunjucks": true, ".hbs": true,
	".handlebars": true, ".mustache": true, ".tmpl": true, ".tpl": true, ".gotmpl": true,
	".j2": true, ".jinja": true, ".jinja2": true, ".twig": true, ".ejs": true,
	".eex": true, ".heex": true, ".jet": true, ".vto": true,
}

// Extension returns the lower-case extension of a path or URL, without
// the URL's query or fragment; a template language's extension is passed
// over for the one before it ("pricing.html.md.erb" gives ".md").
func Extension(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 && strings.Contains(name, "://") {
		name = name[:i]
	}
	ext := strings.ToLower(path.Ext(name))
	if templateExts[ext] {
		if inner := path.Ext(strings.TrimSuffix(name, path.Ext(name))); inner != "" {
			return strings.ToLower(inner)
		}
	}
	return ext
}

// atxHeading matches a Markdown heading line: "# Pricing".
var atxHeading = regexp.MustCompile(`^#{1,6} \S`)

// looksLikeMarkdown reports whether text has a Markdown heading at the
// start of a line or an inline link, "[text](url)".
func looksLikeMarkdown(text []byte) bool {
	for line := range bytes.Lines(text) {
		if atxHeading.Match(line) {
			return true
		}
		if i := bytes.Index(line, []byte("](")); i > 0 && bytes.LastIndexByte(line[:i], '[') >= 0 {
			return true
		}
	}
	return false
}

// Sniff guesses a format from content alone: PDF and ZIP signatures (the
// Office and OpenDocument formats by their entries), HTML markup, Markdown
// headings and links, UTF-8 text; "" when it is none of them.
func Sniff(data []byte) Format {
	switch {
	case len(data) == 0:
		return ""
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return PDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return officeFormat(data)
	}
	head := data[:min(len(data), 512)]
	lower := bytes.ToLower(bytes.TrimLeft(head, "\ufeff \t\r\n"))
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) {
		return HTML
	}
	mt, _, _ := mime.ParseMediaType(http.DetectContentType(head))
	switch {
	case mt != "text/plain" && mt != "text/html":
		return ""
	case looksLikeMarkdown(head):
		return Markdown
	case mt == "text/html":
		return HTML
	}
	return Text
}

// officeFormat tells a PPTX, DOCX, ODT or ODP file from other ZIP archives
// by its entries; "" when it is none of them.
func officeFormat(data []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	for _, f := range zr.File {
		switch {
		case strings.HasPrefix(f.Name, "ppt/"):
			return PPTX
		case strings.HasPrefix(f.Name, "word/"):
			return DOCX
		case f.Name == "mimetype":
			return odfFormat(f)
		}
	}
	return ""
}

// odfFormat reads an OpenDocument "mimetype" entry.
func odfFormat(f *zip.File) Format {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 128))
	if err != nil {
		return ""
	}
	switch string(bytes.TrimSpace(b)) {
	case "application/vnd.oasis.opendocument.text":
		return ODT
	case "application/vnd.oasis.opendocument.presentation":
		return ODP
	}
	return ""
}
