package html

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/prose"

	xhtml "golang.org/x/net/html"
)

// htmlIndex is what one tokenizer pass learns about an HTML source that
// the parsed tree forgets: where each text token, comment and start tag
// stands. The decoded text of every text token, in source order, is
// concatenated into stream; text nodes of the tree are found in it. An
// index is reset and reused from page to page (see htmlBuffers).
type htmlIndex struct {
	stream   []byte
	toks     []textTok
	ents     []entity // character references of all tokens, in order
	comments []comment
	metas    []srcPos // start tags of <meta>, in source order
	scripts  []srcPos // start tags of <script>, in source order
	lines    htmlLines
	hint     int               // the token tokAt found last
	refs     map[string]string // character references decoded (unescape)
}

// srcPos is a 1-based line and column (in runes).
type srcPos struct{ line, col int }

// textTok is one text token: stream[start:] begins at byte src of the
// source; ents[ent0:ent1] are its character references.
type textTok struct {
	start, src int32
	ent0, ent1 int32
}

// entity is a character reference: stream[start:end] was written as rawLen
// runes in the source.
type entity struct{ start, end, rawLen int }

// comment is an HTML comment and the line where it ends.
type comment struct {
	text string
	line int
}

// index tokenizes data once, as html.Parse does (see htmlScanner), into
// x, which it resets first. Text tokens are decoded here from their raw
// bytes, as the tokenizer decodes them, so that each character reference
// is known with its width in the source. Their line and column are found
// only when asked (tokPos): most text tokens are the blanks between tags.
func (x *htmlIndex) index(data []byte) {
	x.reset(data)
	s := htmlScanner{src: data}
	rawText := false // the token follows <script>, <style> or the like
	for {
		tt := s.next()
		if tt == xhtml.ErrorToken {
			return
		}
		raw := s.raw()
		afterRaw := rawText
		rawText = false
		switch tt {
		case xhtml.TextToken:
			if !afterRaw { // raw text is never prose: kept out of the stream
				x.addText(raw, s.start)
			}
		case xhtml.CommentToken:
			if text, ok := directiveText(s.data()); ok {
				x.comments = append(x.comments, comment{text: text, line: x.lines.pos(s.end).line})
			}
		case xhtml.StartTagToken:
			// As the tokenizer does, even for "<script/>".
			rawText = isRawTextTag(raw)
			switch {
			case tagIs(raw, "meta"):
				x.metas = append(x.metas, x.lines.pos(s.start))
			case tagIs(raw, "script"):
				x.scripts = append(x.scripts, x.lines.pos(s.start))
			}
		}
	}
}

// reset empties x for indexing data, keeping its buffers.
func (x *htmlIndex) reset(data []byte) {
	clear(x.comments)
	x.stream, x.toks, x.ents = x.stream[:0], x.toks[:0], x.ents[:0]
	x.comments, x.metas, x.scripts = x.comments[:0], x.metas[:0], x.scripts[:0]
	x.lines.reset(data)
	x.hint = 0
}

// tokPos returns where text token ti begins in the source.
func (x *htmlIndex) tokPos(ti int) srcPos { return x.lines.pos(int(x.toks[ti].src)) }

// directiveText returns the text of a comment as the tokenizer gives it
// (newlines normalised, character references resolved), and whether it
// may be a suppression comment; comments that cannot are not decoded.
func directiveText(data []byte) (string, bool) {
	if bytes.IndexByte(data, '&') < 0 && bytes.IndexByte(data, '\r') < 0 {
		if !bytes.Contains(data, []byte(prose.DirectivePrefix)) {
			return "", false
		}
		return string(data), true
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = xhtml.UnescapeString(strings.ReplaceAll(text, "\r", "\n"))
	return text, strings.Contains(text, prose.DirectivePrefix)
}

// addText records a text token whose raw bytes begin at byte src of the
// source.
func (x *htmlIndex) addText(raw []byte, src int) {
	tok := textTok{start: int32(len(x.stream)), src: int32(src), ent0: int32(len(x.ents))}
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		x.stream = append(x.stream, raw...)
	} else {
		x.decode(raw)
	}
	tok.ent1 = int32(len(x.ents))
	x.toks = append(x.toks, tok)
}

// isBlank reports whether s holds only ASCII white space.
func isBlank[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}

// decode appends to x.stream the text of a text token as the tokenizer
// decodes it (newlines normalised, character references resolved), and
// to x.ents the character references with their decoded and raw extent.
func (x *htmlIndex) decode(raw []byte) {
	if bytes.IndexByte(raw, '\r') >= 0 {
		raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
	}
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '&')
		if j < 0 {
			x.stream = append(x.stream, raw[i:]...)
			return
		}
		x.stream = append(x.stream, raw[i:i+j]...)
		i += j
		end := prose.EntityEnd(raw, i)
		ref := raw[i:end]
		u := x.unescape(ref)
		if u != string(ref) {
			x.ents = append(x.ents, entity{start: len(x.stream), end: len(x.stream) + len(u), rawLen: utf8.RuneCount(ref)})
		}
		x.stream = append(x.stream, u...)
		i = end
	}
}

// maxRefs is how many decoded character references an index keeps.
const maxRefs = 512

// unescape returns the character reference ref decoded as
// html.UnescapeString decodes it. Pages use a few references over and
// over; the answers are kept from page to page in x.refs.
func (x *htmlIndex) unescape(ref []byte) string {
	if u, ok := x.refs[string(ref)]; ok {
		return u
	}
	s := string(ref)
	u := html.UnescapeString(s)
	if x.refs == nil {
		x.refs = map[string]string{}
	}
	if len(x.refs) < maxRefs {
		x.refs[s] = u
	}
	return u
}

// rawTextTags are the elements whose content the tokenizer reads as raw
// text; none of it is prose (<title> and <textarea> are not among them).
var rawTextTags = []string{"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"}

// isRawTextTag reports whether the raw start tag raw opens raw text.
func isRawTextTag(raw []byte) bool {
	if len(raw) < 2 || !strings.ContainsRune("sSxXiInNpP", rune(raw[1])) {
		return false
	}
	for _, name := range rawTextTags {
		if tagIs(raw, name) {
			return true
		}
	}
	return false
}

// tagIs reports whether the raw start tag raw is a name tag. It reads the
// raw bytes because the tokenizer's TagName allocates.
func tagIs(raw []byte, name string) bool {
	if len(raw) < len(name)+2 || !bytes.EqualFold(raw[1:1+len(name)], []byte(name)) {
		return false
	}
	c := raw[1+len(name)]
	return !isAlnum(c) && c != '-' && c != ':' && c != '_'
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// commentDirectives returns the suppressions among HTML comments.
func commentDirectives(comments []comment) []extract.Directive {
	var out []extract.Directive
	for _, c := range comments {
		if d, ok := prose.ParseDirective(c.text, c.line); ok {
			out = append(out, d)
		}
	}
	return out
}
