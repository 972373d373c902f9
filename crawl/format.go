package crawl

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

// extFormats maps file extensions (lower case) to the formats they hold.
// It is read-only.
var extFormats = map[string]string{
	".html": "html", ".htm": "html", ".xhtml": "html",
	".md": "markdown", ".markdown": "markdown", ".mdx": "markdown",
	".txt":  "text",
	".pdf":  "pdf",
	".pptx": "pptx",
	".docx": "docx",
	".odt":  "odt",
	".odp":  "odp",
}

// typeFormats maps HTTP media types to formats. It is read-only.
var typeFormats = map[string]string{
	"text/html":             "html",
	"application/xhtml+xml": "html",
	"text/markdown":         "markdown",
	"text/x-markdown":       "markdown",
	"text/plain":            "text",
	"application/pdf":       "pdf",
	"application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document":   "docx",
	"application/vnd.oasis.opendocument.text":                                   "odt",
	"application/vnd.oasis.opendocument.presentation":                           "odp",
}

// skipExts are extensions of files that are never content: a directory walk
// passes them by without opening them, and naming one explicitly gives an
// "unknown format" Document. It is read-only.
var skipExts = map[string]bool{
	// images
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".avif": true,
	".svg": true, ".ico": true, ".bmp": true, ".tif": true, ".tiff": true, ".heic": true,
	// fonts
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	// audio and video
	".mp3": true, ".mp4": true, ".m4a": true, ".wav": true, ".ogg": true, ".webm": true, ".mov": true,
	// archives and binaries
	".zip": true, ".gz": true, ".tgz": true, ".tar": true, ".bz2": true, ".xz": true, ".7z": true,
	".rar": true, ".exe": true, ".dll": true, ".so": true, ".dylib": true, ".wasm": true, ".bin": true,
	// style, code and data
	".css": true, ".scss": true, ".sass": true, ".less": true, ".map": true,
	".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".tsx": true, ".jsx": true,
	".json": true, ".yaml": true, ".yml": true, ".toml": true, ".xml": true, ".csv": true,
	".lock": true, ".sum": true, ".mod": true, ".go": true, ".py": true, ".rb": true, ".sh": true,
}

// DetectFormat returns the format of a source: html, markdown, text, pdf,
// pptx, docx, odt or odp; "" when it is none of them. It decides by the
// extension of name (a path or URL) first, then by the HTTP content type,
// then by sniffing the first bytes of data (PDF and ZIP signatures, HTML
// markup, Markdown headings and links, UTF-8 text).
func DetectFormat(name, contentType string, data []byte) string {
	if f := extFormats[extension(name)]; f != "" {
		return f
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		if f := typeFormats[mt]; f != "" {
			return f
		}
	}
	return sniff(data)
}

// templateExts are the extensions of template languages: a file named
// pricing.html.md.erb holds Markdown with ERB tags, and is read as the
// format of the extension before the template's. It is read-only.
var templateExts = map[string]bool{
	".erb": true, ".liquid": true, ".njk": true, ".nunjucks": true, ".hbs": true,
	".handlebars": true, ".mustache": true, ".tmpl": true, ".tpl": true, ".gotmpl": true,
	".j2": true, ".jinja": true, ".jinja2": true, ".twig": true, ".ejs": true,
	".eex": true, ".heex": true, ".jet": true, ".vto": true,
}

// extension returns the lower-case extension of a path or URL, without
// the URL's query or fragment; a template language's extension is passed
// over for the one before it ("pricing.html.md.erb" gives ".md").
func extension(name string) string {
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

// sniff guesses a format from content alone.
func sniff(data []byte) string {
	switch {
	case len(data) == 0:
		return ""
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return officeFormat(data)
	}
	head := data[:min(len(data), 512)]
	lower := bytes.ToLower(bytes.TrimLeft(head, "\ufeff \t\r\n"))
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) {
		return "html"
	}
	mt, _, _ := mime.ParseMediaType(http.DetectContentType(head))
	switch {
	case mt != "text/plain" && mt != "text/html":
		return ""
	case looksLikeMarkdown(head):
		return "markdown"
	case mt == "text/html":
		return "html"
	}
	return "text"
}

// officeFormat tells a PPTX, DOCX, ODT or ODP file from other ZIP archives
// by its entries; "" when it is none of them.
func officeFormat(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	for _, f := range zr.File {
		switch {
		case strings.HasPrefix(f.Name, "ppt/"):
			return "pptx"
		case strings.HasPrefix(f.Name, "word/"):
			return "docx"
		case f.Name == "mimetype":
			return odfFormat(f)
		}
	}
	return ""
}

// odfFormat reads an OpenDocument "mimetype" entry.
func odfFormat(f *zip.File) string {
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
		return "odt"
	case "application/vnd.oasis.opendocument.presentation":
		return "odp"
	}
	return ""
}
