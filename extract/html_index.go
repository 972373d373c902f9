package extract

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// htmlIndex is what one tokenizer pass learns about an HTML source that
// the parsed tree forgets: where each text token, comment and start tag
// stands. The decoded text of every text token, in source order, is
// concatenated into stream; text nodes of the tree are found in it.
type htmlIndex struct {
	stream   []byte
	toks     []textTok
	ents     []entity // character references of all tokens, in order
	comments []comment
	prose    int      // text tokens that are not blank
	metas    []srcPos // start tags of <meta>, in source order
	scripts  []srcPos // start tags of <script>, in source order
}

// srcPos is a 1-based line and column (in runes).
type srcPos struct{ line, col int }

// textTok is one text token: stream[start:] begins at pos in the source;
// ents[ent0:ent1] are its character references.
type textTok struct {
	start      int32
	line, col  int32
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

// indexHTML tokenizes data once. Text tokens are decoded here from their
// raw bytes, as the tokenizer decodes them, so that each character
// reference is known with its width in the source. Line and column are
// counted only up to the tokens whose position is kept (see tracker).
func indexHTML(data []byte) *htmlIndex {
	tags := bytes.Count(data, []byte{'<'})
	x := &htmlIndex{toks: make([]textTok, 0, tags+1), stream: make([]byte, 0, len(data)/2)}
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	at := tracker{data: data, p: srcPos{1, 1}, eager: bytes.IndexByte(data, '\r') >= 0}
	off := 0         // where the token begins in data
	rawText := false // the token follows <script>, <style> or the like
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		start, end := off, off+len(raw)
		off = end
		if at.eager {
			at.pos(start)
		}
		afterRaw := rawText
		rawText = false
		switch tt {
		case xhtml.TextToken:
			if !afterRaw { // raw text is never prose: kept out of the stream
				x.addText(raw, at.pos(start))
			}
		case xhtml.CommentToken:
			x.comments = append(x.comments, comment{text: string(z.Text()), line: at.pos(end).line})
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			// As the tokenizer does, even for "<script/>".
			rawText = isRawTextTag(raw)
			switch {
			case tagIs(raw, "meta"):
				x.metas = append(x.metas, at.pos(start))
			case tagIs(raw, "script"):
				x.scripts = append(x.scripts, at.pos(start))
			}
		}
	}
	return x
}

// tracker turns byte offsets of an HTML source, asked in increasing
// order, into positions. The tokens of the source tile it, and a token
// boundary never splits "\r\n" (a token ends at ">" or before "<"), so
// counting from one asked offset to the next is counting token by token.
// With carriage returns it is asked at every token all the same
// (eager), as a lone "\r" at a token's end counts as a line end.
type tracker struct {
	data  []byte
	off   int // the offset p stands for
	p     srcPos
	eager bool
}

// pos returns the position of byte offset off, which is at or after the
// last one asked.
func (t *tracker) pos(off int) srcPos {
	if off > t.off {
		t.p = advance(t.p, t.data[t.off:off])
		t.off = off
	}
	return t.p
}

// addText records a text token whose raw bytes begin at start.
func (x *htmlIndex) addText(raw []byte, start srcPos) {
	tok := textTok{start: int32(len(x.stream)), line: int32(start.line), col: int32(start.col), ent0: int32(len(x.ents))}
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		x.stream = append(x.stream, raw...)
	} else {
		x.stream, x.ents = decode(x.stream, x.ents, raw)
	}
	tok.ent1 = int32(len(x.ents))
	x.toks = append(x.toks, tok)
	if !isBlank(raw) {
		x.prose++
	}
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

// advance returns the position after raw when raw begins at p. A lone
// carriage return ends a line, as "\r\n" does.
func advance(p srcPos, raw []byte) srcPos {
	nl := bytes.LastIndexByte(raw, '\n')
	if bytes.IndexByte(raw, '\r') >= 0 {
		return advanceCR(p, raw)
	}
	if nl < 0 {
		return srcPos{p.line, p.col + utf8.RuneCount(raw)}
	}
	return srcPos{p.line + bytes.Count(raw, []byte{'\n'}), 1 + utf8.RuneCount(raw[nl+1:])}
}

// advanceCR is advance for raw bytes holding carriage returns.
func advanceCR(p srcPos, raw []byte) srcPos {
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == '\n' || r == '\r' && (i+1 == len(raw) || raw[i+1] != '\n'):
			p = srcPos{p.line + 1, 1}
		case r != '\r':
			p.col++
		}
		i += size
	}
	return p
}

// decode appends to stream the text of a text token as the tokenizer
// decodes it (newlines normalised, character references resolved), and to
// ents the character references with their decoded and raw extent.
func decode(stream []byte, ents []entity, raw []byte) ([]byte, []entity) {
	if bytes.IndexByte(raw, '\r') >= 0 {
		raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
	}
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '&')
		if j < 0 {
			return append(stream, raw[i:]...), ents
		}
		stream = append(stream, raw[i:i+j]...)
		i += j
		end := entityEnd(raw, i)
		chunk := string(raw[i:end])
		u := html.UnescapeString(chunk)
		if u != chunk {
			ents = append(ents, entity{start: len(stream), end: len(stream) + len(u), rawLen: utf8.RuneCountInString(chunk)})
		}
		stream = append(stream, u...)
		i = end
	}
	return stream, ents
}

// entityEnd returns the end of the character reference that may begin at
// raw[i] == '&': a name or number and an optional semicolon.
func entityEnd(raw []byte, i int) int {
	k := i + 1
	if k < len(raw) && raw[k] == '#' {
		k++
		if k < len(raw) && (raw[k] == 'x' || raw[k] == 'X') {
			k++
		}
	}
	for k < len(raw) && isAlnum(raw[k]) {
		k++
	}
	if k < len(raw) && raw[k] == ';' {
		k++
	}
	return k
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
